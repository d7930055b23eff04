// Scores `factdesk extract` on a source against its hand-made gold dataset and prints what was missed
// and what was extracted beyond the gold: node out/tools/score-extract.js <extracted.facts.json> <gold.facts.json>
import { readFileSync } from 'node:fs';
import { BUNDLED_CATALOGUE } from '../src/dataset/bundled';
import { loadDatasets } from '../src/dataset/load';
import { datasetFileSchema } from '../src/dataset/schema';
import { scoreExtraction } from '../test/unit/support/extractScore';

const [extractedFile, goldFile] = process.argv.slice(2);
const read = (file: string) => datasetFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const catalogue = loadDatasets(BUNDLED_CATALOGUE).datasets;
const score = scoreExtraction(read(goldFile), read(extractedFile), catalogue);
console.log(`recovered ${score.recovered}/${score.gold} (recall ${(score.recall * 100).toFixed(0)}%), extracted ${score.extracted}, extras ${score.extras.length} (precision ${(score.precision * 100).toFixed(0)}%); place not compared: ${score.recoveredAnyPlace}/${score.gold}; under review ${score.underReview}`);
for (const m of score.missed) console.log(`  missed ${m.gold.id} ${m.gold.value}${m.near ? ` — near ${m.near.id}: ${m.why}` : ''}`);
for (const e of score.extras) console.log(`  extra ${e.id} ${e.value} ${e.unit}${e.review ? ' [review]' : ''}: ${e.quote.slice(0, 110)}`);
