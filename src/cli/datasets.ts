// Reads the --dataset paths: a file (any name) or a folder searched recursively for *.facts.json.
// Only reading happens here; validation is the loader's (src/dataset/load.ts), which names the file
// and JSON path of every problem.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { rememberDatasetBytes } from './cache';

export interface DatasetText {
  file: string;
  text: string;
}

export interface DatasetReading {
  inputs: DatasetText[];
  /** Paths that do not exist, cannot be read, or folders without any *.facts.json. */
  errors: string[];
}

export const DATASET_SUFFIX = '.facts.json';

function findDatasetFiles(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = dir.endsWith('/') ? dir + entry.name : `${dir}/${entry.name}`;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stats = statSync(path);
        isDir = stats.isDirectory();
        isFile = stats.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) findDatasetFiles(path, out);
    } else if (isFile && entry.name.toLowerCase().endsWith(DATASET_SUFFIX)) {
      out.push(path);
    }
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return code ?? String(error);
}

/**
 * Reads the datasets at `paths`. With `hashing` (--cache, whose keys hash every dataset text), each
 * text's hash is made from the bytes read, which costs a third of hashing the text.
 */
export function readDatasetPaths(paths: readonly string[], { hashing = false }: { hashing?: boolean } = {}): DatasetReading {
  const inputs: DatasetText[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const read = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    try {
      const bytes = readFileSync(file);
      const text = bytes.toString('utf8');
      if (hashing) rememberDatasetBytes(text, bytes);
      inputs.push({ file, text });
    } catch (error) {
      errors.push(`${file}: cannot read dataset (${reason(error)})`);
    }
  };
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      errors.push(`${path}: cannot read dataset (${reason(error)})`);
      continue;
    }
    if (!isDirectory) {
      read(path);
      continue;
    }
    const files: string[] = [];
    try {
      findDatasetFiles(path, files);
    } catch (error) {
      errors.push(`${path}: cannot read dataset folder (${reason(error)})`);
      continue;
    }
    if (files.length === 0) errors.push(`${path}: no *${DATASET_SUFFIX} files in this folder`);
    files.forEach(read);
  }
  return { inputs, errors };
}
