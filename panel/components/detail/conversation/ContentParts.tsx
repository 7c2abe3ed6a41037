import type { MessageFormat } from '../../../settings/panelSettings';
import type { ContentPartView, KnownContentPart } from '../../../conversation/requestContentParts';
import { ExternalLink } from '../ExternalLink';
import { MessageText } from './MessageText';

type Props = { readonly parts: readonly ContentPartView[]; readonly format: MessageFormat };

/** Base64 payloads are shown by size, never inlined: a user checks that the image or audio went out. */
const base64Size = (data: string): string => {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  const bytes = Math.floor((data.length * 3) / 4) - padding;
  return bytes < 1024 ? `${String(bytes)} B` : `${(bytes / 1024).toFixed(1)} kB`;
};

/** `data:image/png;base64,....` → "image/png, 12.3 kB"; any other URL as it is. */
const dataUrlSummary = (url: string): string | null => {
  const match = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(url);
  if (match === null) return null;
  const [, mime = '', , payload = ''] = match;
  return `${mime === '' ? 'data' : mime}, ${base64Size(payload)}`;
};

/** A content array (text, image_url, input_audio, file parts) in order, each shown for what it is. */
export function ContentParts({ parts, format }: Props) {
  return (
    <div class="content-parts">
      {parts.map((view, position) =>
        view.kind === 'known' ? (
          <KnownPart key={position} part={view.part} format={format} />
        ) : (
          <p key={position} class="content-part muted" data-testid="conversation-part" data-part-type={view.type}>
            [{view.type} part]
          </p>
        ),
      )}
    </div>
  );
}

function KnownPart({ part, format }: { readonly part: KnownContentPart; readonly format: MessageFormat }) {
  switch (part.type) {
    case 'text':
      return (
        <div class="content-part" data-testid="conversation-part" data-part-type="text">
          <MessageText text={part.text} format={format} />
        </div>
      );
    case 'image_url': {
      const inline = dataUrlSummary(part.image_url.url);
      return (
        <p class="content-part" data-testid="conversation-part" data-part-type="image_url">
          <span class="badge">image</span>{' '}
          {inline === null ? <ExternalLink href={part.image_url.url} /> : <span class="muted">inline {inline}</span>}
          {part.image_url.detail === undefined ? null : <span class="muted"> (detail: {part.image_url.detail})</span>}
        </p>
      );
    }
    case 'input_audio':
      return (
        <p class="content-part" data-testid="conversation-part" data-part-type="input_audio">
          <span class="badge">audio</span>{' '}
          <span class="muted">
            {part.input_audio.format}, {base64Size(part.input_audio.data)}
          </span>
        </p>
      );
    case 'file':
      return (
        <p class="content-part" data-testid="conversation-part" data-part-type="file">
          <span class="badge">file</span> {part.file.filename ?? part.file.file_id ?? 'unnamed'}
          {part.file.file_data === undefined ? null : <span class="muted"> ({base64Size(part.file.file_data)} inline)</span>}
        </p>
      );
  }
}
