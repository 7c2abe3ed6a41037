import { describe, expect, it } from 'vitest';
import { locateIssue } from './issueLocation';

describe('locateIssue', () => {
  it('points into a JSON body', () => {
    expect(locateIssue('choices[0].finish_reason', false)).toEqual({ kind: 'body', path: ['choices', 0, 'finish_reason'] });
    expect(locateIssue('', false)).toEqual({ kind: 'body', path: [] });
  });

  it('points at an event of a stream and into its data', () => {
    expect(locateIssue('events[1].choices[0].delta.role', true)).toEqual({
      kind: 'event',
      event: 1,
      path: ['choices', 0, 'delta', 'role'],
    });
    expect(locateIssue('events[12]', true)).toEqual({ kind: 'event', event: 12, path: [] });
  });

  it('has no spot for issues about the whole stream or the reassembled completion', () => {
    expect(locateIssue('events', true)).toMatchObject({
      kind: 'unknown',
      why: 'The issue is about the stream as a whole, not about one event.',
    });
    expect(locateIssue('choices[0].finish_reason', true)).toMatchObject({ kind: 'unknown' });
  });
});
