// Messages between the fact sheet's webview and the extension. What the webview sends is untrusted input:
// the extension parses it with these schemas and drops anything else. The webview imports only the types.
import type { z } from 'zod';
import type { FactSheet, SheetSubject } from '../core/factSheet/model';

// zod is required when the first message is parsed, not at activation: the Node extension keeps it in a
// file of its own (dist/zod.js) that only a fact sheet or a workspace dataset needs. Declared here because
// the webview's own type check knows no Node globals; the webview imports only the types.
declare const require: (id: 'zod') => typeof import('zod');

function buildSchemas() {
  const { z } = require('zod');
  const id = z.string().min(1).max(200);

  const subject = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('entity'), id }).strict(),
    z.object({ kind: z.literal('vendor'), id }).strict(),
    z.object({ kind: z.literal('dataset') }).strict(),
  ]);

  /** Messages from the webview. */
  const message = z.discriminatedUnion('type', [
    /** The script has loaded and listens: the extension sends the sheet. */
    z.object({ type: z.literal('ready') }).strict(),
    /** The sheet is drawn: each figure's factId and the text it shows (value, label, source). */
    z
      .object({
        type: z.literal('rendered'),
        subject,
        figures: z.array(z.object({ factId: id, text: z.string().max(5000) }).strict()).max(10_000),
        map: z.boolean(),
      })
      .strict(),
    /** "Insert citation" on a figure: cite its source in the draft at the cursor. */
    z.object({ type: z.literal('insertCitation'), factId: id }).strict(),
    /** A country, vendor or "all figures" was chosen in the sheet. */
    z.object({ type: z.literal('open'), subject }).strict(),
  ]);
  return { subject, message };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;
const built = (): ReturnType<typeof buildSchemas> => (schemas ??= buildSchemas());

/** What the webview may ask to show: a country or other entity, a vendor, or the whole dataset. */
export const subjectSchema = {
  safeParse: (value: unknown) => built().subject.safeParse(value),
};

/** Messages from the webview. */
export const webviewMessageSchema = {
  safeParse: (value: unknown) => built().message.safeParse(value),
};

export type WebviewMessage = z.infer<ReturnType<typeof buildSchemas>['message']>;

/** Messages to the webview. */
export type ExtensionMessage = { type: 'show'; subject: SheetSubject; sheet: FactSheet } | { type: 'unknown'; subject: SheetSubject; reason: string };
