// Text put into a regular expression as itself: names, ids and keywords from datasets.
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
