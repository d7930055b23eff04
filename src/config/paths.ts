// Path arithmetic on '/'-separated strings (file paths or URI paths), without Node's `path`, so that
// configuration discovery runs unchanged in the CLI, the extension (also as a web extension) and the
// language server. Backslashes are read as separators so that Windows paths work too.

export function normalize(path: string): string {
  return path.replace(/\\/g, '/');
}

/** The folder of a path: 'a/b/c.md' → 'a/b'; '/c.md' → '/'; 'c.md' → '.'. */
export function dirname(path: string): string {
  const n = normalize(path);
  if (n === '/' || /^[A-Za-z]:\/?$/.test(n)) return n.endsWith('/') ? n : `${n}/`;
  const p = n.replace(/\/+$/, '');
  const at = p.lastIndexOf('/');
  if (at < 0) return '.';
  if (at === 0) return '/';
  // 'C:/x' → 'C:/'.
  return /^[A-Za-z]:$/.test(p.slice(0, at)) ? p.slice(0, at + 1) : p.slice(0, at);
}

export function join(dir: string, name: string): string {
  const d = normalize(dir);
  if (d === '' || d === '.') return name;
  return d.endsWith('/') ? d + name : `${d}/${name}`;
}

export function isAbsolute(path: string): boolean {
  return /^(\/|[A-Za-z]:[\\/])/.test(path);
}

/** A path as seen from `from` (a folder); undefined when it is not below it. */
export function relativeTo(from: string, path: string): string | undefined {
  const base = normalize(from).replace(/\/+$/, '');
  const p = normalize(path);
  if (base === '' || base === '.') return isAbsolute(p) ? undefined : p.replace(/^\.\//, '');
  if (p === base) return '';
  return p.startsWith(`${base}/`) ? p.slice(base.length + 1) : undefined;
}

/** The folders from `dir` up to the root, nearest first. */
export function ancestors(dir: string): string[] {
  const out: string[] = [];
  let current = normalize(dir);
  for (;;) {
    out.push(current);
    const parent = dirname(current);
    if (parent === current || current === '.' || current === '') return out;
    current = parent;
  }
}
