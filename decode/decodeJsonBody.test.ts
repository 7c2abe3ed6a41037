import { describe, expect, it } from 'vitest';
import { decodeJsonBody, decodeUnscannedJsonBody } from './decodeJsonBody';
import { completionJson } from '../testing/chatBodies';

/**
 * A completion parsed without parseJson's scan is told by the plain reader when it can be
 * (plainCompletion.ts), failures it names included (plainFailures.ts); whatever bodies came
 * before, its answer is the walk's, as decodeJsonBody (the scanned path) gives it.
 */
describe('decodeUnscannedJsonBody', () => {
  it('answers as the walk does for plain bodies and bodies failing by a string the reader names, in any order', () => {
    const bodies = [
      completionJson({}, { service_tier: 'on_demand' }),
      completionJson(),
      completionJson({ content: 'other' }, { service_tier: 'flex_plus', object: 'text_completion' }),
      completionJson({}, { service_tier: 'on_demand', x_groq: { id: 'r' } }),
      completionJson({ content: [{ type: 'text', text: 'a part' }] }, { service_tier: 'on_demand' }),
      completionJson({}, { service_tier: 'default' }),
      completionJson({}, { object: 'text_completion' }).replace('"finish_reason":"stop"', '"finish_reason":"eos_token"'),
      completionJson(),
    ];
    const answers = bodies.map((text) => decodeUnscannedJsonBody(JSON.parse(text), text, false));
    const walked = bodies.map((text) => decodeJsonBody(JSON.parse(text), [], false));
    expect(answers).toEqual(walked);
    expect(answers.map((answer) => answer?.issues.length)).toEqual([1, 0, 2, 1, 1, 0, 2, 0]);
  });
});
