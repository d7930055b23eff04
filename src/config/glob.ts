// Glob patterns for `ignore` and `datasets` in .factdesk.json, matched against '/'-separated paths
// relative to the configuration file: `*` and `?` stay within one segment, `**` as a whole segment spans
// any number of folders, `[abc]`, `[a-z]`, `[!a]` match one character and `{a,b}` either alternative.
// A pattern without '/' matches the file name at any depth ("CHANGELOG.md"), as in .gitignore.

function escape(ch: string): string {
  return /[.+^${}()|\\/]/.test(ch) ? `\\${ch}` : ch;
}

function translate(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        const atEnd = i + 2 === pattern.length || pattern[i + 2] === '/';
        if (atStart && atEnd) {
          // '**/' matches zero or more folders; a trailing '**' everything below.
          out += i + 2 === pattern.length ? '.*' : '(?:[^/]*/)*';
          i += i + 2 === pattern.length ? 1 : 2;
          continue;
        }
      }
      out += '[^/]*';
    } else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const body = pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else if (ch === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${pattern.slice(i + 1, close).split(',').map(translate).join('|')})`;
        i = close;
      }
    } else out += escape(ch);
  }
  return out;
}

export function globToRegExp(pattern: string): RegExp {
  const p = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  const anchored = p.includes('/') && !p.endsWith('/') ? p.replace(/^\//, '') : `**/${p.replace(/\/$/, '/**')}`;
  return new RegExp(`^${translate(anchored)}$`);
}

export function hasGlobSyntax(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** True when a relative path matches any of the patterns. */
export function matchesAny(relativePath: string, patterns: readonly string[]): boolean {
  const p = relativePath.replace(/\\/g, '/');
  return patterns.some((pattern) => globToRegExp(pattern).test(p));
}

/** "data/{a,b}.facts.json" → ["data/a.facts.json", "data/b.facts.json"], for tools whose globs have no braces. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  const close = open < 0 ? -1 : pattern.indexOf('}', open);
  if (close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  return pattern.slice(open + 1, close).split(',').flatMap((part) => expandBraces(`${head}${part}${tail}`));
}
