// Writes data/factdesk.schema.json from the zod schema (src/dataset/jsonSchema.ts).
//   node scripts/gen-schema.mjs           write the file
//   node scripts/gen-schema.mjs --check   exit 1 when the committed file is stale
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'data', 'factdesk.schema.json');
const check = process.argv.includes('--check');

const dir = mkdtempSync(join(tmpdir(), 'factdesk-schema-'));
try {
  const outfile = join(dir, 'jsonSchema.mjs');
  await esbuild.build({
    entryPoints: [join(root, 'src', 'dataset', 'jsonSchema.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const { datasetJsonSchemaText } = await import(pathToFileURL(outfile).href);
  const text = datasetJsonSchemaText();
  if (check) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current !== text) {
      console.error('data/factdesk.schema.json is stale: run `node scripts/gen-schema.mjs`');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(target, text);
    console.log('wrote data/factdesk.schema.json');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
