// Honours markdownlint-style comments: factdesk-disable-next-line, -disable-line, -disable … -enable,
// each optionally naming the codes it applies to.
import type { Finding } from './types';
import type { ProseDocument } from './prose';

interface LineRule {
  /** Codes silenced; empty means all. */
  codes: Set<string>;
}

function covers(rule: LineRule, code: string): boolean {
  return rule.codes.size === 0 || rule.codes.has(code);
}

export function applySuppressions(findings: Finding[], doc: ProseDocument): Finding[] {
  if (doc.directives.length === 0 || findings.length === 0) return findings;
  const perLine = new Map<number, LineRule[]>();
  const addLine = (line: number, codes: string[]): void => {
    const list = perLine.get(line) ?? [];
    list.push({ codes: new Set(codes) });
    perLine.set(line, list);
  };
  // Block-wide disable/enable as ordered switches by line.
  const switches: { line: number; disable: boolean; codes: Set<string> }[] = [];
  for (const d of doc.directives) {
    if (d.action === 'disable-line') addLine(d.line, d.codes);
    else if (d.action === 'disable-next-line') addLine(d.ownLine ? d.endLine + 1 : d.line + 1, d.codes);
    else switches.push({ line: d.line, disable: d.action === 'disable', codes: new Set(d.codes) });
  }
  switches.sort((a, b) => a.line - b.line);
  return findings.filter((f) => {
    const line = doc.lines.positionAt(f.start).line;
    if (perLine.get(line)?.some((rule) => covers(rule, f.code))) return false;
    // Replay the switches up to this line: the last one that names this code decides.
    let disabled = false;
    for (const s of switches) {
      if (s.line > line) break;
      if (s.codes.size === 0 || s.codes.has(f.code)) disabled = s.disable;
    }
    return !disabled;
  });
}
