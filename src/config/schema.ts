// The project configuration file (.factdesk.json), defined once. Its TypeScript type is inferred from
// this schema and data/factdesk-config.schema.json (completion and validation in editors) is generated
// from it by src/config/jsonSchema.ts. Descriptions end up in editor hovers.
import { z } from 'zod';
import { FINDING_CODES, type FindingCode } from '../core/types';
import { CITATION_STYLES, type CitationStyle } from '../core/citations';
import { vocabularySchema } from '../dataset/schema';

import { SEVERITY_LEVELS } from './names';

export { CONFIG_FILE_NAME, SEVERITY_LEVELS, type SeverityLevel } from './names';

const level = z.enum(SEVERITY_LEVELS);

const CODE_DESCRIPTIONS: Record<FindingCode, string> = {
  'figure-verified': 'A figure that agrees with its source (shown only with showVerified).',
  'figure-mismatch': 'A figure that differs from the sourced value (default: warning).',
  'figure-misattributed': 'A figure that belongs to another country, place, vendor or period (default: warning).',
  'period-mismatch': 'The right value for another period than the draft says (default: warning).',
  'qualifier-mismatch': 'A qualifier that contradicts the source: "fewer than" where it says "more than" (default: warning).',
  'missing-citation': 'A judged figure with no footnote, link or [@key] in its paragraph (default: hint).',
};

const severityShape = Object.fromEntries(
  FINDING_CODES.map((code) => [code, level.optional().describe(CODE_DESCRIPTIONS[code])]),
) as Record<FindingCode, z.ZodOptional<typeof level>>;

const pattern = z.string().min(1, 'an empty path matches nothing');

export const projectConfigSchema = z
  .object({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors that do not know it.'),
    datasets: z
      .array(pattern)
      .optional()
      .describe(
        'Dataset files (*.facts.json) checked in addition to the bundled dataset: paths, folders or globs ' +
          '(*, **, ?, [abc], {a,b}) relative to this file. Not loaded in an untrusted (Restricted Mode) workspace.',
      ),
    severity: z
      .object(severityShape)
      .strict()
      .optional()
      .describe('Severity per finding code: error, warning, info, hint or off. Codes not listed keep their default.'),
    citationStyle: z
      .enum(CITATION_STYLES as [CitationStyle, ...CitationStyle[]])
      .optional()
      .describe('How "Insert citation" cites a source: footnote (GFM [^id]), inline (a link) or pandoc ([@key]).'),
    ignore: z
      .array(pattern)
      .optional()
      .describe('Globs of Markdown files not to check, relative to this file ("drafts/archive/**", "**/CHANGELOG.md").'),
    showVerified: z.boolean().optional().describe('Report figures that agree with their source (figure-verified).'),
    vocabulary: vocabularySchema
      .optional()
      .describe("Words of this project's subject added to the datasets' vocabularies (the same fields as a dataset's vocabulary)."),
  })
  .strict()
  .describe('factdesk project configuration (.factdesk.json, comments allowed): read by the CLI, the VS Code extension and the language server.');

/** What the file says, after validation (vocabulary defaults filled in). */
export type ProjectConfig = z.infer<typeof projectConfigSchema>;
