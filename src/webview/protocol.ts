// Messages between the fact sheet's webview and the extension. What the webview sends is untrusted input:
// the extension parses it with these schemas and drops anything else. The webview imports only the types.
import { z } from 'zod';
import type { FactSheet, SheetSubject } from '../core/factSheet/model';

const id = z.string().min(1).max(200);

export const subjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entity'), id }).strict(),
  z.object({ kind: z.literal('vendor'), id }).strict(),
  z.object({ kind: z.literal('dataset') }).strict(),
]);

/** Messages from the webview. */
export const webviewMessageSchema = z.discriminatedUnion('type', [
  /** The script has loaded and listens: the extension sends the sheet. */
  z.object({ type: z.literal('ready') }).strict(),
  /** The sheet is drawn: each figure's factId and the text it shows (value, label, source). */
  z
    .object({
      type: z.literal('rendered'),
      subject: subjectSchema,
      figures: z.array(z.object({ factId: id, text: z.string().max(5000) }).strict()).max(10_000),
      map: z.boolean(),
    })
    .strict(),
  /** "Insert citation" on a figure: cite its source in the draft at the cursor. */
  z.object({ type: z.literal('insertCitation'), factId: id }).strict(),
  /** A country, vendor or "all figures" was chosen in the sheet. */
  z.object({ type: z.literal('open'), subject: subjectSchema }).strict(),
]);

export type WebviewMessage = z.infer<typeof webviewMessageSchema>;

/** Messages to the webview. */
export type ExtensionMessage = { type: 'show'; subject: SheetSubject; sheet: FactSheet } | { type: 'unknown'; subject: SheetSubject; reason: string };
