// SHA-256 through Web Crypto, which both extension hosts have (Node's and a browser's), or through Node's
// hash when the Node entry gave it (src/vscode/nodeHost.ts): it reads the text itself, where Web Crypto
// needs it copied into bytes first (35 MB of dataset text: about 45 ms of copying here). Both give the
// same hex. Used for the names and keys of what the extension keeps between sessions.
import { nodeHost } from './nodeHost';

const encoder = new TextEncoder();

/** True when Web Crypto is there to hash with (an old or unusual host may lack it: nothing is kept then). */
export function canHash(): boolean {
  return typeof crypto !== 'undefined' && crypto.subtle !== undefined;
}

/** The hex SHA-256 of a text's UTF-8 bytes: Node's when the Node entry gave it (no copy of the text into bytes first). */
export async function sha256(text: string): Promise<string> {
  const node = nodeHost()?.sha256;
  if (node) return node(text);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

const inputHashes = new WeakMap<object, Promise<string>>();

/**
 * The SHA-256 of a dataset input's text, hashed once per input object: the kept validations and the kept
 * results both key by the same workspace files, which can hold tens of megabytes.
 */
export function inputTextHash(input: { text: string }): Promise<string> {
  let hash = inputHashes.get(input);
  if (!hash) inputHashes.set(input, (hash = sha256(input.text)));
  return hash;
}

/**
 * Remembers a dataset input's hash from the bytes its text was decoded from, where Node can tell that they
 * decode to exactly that text: 35 MB hash in 25 ms as bytes, in 65 ms as text here.
 */
export function rememberInputBytes(input: { text: string }, bytes: Uint8Array): void {
  const hash = nodeHost()?.sha256OfDecoded?.(bytes);
  if (hash !== undefined && !inputHashes.has(input)) inputHashes.set(input, Promise.resolve(hash));
}

/** A stored entry's name for a key that may hold characters no file system takes (a path, a URI). */
export async function entryName(key: string): Promise<string> {
  return entryNameOf(await sha256(key));
}

/** The entry name for a key's hex SHA-256. */
export function entryNameOf(hash: string): string {
  return `${hash.slice(0, 32)}.json`;
}

/** The names entryName makes, to accept from the workspace's memory. */
const ENTRY_NAME = /^[0-9a-f]{32}\.json$/;

/** The entry names a store keeps in the workspace's memory under `key`: anything else there is ignored. */
export function rememberedEntryNames(memory: { get<T>(key: string): T | undefined }, key: string): string[] {
  const remembered = memory.get<unknown>(key);
  return Array.isArray(remembered) ? remembered.filter((name): name is string => typeof name === 'string' && ENTRY_NAME.test(name)) : [];
}
