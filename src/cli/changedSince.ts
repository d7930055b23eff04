// --changed-since REF: which lines of each file changed since a git ref, so that a repository can adopt
// factdesk gradually (only new or edited lines are reported, as reviewdog's diff mode does). The diff
// is git's (`git diff --unified=0 REF`): committed, staged and unstaged changes alike; a file git does
// not track yet counts as changed throughout.
import type * as ChildProcess from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { FileReport } from './report';

/** 1-based line numbers, inclusive. */
export interface LineRange {
  start: number;
  end: number;
}

/** Reads the new-side line ranges of a `--unified=0` diff's hunk headers (`@@ -a,b +c,d @@`). */
export function changedLines(diff: string): LineRange[] {
  const ranges: LineRange[] = [];
  for (const match of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    // A pure deletion (count 0) changes no line of the new file.
    if (count > 0) ranges.push({ start, end: start + count - 1 });
  }
  return ranges;
}

/** True when a finding spanning `line`..`endLine` touches a changed line. */
export function touchesChange(ranges: readonly LineRange[], line: number, endLine: number): boolean {
  return ranges.some((r) => line <= r.end && endLine >= r.start);
}

/** What changed in one file: every line (new to git), some lines, or none. */
export type FileChanges = { kind: 'all' } | { kind: 'lines'; ranges: LineRange[] };

/** Splits a whole-repository `--unified=0` diff into each new-side path's changed lines. */
export function changedLinesByFile(diff: string): Map<string, LineRange[]> {
  const byFile = new Map<string, LineRange[]>();
  // Each file's section starts with "diff --git"; its new path is on the "+++ b/…" line.
  for (const section of diff.split(/^(?=diff --git )/m)) {
    const header = /^\+\+\+ (?:b\/(.*)|\/dev\/null)$/m.exec(section);
    if (!header || header[1] === undefined) continue;
    byFile.set(unquote(header[1]), changedLines(section));
  }
  return byFile;
}

/** git writes unusual paths in C-style quotes unless core.quotePath is off (it is, below); tabs still are. */
function unquote(path: string): string {
  return path.replace(/\t$/, '');
}

function git(args: string[], cwd: string): { ok: true; stdout: string } | { ok: false; message: string } {
  // Required here: node:child_process (with net and dgram) costs a check that does not ask for --changed-since ~5 ms.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawnSync } = require('node:child_process') as typeof ChildProcess;
  const result = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) return { ok: false, message: `cannot run git (${(result.error as NodeJS.ErrnoException).code ?? result.error.message})` };
  if (result.status !== 0) return { ok: false, message: result.stderr.trim().split('\n')[0] || `git ${args[0]} failed` };
  return { ok: true, stdout: result.stdout };
}

interface Repository {
  top: string;
  changed: Map<string, LineRange[]>;
  untracked: Set<string>;
}

/**
 * The changes since a ref, read once per repository (one `git diff` and one `git ls-files`, whatever
 * the number of files). An unknown ref, or a file outside any git repository, is an error: silently
 * reporting nothing would look like a clean check.
 */
export class ChangesSince {
  private readonly repositories = new Map<string, Repository>();
  /** Folder → its repository's top folder (or git's complaint), so that git runs once per folder. */
  private readonly tops = new Map<string, { ok: true; stdout: string } | { ok: false; message: string }>();

  constructor(private readonly ref: string) {}

  of(file: string): FileChanges | { error: string } {
    // git names files by their real path (a symbolic link in the path, /tmp on macOS, is resolved).
    const absolute = realpath(resolve(file));
    const folder = dirname(absolute);
    const top = this.tops.get(folder) ?? git(['rev-parse', '--show-toplevel'], folder);
    this.tops.set(folder, top);
    if (!top.ok) return { error: `${file}: --changed-since needs a git repository (${top.message})` };
    const repository = this.repository(top.stdout.trim());
    if ('error' in repository) return repository;
    const path = relative(repository.top, absolute).split('\\').join('/');
    if (repository.untracked.has(path)) return { kind: 'all' };
    return { kind: 'lines', ranges: repository.changed.get(path) ?? [] };
  }

  private repository(top: string): Repository | { error: string } {
    const known = this.repositories.get(top);
    if (known) return known;
    if (!git(['rev-parse', '--verify', '--quiet', `${this.ref}^{commit}`], top).ok) {
      return { error: `--changed-since: "${this.ref}" is no commit in ${top}` };
    }
    const diff = git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--src-prefix=a/', '--dst-prefix=b/', this.ref, '--'], top);
    if (!diff.ok) return { error: `--changed-since: git diff failed (${diff.message})` };
    const others = git(['ls-files', '--others', '--exclude-standard', '-z'], top);
    if (!others.ok) return { error: `--changed-since: git ls-files failed (${others.message})` };
    const repository = { top, changed: changedLinesByFile(diff.stdout), untracked: new Set(others.stdout.split('\0').filter(Boolean)) };
    this.repositories.set(top, repository);
    return repository;
  }
}

function realpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Keeps only the findings on changed lines; a git problem (unknown ref, no repository) is an error. */
export function onlyChanged(reports: readonly FileReport[], changes: ChangesSince): { reports: FileReport[] } | { error: string } {
  const out: FileReport[] = [];
  for (const report of reports) {
    const changed = changes.of(report.file);
    if ('error' in changed) return changed;
    if (changed.kind === 'all') out.push(report);
    else out.push({ ...report, findings: report.findings.filter((f) => touchesChange(changed.ranges, f.line, f.endLine)) });
  }
  return { reports: out };
}
