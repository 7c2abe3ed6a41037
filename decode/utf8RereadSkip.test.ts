import { afterEach, describe, expect, it, vi } from 'vitest';
import { rereadAsUtf8 } from './utf8Reread';
import { windows1252Bytes } from './windows1252';
import type * as Windows1252 from './windows1252';

// Watched, not replaced: the re-read must give the same text either way; what is checked is that a
// long body decoded right is not mapped to a buffer of its length for nothing.
vi.mock('./windows1252', async (importOriginal) => {
  const original = await importOriginal<typeof Windows1252>();
  return { ...original, windows1252Bytes: vi.fn(original.windows1252Bytes) };
});

/** A stream decoded right whose every character windows-1252 also makes (°, ’, —, É): no UTF-8 in it. */
const decodedRight = 'data: {"content":"20°C, it’s warm — École"}\n\n'.repeat(1000);

describe('rereadAsUtf8 skips bodies whose first character beyond ASCII cannot open UTF-8', () => {
  afterEach(() => {
    vi.mocked(windows1252Bytes).mockClear();
  });

  it('leaves such a body as it is without mapping it to bytes', () => {
    expect(rereadAsUtf8(decodedRight, 'text/event-stream')).toBe(decodedRight);
    expect(windows1252Bytes).not.toHaveBeenCalled();
  });

  it('still maps and re-reads a body that opens with UTF-8 decoded as windows-1252', () => {
    expect(rereadAsUtf8('data: {"content":"20Â°C"}\n\n', 'text/event-stream')).toBe('data: {"content":"20°C"}\n\n');
    expect(windows1252Bytes).toHaveBeenCalledTimes(1);
  });
});
