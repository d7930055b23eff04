// The yardstick of the benchmark's ratio rows: one parse by markdown-it as published, loaded from
// node_modules when the benchmark runs (not bundled), configured as the engine's parser (createParser in
// src/core/prose.ts). The bundles parse with a copy whose class fields are plain assignments
// (scripts/markdown-it-fields.mjs), about 1.7× faster: a yardstick that moved with the engine's own
// parser would count that work against the engine.
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface StockMarkdownIt {
  use(plugin: unknown, ...options: unknown[]): StockMarkdownIt;
  disable(rule: string): StockMarkdownIt;
  parse(text: string, env: object): unknown[];
  block: { State: new (src: string, md: StockMarkdownIt, env: object, tokens: unknown[]) => object };
}

/** The published markdown-it, found from the repository at `root`, configured as createParser. */
export function stockMarkdownIt(root: string): StockMarkdownIt {
  const load = createRequire(join(root, 'package.json'));
  const markdownit = load('markdown-it') as (options: object) => StockMarkdownIt;
  const md = markdownit({ html: true, linkify: false, typographer: false })
    .use(load('markdown-it-footnote'))
    .use(load('markdown-it-front-matter'), () => undefined);
  md.disable('text_join');
  return md;
}

/** A parse function for `text` with the published markdown-it, found from the repository at `root`. */
export function stockParser(root: string): (text: string) => unknown {
  const md = stockMarkdownIt(root);
  return (text) => md.parse(text, {});
}
