// The diagnostics of each checked document's last result, kept between sessions: VS Code reopens the
// last session's editors at start-up, and a draft that comes back unchanged shows its findings as soon as
// the datasets are loaded, before its first check has read a line. The check runs all the same, and its
// result replaces the kept one; hovers and quick fixes wait for it. The key holds everything a result
// depends on: the running bundle (the engine and the bundled datasets), every other dataset input's text
// in order, the check's options and the document's text; a result made under another key is never shown.
// No vscode import: src/vscode/keptResultStore.ts reads and writes the entries, and the unit tests run
// this on plain values.
import type { CheckOptions, CheckResult, Finding, SourceRef } from '../core';
import type { DatasetInput } from '../dataset/load';

/** Bumped when what is stored changes its layout. */
const FORMAT = 1;

/**
 * A result longer than this (as JSON) is not kept: reading it back at start-up must cost a small part of
 * the check it stands in for. A 30 KiB draft's is about 130 KB, so drafts up to about 240 KiB are kept.
 */
export const MAX_KEPT_RESULT_CHARS = 1024 * 1024;

/** What a diagnostic shows of a finding: the rest (its figure, its evidence) serves hovers and quick fixes. */
export type ShownFinding = Pick<Finding, 'code' | 'severity' | 'message' | 'start' | 'end' | 'found' | 'relatedFactId'> & {
  /** The source's publisher and date, which the message names. */
  source: Pick<SourceRef, 'publisher' | 'date'> | null;
};

/** What a document's diagnostics and its counts are made from. */
export interface KeptResult {
  findings: ShownFinding[];
  judged: number;
}

/** The part of a result that is kept. */
export function keptResultOf(result: CheckResult): KeptResult {
  const findings = result.findings.map(({ code, severity, message, source, start, end, found, relatedFactId }): ShownFinding => {
    const kept: ShownFinding = { code, severity, message, source: source && { publisher: source.publisher, date: source.date }, start, end, found };
    if (relatedFactId !== undefined) kept.relatedFactId = relatedFactId;
    return kept;
  });
  return { findings, judged: result.judged };
}

/** How many documents' results a workspace keeps; the least recently checked one makes room. */
export const MAX_KEPT_DOCUMENTS = 32;

/** A hash of a text, at once: a key is made while a first check waits for it. */
export type Hash = (text: string) => string;

/**
 * The key of a set of dataset inputs, in their order. The bundled ones are part of the bundle, which the
 * result key names: their labels stand for them. `textHash` hashes an input's text (the extension's
 * remembers each input's, which the kept validations hash too).
 */
export async function datasetsKey(
  inputs: Iterable<DatasetInput>,
  bundled: ReadonlySet<DatasetInput>,
  hash: Hash,
  textHash: (input: DatasetInput & { text: string }) => Promise<string> | string = (input) => hash(input.text),
): Promise<string> {
  const parts: string[] = [];
  for (const input of inputs) {
    const content = bundled.has(input) ? 'bundled' : typeof input.text === 'string' ? await textHash(input as DatasetInput & { text: string }) : hash(JSON.stringify(input.json ?? null));
    parts.push(`${input.file}\0${content}`);
  }
  return hash(parts.join('\0'));
}

export interface ResultKeyParts {
  /** The running bundle's identity (the hash the build appends to it). */
  engine: string;
  /** datasetsKey() of the datasets the result was checked against. */
  datasets: string;
  options: CheckOptions;
  text: string;
}

export function resultKey(parts: ResultKeyParts, hash: Hash): string {
  return hash(`factdesk-kept-result ${FORMAT}\0${parts.engine}\0${parts.datasets}\0${JSON.stringify(parts.options)}\0${parts.text}`);
}

/** The entry to store for a result, or undefined when the result is too long to be worth keeping. */
export function keptResultText(key: string, result: CheckResult): string | undefined {
  const text = JSON.stringify({ format: FORMAT, key, result: keptResultOf(result) });
  return text.length <= MAX_KEPT_RESULT_CHARS ? text : undefined;
}

/** The result of a stored entry made under `key`; undefined for another key, another format or a damaged entry. */
export function keptResultFor(entry: string, key: string): KeptResult | undefined {
  try {
    const stored = JSON.parse(entry) as { format?: unknown; key?: unknown; result?: Partial<KeptResult> } | null;
    if (stored?.format !== FORMAT || stored.key !== key) return undefined;
    const result = stored.result;
    if (!result || !Array.isArray(result.findings) || typeof result.judged !== 'number') return undefined;
    return result as KeptResult;
  } catch {
    return undefined;
  }
}

/**
 * The stored names, most recently checked first, after `name` was checked: at most MAX_KEPT_DOCUMENTS,
 * and the names that no longer fit, whose entries are to be removed.
 */
export function recentNames(names: readonly string[], name: string, limit = MAX_KEPT_DOCUMENTS): { names: string[]; evicted: string[] } {
  const ordered = [name, ...names.filter((n) => n !== name)];
  return { names: ordered.slice(0, limit), evicted: ordered.slice(limit) };
}
