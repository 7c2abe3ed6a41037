import type { RequestAttachment } from '../../../../decode/index';

/**
 * What a request message carried besides text (an image, a file, audio), as decode/ names it for
 * every format: a chip each, type · media type · name, the parts it has. The bytes are not shown.
 */
export function AttachmentChips({ attachments }: { readonly attachments: readonly RequestAttachment[] }) {
  if (attachments.length === 0) return null;
  return (
    <ul class="attachment-chips" aria-label="Attachments">
      {attachments.map((attachment, index) => (
        <li key={index} class="badge attachment-chip" data-testid="conversation-attachment" data-type={attachment.type}>
          {[attachment.type, attachment.mediaType, attachment.name].filter((part): part is string => part !== null && part !== '').join(' · ')}
        </li>
      ))}
    </ul>
  );
}
