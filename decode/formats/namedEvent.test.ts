import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../model';
import { namedEvent } from './namedEvent';

describe('namedEvent', () => {
  it('names an event as the spread did, fields in the same order (llm-inspect --json prints them so)', () => {
    const withId: StreamEvent = { index: 3, data: '{"type":"text-delta"}', id: '7' };
    expect(JSON.stringify(namedEvent(withId, 'text-delta'))).toBe(
      '{"index":3,"data":"{\\"type\\":\\"text-delta\\"}","id":"7","event":"text-delta"}',
    );
    const bare: StreamEvent = { index: 0, data: '{}' };
    expect(JSON.stringify(namedEvent(bare, 'start'))).toBe('{"index":0,"data":"{}","event":"start"}');
    // The event parseSse made is left as it was: the copy is the one named.
    expect(bare).toEqual({ index: 0, data: '{}' });
  });
});
