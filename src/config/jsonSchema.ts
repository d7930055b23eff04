// The JSON Schema of .factdesk.json, generated from the zod schema so that the two cannot drift apart.
// scripts/gen-schema.mjs writes it to data/factdesk-config.schema.json; package.json contributes it to
// VS Code (jsonValidation), and a unit test fails when the committed file is stale.
import { jsonSchemaOf, jsonSchemaText } from '../dataset/jsonSchema';
import { projectConfigSchema } from './schema';

export const CONFIG_SCHEMA_ID = 'urn:factdesk:schema:project-config:1';

export function configJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(projectConfigSchema, CONFIG_SCHEMA_ID, 'factdesk project configuration (.factdesk.json)');
}

export function configJsonSchemaText(): string {
  return jsonSchemaText(configJsonSchema());
}
