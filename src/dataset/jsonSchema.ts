// The JSON Schema that editors use to check and complete *.facts.json files, generated from the zod
// schema (the contract) so the two cannot drift apart. scripts/gen-schema.mjs writes it to
// data/factdesk.schema.json; a unit test fails when the committed file is stale.
import { z } from 'zod';
import { datasetFileSchema } from './schema';

export const DATASET_SCHEMA_ID = 'urn:factdesk:schema:dataset-file:1';

export function datasetJsonSchema(): Record<string, unknown> {
  // io: 'input' describes what a person writes: fields with defaults (aliases, examples...) are optional.
  const { $schema, ...rest } = z.toJSONSchema(datasetFileSchema, { io: 'input' }) as Record<string, unknown>;
  return { $schema, $id: DATASET_SCHEMA_ID, title: 'factdesk dataset file', ...rest };
}

/** The file's exact text: two-space indentation and a trailing newline. */
export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
