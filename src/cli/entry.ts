// `factdesk`: the command's entry (dist/cli.js). It starts the CLI bundle (dist/cli-main.js, src/cli/main.ts)
// with its compiled code cached between runs (src/cli/compileCache.ts), and nothing else: this file is
// compiled at every start without a cache.
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { requireCached } from './compileCache';

// A check runs each of the engine's ~150 regular expressions over one document or a few. By default V8
// first interprets a pattern and compiles it again to machine code on its second use: two compilations
// of every pattern, about 30 ms of a 4.7 KB check here. This process compiles each once, to machine code.
// Set before anything is compiled, so that the code cache is always made and read with the same flags.
setFlagsFromString('--no-regexp-tier-up');

requireCached(join(__dirname, 'cli-main.js'), process.argv[2]).exports.main(__filename);
