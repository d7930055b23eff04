// What a hover at an offset is about, and its card, for every host (the VS Code extension and the
// language server): a judged figure's verdict wins over the name card when both are under the cursor.
import { findingCard, mentionCard, paragraphAround, type CardContext } from './cards';
import { mentionAt, type CheckResult, type Finding, type NameMention } from './types';

export type HoverTarget =
  | { kind: 'findings'; findings: Finding[]; start: number; end: number }
  | { kind: 'mention'; mention: NameMention; start: number; end: number };

export function hoverTarget(result: CheckResult, offset: number): HoverTarget | undefined {
  const findings = result.findings.filter((f) => offset >= (f.figure?.start ?? f.start) && offset <= (f.figure?.end ?? f.end));
  if (findings.length > 0) {
    const first = findings[0];
    return { kind: 'findings', findings, start: first.figure?.start ?? first.start, end: first.figure?.end ?? first.end };
  }
  const mention = mentionAt(result, offset);
  return mention ? { kind: 'mention', mention, start: mention.start, end: mention.end } : undefined;
}

/** The card's Markdown; `text` is the document's (a name card ranks figures by the paragraph). */
export function hoverCard(ctx: CardContext, target: HoverTarget, text: string): string {
  return target.kind === 'findings' ? findingCard(ctx, target.findings) : mentionCard(ctx, target.mention, paragraphAround(text, target.start));
}
