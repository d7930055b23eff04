// Options that change how a check runs, never what it finds: worker threads, a shard of the files, a
// cache of results. Parsed here so that src/cli/args.ts only forwards to them.

/** The i-th of n equal parts of the file list, 1-based, as test runners shard (`--shard 2/8`). */
export interface Shard {
  index: number;
  count: number;
}

export interface RunOptions {
  /** --jobs: worker threads; absent means the number of cores. */
  jobs?: number;
  /** --shard i/n. */
  shard?: Shard;
  /** --cache (or --cache-location): reuse results of unchanged files. */
  cache?: boolean;
  /** --cache-location: the cache's folder; absent means node_modules/.cache/factdesk. */
  cacheLocation?: string;
}

export const RUN_OPTIONS_USAGE = `  --jobs <n>                         Check on n threads (default: the number of cores once
                                     there is 1 MiB to check); the output is the same for any n
  --shard <i>/<n>                    Check only the i-th of n equal parts of the files (for CI)
  --cache                            Reuse results of files unchanged since the last run
  --cache-location <dir>             Where to keep them (default node_modules/.cache/factdesk)`;

const WITH_VALUE = new Set(['--jobs', '--shard', '--cache-location']);

export function runOptionTakesValue(name: string): boolean {
  return WITH_VALUE.has(name);
}

/**
 * Applies one run option to `options`. Returns undefined when `name` is no run option, '' when it was
 * applied, else the usage error.
 */
export function applyRunOption(options: RunOptions, name: string, value: string | undefined): string | undefined {
  switch (name) {
    case '--jobs': {
      const n = Number(value);
      if (!/^\d+$/.test(value ?? '') || n < 1) return `--jobs needs a whole number of at least 1, got "${value}"`;
      options.jobs = n;
      return '';
    }
    case '--shard': {
      const m = /^(\d+)\/(\d+)$/.exec(value ?? '');
      const index = Number(m?.[1]);
      const count = Number(m?.[2]);
      if (!m || count < 1 || index < 1 || index > count) return `--shard needs i/n with 1 ≤ i ≤ n, such as 1/4; got "${value}"`;
      options.shard = { index, count };
      return '';
    }
    case '--cache':
      options.cache = true;
      return '';
    case '--cache-location':
      options.cache = true;
      options.cacheLocation = value;
      return '';
    default:
      return undefined;
  }
}

/**
 * The files of one shard: contiguous, equal parts of the list in its (sorted, deterministic) order, so
 * that the shards' outputs, concatenated in shard order, are the output of one run over every file.
 */
export function shardOf<T>(items: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...items];
  const start = Math.floor(((shard.index - 1) * items.length) / shard.count);
  const end = Math.floor((shard.index * items.length) / shard.count);
  return items.slice(start, end);
}
