// Finds the Markdown files to check from the command line's files, directories and globs.
//
// - A path that exists as a file is checked whatever its extension (the user named it).
// - A directory is searched recursively for *.md and *.markdown, skipping node_modules and
//   directories whose name starts with a dot.
// - Anything else containing *, ? or [ is a glob: `*` and `?` match within one path segment and
//   never a leading dot, `**` as a whole segment matches any number of directories (skipping
//   node_modules and dot-directories unless the pattern names them), `[abc]`/`[a-z]`/`[!a]` match
//   one character. Globs match files only (any extension), except that a trailing `**` is searched
//   like a directory: `docs/**` is the Markdown files below docs.
// Files are returned once each, in the order found (arguments in order, directory entries sorted),
// named as given (`docs/` + `a.md` → `docs/a.md`). Symbolic links to directories are not followed
// inside a walk; links to files are.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { resolve } from 'node:path';

export interface Discovery {
  files: string[];
  /** One message per argument that names nothing readable; the CLI exits 2 if there is any. */
  errors: string[];
}

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];

export function isMarkdownFile(name: string): boolean {
  const lower = name.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function isSkippedDirectory(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

export function hasGlobSyntax(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** Joins the way a user would write it: no "./" added, one slash between parts. */
function joinPath(dir: string, name: string): string {
  if (dir === '' || dir === '.') return name;
  return dir.endsWith('/') || dir.endsWith('\\') ? dir + name : `${dir}/${name}`;
}

function listDirectory(dir: string): Dirent[] {
  return readdirSync(dir === '' ? '.' : dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
}

/**
 * A symbolic link to a file counts as the file; a link to a directory is not followed during a walk
 * (as git and ripgrep do), which also rules out link loops. A linked directory named on the command
 * line is searched.
 */
function kindOf(dir: string, entry: Dirent): 'file' | 'dir' | 'other' {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'dir';
  if (entry.isSymbolicLink()) {
    try {
      return statSync(joinPath(dir, entry.name)).isFile() ? 'file' : 'other';
    } catch {
      return 'other';
    }
  }
  return 'other';
}

/** The directory's real path, to stop at symbolic-link loops. */
function realDir(dir: string): string {
  try {
    return realpathSync(dir === '' ? '.' : dir);
  } catch {
    return resolve(dir === '' ? '.' : dir);
  }
}

function walkMarkdown(dir: string, out: string[], seenDirs: Set<string>): void {
  const real = realDir(dir);
  if (seenDirs.has(real)) return; // a symlink loop
  seenDirs.add(real);
  for (const entry of listDirectory(dir)) {
    const kind = kindOf(dir, entry);
    const path = joinPath(dir, entry.name);
    if (kind === 'dir') {
      if (!isSkippedDirectory(entry.name)) walkMarkdown(path, out, seenDirs);
    } else if (kind === 'file' && isMarkdownFile(entry.name)) {
      out.push(path);
    }
  }
}

/** Compiles one path segment of a glob (no slashes) to an anchored regular expression. */
export function segmentRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') {
      while (segment[i + 1] === '*') i++;
      source += source === '' ? '(?!\\.)[^/]*' : '[^/]*';
    } else if (c === '?') {
      source += source === '' ? '(?!\\.)[^/]' : '[^/]';
    } else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) {
        source += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      let negate = false;
      if (body.startsWith('!') || body.startsWith('^')) {
        negate = true;
        body = body.slice(1);
      }
      body = body.replace(/[\\\]^]/g, (m) => `\\${m}`);
      source += negate ? `[^/${body}]` : `[${body}]`;
      i = close;
    } else {
      source += c.replace(/[.+^${}()|\\\]]/g, (m) => `\\${m}`);
    }
  }
  return new RegExp(`^${source}$`);
}

function expandGlob(pattern: string): string[] {
  const normalized = pattern.replace(/\\/g, '/');
  const segments = normalized.split('/');
  // The literal prefix is where the walk starts.
  let base = '';
  let first = 0;
  if (segments[0] === '') {
    base = '/';
    first = 1;
  }
  while (first < segments.length - 1 && !hasGlobSyntax(segments[first])) {
    base = base === '' ? segments[first] : base === '/' ? `/${segments[first]}` : `${base}/${segments[first]}`;
    first++;
  }
  const rest = segments.slice(first).filter((s) => s !== '');
  const compiled = rest.map((s) => (s === '**' ? null : hasGlobSyntax(s) ? segmentRegExp(s) : s));
  const found: string[] = [];
  const seen = new Set<string>();

  const visit = (dir: string, index: number, visited: Set<string>): void => {
    if (index >= compiled.length) return;
    const matcher = compiled[index];
    const last = index === compiled.length - 1;
    if (matcher === null) {
      // "**": zero directories here, or descend into each subdirectory and stay on "**".
      if (last) {
        // A trailing "**" means everything below, searched like a directory argument (Markdown only).
        const files: string[] = [];
        walkMarkdown(dir, files, new Set());
        for (const f of files) add(f);
        return;
      }
      const real = realDir(dir);
      if (visited.has(real)) return;
      const inner = new Set(visited).add(real);
      visit(dir, index + 1, visited);
      for (const entry of safeList(dir)) {
        if (kindOf(dir, entry) === 'dir' && !isSkippedDirectory(entry.name)) {
          visit(joinPath(dir, entry.name), index, inner);
        }
      }
      return;
    }
    if (typeof matcher === 'string') {
      const path = joinPath(dir, matcher);
      const kind = statKind(path);
      if (last ? kind === 'file' : kind === 'dir') {
        if (last) add(path);
        else visit(path, index + 1, visited);
      }
      return;
    }
    for (const entry of safeList(dir)) {
      if (!matcher.test(entry.name)) continue;
      const kind = kindOf(dir, entry);
      const path = joinPath(dir, entry.name);
      if (last && kind === 'file') add(path);
      else if (!last && kind === 'dir' && entry.name !== 'node_modules') visit(path, index + 1, visited);
    }
  };

  const add = (path: string): void => {
    if (!seen.has(path)) {
      seen.add(path);
      found.push(path);
    }
  };

  if (base !== '' && statKind(base) !== 'dir') return [];
  visit(base, 0, new Set());
  return found;
}

function safeList(dir: string): Dirent[] {
  try {
    return listDirectory(dir);
  } catch {
    return [];
  }
}

function statKind(path: string): 'file' | 'dir' | 'missing' | 'other' {
  try {
    const stats = statSync(path === '' ? '.' : path);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'missing';
  }
}

export function discoverFiles(inputs: readonly string[]): Discovery {
  const files: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (path: string): void => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(path);
  };
  for (const input of inputs) {
    const kind = statKind(input);
    if (kind === 'file') {
      add(input);
    } else if (kind === 'dir') {
      const found: string[] = [];
      try {
        walkMarkdown(input, found, new Set());
      } catch (error) {
        errors.push(`${input}: cannot read directory (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
        continue;
      }
      found.forEach(add);
    } else if (kind === 'other') {
      errors.push(`${input}: not a file or directory`);
    } else if (hasGlobSyntax(input)) {
      const found = expandGlob(input);
      if (found.length === 0) errors.push(`${input}: no files match this pattern`);
      found.forEach(add);
    } else {
      errors.push(`${input}: no such file or directory`);
    }
  }
  return { files, errors };
}
