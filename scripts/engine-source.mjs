// How the build reads the project's own TypeScript: one loader, since esbuild takes the contents of the
// first plugin that loads a file. Every bundle narrows the letter classes (letter-classes.mjs); the
// production ones also leave out the developers' docs (strip-dev-docs.mjs).
import { readFile } from 'node:fs/promises';
import { narrowLetterClasses } from './letter-classes.mjs';
import { stripDevDocs } from './strip-dev-docs.mjs';

export function engineSourcePlugin({ production }) {
  return {
    name: 'engine-source',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const narrowed = narrowLetterClasses(source);
        return { contents: production ? stripDevDocs(args.path, narrowed) : narrowed, loader: 'ts' };
      });
    },
  };
}
