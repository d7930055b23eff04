// Writes the JSON Schemas generated from the zod schemas: data/factdesk.schema.json (dataset files,
// src/dataset/jsonSchema.ts) and data/factdesk-config.schema.json (.factdesk.json, src/config/jsonSchema.ts).
//   node scripts/gen-schema.mjs           write the files
//   node scripts/gen-schema.mjs --check   exit 1 when a committed file is stale
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const schemas = [
  { entry: join('src', 'dataset', 'jsonSchema.ts'), fn: 'datasetJsonSchemaText', target: join('data', 'factdesk.schema.json') },
  { entry: join('src', 'config', 'jsonSchema.ts'), fn: 'configJsonSchemaText', target: join('data', 'factdesk-config.schema.json') },
];

const dir = mkdtempSync(join(tmpdir(), 'factdesk-schema-'));
try {
  for (const [i, { entry, fn, target }] of schemas.entries()) {
    const outfile = join(dir, `schema${i}.mjs`);
    await esbuild.build({
      entryPoints: [join(root, entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    const text = (await import(pathToFileURL(outfile).href))[fn]();
    const path = join(root, target);
    if (check) {
      const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
      if (current !== text) {
        console.error(`${target} is stale: run \`node scripts/gen-schema.mjs\``);
        process.exitCode = 1;
      }
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${target}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
