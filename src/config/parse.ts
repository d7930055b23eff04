// Reads the text of a .factdesk.json: JSONC (comments and trailing commas allowed, as in VS Code's own
// settings files), validated with the zod schema. Every problem names the file, the JSON path and the
// line and column, and nothing throws: a broken configuration is reported and the defaults apply.
// jsonc-parser is the parser VS Code itself uses for settings.json: it recovers from errors and gives
// each one an offset, and it finds the node of a JSON path, which a hand-written comment stripper
// would not. Its ES module build is imported: the UMD one loads its parts at run time, which a bundle
// cannot follow.
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { z } from 'zod';
import { LineIndex } from '../core/lineIndex';
import { describeValue, formatPath } from '../dataset/load';
import type { ProjectConfig } from './schema';

let schemaModule: typeof import('./schema') | undefined;
/** The zod schema, required when a configuration file is first parsed: checks without one never load zod. */
function configSchema(): typeof import('./schema')['projectConfigSchema'] {
  return (schemaModule ??= require('./schema') as typeof import('./schema')).projectConfigSchema;
}

export interface ConfigProblem {
  file: string;
  /** JSON path such as `severity.figure-mismatch`; '' for the whole file. */
  path: string;
  /** 1-based; 0 when unknown. */
  line: number;
  column: number;
  message: string;
}

export interface ParsedConfig {
  file: string;
  /** Undefined when the file has problems: a half-valid configuration is not applied. */
  config: ProjectConfig | undefined;
  problems: ConfigProblem[];
}

/** `.factdesk.json:3:17: severity.figure-mismatch: expected one of ...`. */
export function formatConfigProblem(p: ConfigProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}


export function parseProjectConfig(text: string, file: string): ParsedConfig {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineIndex(source);
  const at = (offset: number) => {
    const p = lines.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !tree) {
    const problems = errors.map((e) => ({ file, path: '', ...at(e.offset), message: syntaxMessage(e) }));
    if (problems.length === 0) problems.push({ file, path: '', line: 0, column: 0, message: 'the file is empty' });
    return { file, config: undefined, problems };
  }
  const raw: unknown = getNodeValue(tree);
  const parsed = configSchema().safeParse(raw);
  if (parsed.success) return { file, config: parsed.data, problems: [] };
  const problems = parsed.error.issues.flatMap((issue) =>
    issueMessages(raw, issue).map(({ path, message }) => {
      const node = findNodeAtLocation(tree, path as (string | number)[]) ?? findNodeAtLocation(tree, path.slice(0, -1) as (string | number)[]);
      return { file, path: formatPath(path), ...(node ? at(node.offset) : { line: 0, column: 0 }), message };
    }),
  );
  return { file, config: undefined, problems };
}

function syntaxMessage(error: ParseError): string {
  // 'PropertyNameExpected' → 'property name expected'.
  return printParseErrorCode(error.error).replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): { present: boolean; value?: unknown } {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !(key in (value as object))) return { present: false };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value };
}

function issueMessages(raw: unknown, issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string }[] {
  const path = [...issue.path];
  const at = valueAt(raw, path);
  const got = at.present ? `, got ${describeValue(at.value)}` : '';
  switch (issue.code) {
    case 'invalid_type':
      return [{ path, message: `expected ${issue.expected}${got}` }];
    case 'invalid_value':
      return [{ path, message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got}` }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], message: `unknown field "${key}"${path.length === 0 ? suggestion(key) : ''}` }));
    default:
      return [{ path, message: issue.message }];
  }
}

function suggestion(key: string): string {
  const lower = key.toLowerCase();
  const match = Object.keys(configSchema().shape).find((k) => k.toLowerCase() === lower || k.toLowerCase().startsWith(lower.slice(0, 4)));
  return match ? ` (did you mean "${match}"?)` : ` (known fields: ${Object.keys(configSchema().shape).filter((k) => k !== '$schema').join(', ')})`;
}
