import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_SCHEMA_ID, datasetJsonSchema, datasetJsonSchemaText } from '../../../src/dataset/jsonSchema';
import { repoRoot } from './helpers';

describe('JSON Schema', () => {
  it('is committed up to date', () => {
    const committed = readFileSync(join(repoRoot(), 'data', 'factdesk.schema.json'), 'utf8');
    assert.ok(committed === datasetJsonSchemaText(), 'data/factdesk.schema.json is stale: run `node scripts/gen-schema.mjs` and commit it');
  });

  it('describes the dataset file for editors', () => {
    const schema = datasetJsonSchema() as {
      $id: string;
      title: string;
      properties: Record<string, { items?: { required?: string[]; properties?: Record<string, { anyOf?: { enum?: string[]; pattern?: string }[] }> } }>;
      additionalProperties: boolean;
    };
    assert.equal(schema.$id, DATASET_SCHEMA_ID);
    assert.equal(schema.title, 'factdesk dataset file');
    assert.deepEqual(Object.keys(schema.properties), ['$schema', 'topic', 'vocabulary', 'sources', 'entities', 'vendors', 'facts']);
    assert.equal(schema.additionalProperties, false);
    const fact = schema.properties.facts!.items!;
    // Fields with defaults are optional for the person writing the file.
    assert.ok(fact.required!.includes('quote'));
    assert.equal(fact.required!.includes('examples'), false);
    // A unit is one of the plain units, offered for completion, or a currency's ISO 4217 code.
    assert.deepEqual(fact.properties!.unit!.anyOf!.map((a) => a.enum ?? a.pattern), [['count', 'percent', 'rank', 'fraction', 'rate'], '^[A-Z]{3}$']);
  });
});
