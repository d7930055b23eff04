// A first check runs on cold code: each function is compiled and each pattern compiled on first use, and
// the index's lazy parts are made. When a host has time to spare before its first check (an editor
// waiting for its search service), it can spend it here: checks of short texts made of the loaded
// datasets' own example sentences, which read and judge figures the way the writer's draft will.
import type { DatasetFile } from '../dataset/schema';
import { buildIndex } from './factIndex';
import { checkDocument } from './check';

/** How many example sentences are checked: enough to run reading, judging and findings, and short. */
const WARM_UP_SENTENCES = 8;

/** Short Markdown texts of the datasets' example sentences, each a paragraph under a heading. */
export function warmUpTexts(files: readonly DatasetFile[]): string[] {
  const texts: string[] = [];
  for (const data of files) {
    for (const fact of data.facts) {
      if (texts.length >= WARM_UP_SENTENCES) return texts;
      if (fact.examples.length > 0) texts.push(`# Draft\n\n${fact.examples[0]!}\n`);
    }
  }
  return texts;
}

/**
 * The warm-up in steps, so that a host can stop between them (its own work has come) and let others run:
 * the index of the datasets first, then one check per text. Each step yields how many figures it judged.
 */
export function* warmUpSteps(files: readonly DatasetFile[]): Generator<number, void> {
  const texts = warmUpTexts(files);
  if (texts.length === 0) return;
  const index = buildIndex(files.map((data) => ({ data })));
  yield 0;
  for (const text of texts) yield checkDocument(text, index).judged;
}
