import type { RequestAttachment } from '../../../../decode/index';
import { attachmentText } from '../../../format/attachmentText';
import { redactUrl } from '../../../secrets/redactUrl';

/**
 * What a request message carried besides text (an image, a file, audio), as decode/ names it for
 * every format: a chip each, type · media type · name, the URL it points at (masked, cut in the
 * middle; whole, masked, as its title) or the size it had inline. The bytes are not shown.
 */
export function AttachmentChips({ attachments }: { readonly attachments: readonly RequestAttachment[] }) {
  if (attachments.length === 0) return null;
  return (
    <ul class="attachment-chips" aria-label="Attachments">
      {attachments.map((attachment, index) => (
        <li
          key={index}
          class="badge attachment-chip"
          data-testid="conversation-attachment"
          data-type={attachment.type}
          title={attachment.url === undefined ? undefined : redactUrl(attachment.url)}
        >
          {attachmentText(attachment)}
        </li>
      ))}
    </ul>
  );
}
