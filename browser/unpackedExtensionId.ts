import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';

/**
 * The id Chromium gives an unpacked extension without a `"key"` in its manifest: the SHA-256 of its
 * absolute path, the first 32 hex digits written with the letters a–p (0 → a, f → p). Knowing it
 * lets a test open the panel page in a plain tab without opening DevTools to find it.
 */
export const unpackedExtensionId = (extensionDir: string): string =>
  createHash('sha256')
    .update(realpathSync(extensionDir))
    .digest('hex')
    .slice(0, 32)
    .replace(/[0-9a-f]/g, (digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16)));
