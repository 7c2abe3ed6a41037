import { describe, expect, it } from 'vitest';
import { probabilityText } from './probability';

describe('probabilityText', () => {
  it('turns logprobs of openai-stream-logprobs-1.sse into percentages', () => {
    // exp(-0.0025094282) = 0.99749…, exp(-0.26638845) = 0.76614…
    expect(probabilityText(-0.0025094282)).toBe('99.75%');
    expect(probabilityText(-0.26638845)).toBe('76.61%');
    expect(probabilityText(0)).toBe('100.00%');
  });

  it('keeps a very unlikely token distinguishable from an impossible one', () => {
    expect(probabilityText(-20)).toBe('<0.01%');
    expect(probabilityText(-Infinity)).toBe('0.00%');
  });
});
