// The hash the extension keeps dataset inputs under (src/vscode/sha256.ts), made from the bytes read
// instead of from the decoded text: the Node entry hands it to the bundle (src/vscode/nodeHost.ts).
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';

/** A UTF-8 byte order mark, which TextDecoder drops. */
const BOM = [0xef, 0xbb, 0xbf];

/**
 * The SHA-256 of the text TextDecoder makes of UTF-8 bytes: the bytes themselves, after a BOM. Other
 * bytes decode with replacements, and are left to be hashed as text.
 */
export function sha256OfDecoded(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  const bom = bytes.length >= 3 && BOM.every((byte, i) => bytes[i] === byte);
  return createHash('sha256').update(bom ? bytes.subarray(3) : bytes).digest('hex');
}
