import type { RequestAttachment } from '../../decode/index';
import { redactUrl } from '../secrets/redactUrl';

/**
 * What an attachment chip says: type · media type · name · where the file is (its URL, masked
 * and cut in the middle) or how big it was inline. A data: URL is never shown: its base64 is the
 * file itself, unreadable, and can be megabytes.
 */

/** A chip's URL keeps its host and its file name: the middle gives way. */
export const CHIP_URL_LENGTH = 64;

/** The URL with key-like query values masked (a signed upload's `sig=`), cut to `max` characters around an ellipsis. */
export const chipUrl = (url: string, max = CHIP_URL_LENGTH): string => {
  const masked = redactUrl(url);
  if (masked.length <= max) return masked;
  const head = Math.ceil((max - 1) / 2);
  return `${masked.slice(0, head)}…${masked.slice(masked.length - (max - 1 - head))}`;
};

/** Bytes as a person reads them: "812 B", "12.3 kB", "4.2 MB" (1 kB = 1,024 B, as ContentParts says sizes). */
export const byteSize = (bytes: number): string => {
  if (bytes < 1024) return `${String(bytes)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
};

/** The chip's text, its parts that are known joined by " · ". */
export const attachmentText = (attachment: RequestAttachment): string =>
  [
    attachment.type,
    attachment.mediaType,
    attachment.name,
    attachment.url === undefined ? null : chipUrl(attachment.url),
    attachment.bytes === undefined ? null : `inline, ${byteSize(attachment.bytes)}`,
  ]
    .filter((part): part is string => part !== null && part !== '')
    .join(' · ');
