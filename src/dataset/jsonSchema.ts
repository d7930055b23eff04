// The JSON Schema that editors use to check and complete *.facts.json files, generated from the zod
// schema (the contract) so the two cannot drift apart. scripts/gen-schema.mjs writes it to
// data/factdesk.schema.json; a unit test fails when the committed file is stale.
import { z } from 'zod';
import { datasetFileSchema } from './schema';

export const DATASET_SCHEMA_ID = 'urn:factdesk:schema:dataset-file:1';

/**
 * A zod schema as the JSON Schema a person's file is checked against: io 'input' describes what a
 * person writes, so fields with defaults (aliases, examples…) are optional.
 */
export function jsonSchemaOf(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  return { $schema, $id: id, title, ...rest };
}

/** A generated schema file's exact text: two-space indentation and a trailing newline. */
export function jsonSchemaText(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function datasetJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(datasetFileSchema, DATASET_SCHEMA_ID, 'factdesk dataset file');
}

export function datasetJsonSchemaText(): string {
  return jsonSchemaText(datasetJsonSchema());
}
