// `factdesk`: the command's entry (dist/cli.js). It starts the CLI bundle (dist/cli-main.js, src/cli/main.ts)
// with its compiled code cached between runs (src/cli/compileCache.ts), and nothing else: this file is
// compiled at every start without a cache.
import { join } from 'node:path';
import { requireCached } from './compileCache';

requireCached(join(__dirname, 'cli-main.js'), process.argv[2]).exports.main(__filename);
