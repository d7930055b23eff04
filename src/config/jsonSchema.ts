// The JSON Schema of .factdesk.json, generated from the zod schema so that the two cannot drift apart.
// scripts/gen-schema.mjs writes it to data/factdesk-config.schema.json; package.json contributes it to
// VS Code (jsonValidation), and a unit test fails when the committed file is stale.
import { z } from 'zod';
import { projectConfigSchema } from './schema';

export const CONFIG_SCHEMA_ID = 'urn:factdesk:schema:project-config:1';

export function configJsonSchema(): Record<string, unknown> {
  // io: 'input' describes what a person writes: the vocabulary's defaulted fields are optional.
  const { $schema, ...rest } = z.toJSONSchema(projectConfigSchema, { io: 'input' }) as Record<string, unknown>;
  return { $schema, $id: CONFIG_SCHEMA_ID, title: 'factdesk project configuration (.factdesk.json)', ...rest };
}

/** The file's exact text: two-space indentation and a trailing newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
