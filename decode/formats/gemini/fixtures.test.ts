import { describe, expect, it } from 'vitest';
import { formatFixtureNames } from '../../../testing/fixtureFiles';
import { EXPECTED, decodeFixture } from '../../../testing/geminiFixtureExpectations';

describe('the recorded Gemini bodies', () => {
  it('has an expectation for every body in the corpus', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(formatFixtureNames('gemini'));
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`decodes ${name}`, () => {
      const decoded = decodeFixture(name, expected);
      expect(decoded?.format).toBe('gemini');
      expect(decoded?.kind).toBe(expected.kind);
      expect(decoded?.conforms).toBe(expected.conforms);
      expect(decoded?.error).toEqual(expected.error);
      const completion = decoded?.completion ?? null;
      if (expected.kind === 'error') {
        expect(completion).toBeNull();
        return;
      }
      expect(completion?.id).toBe(expected.id);
      expect(completion?.model).toBe(expected.model);
      expect(completion?.object).toBeNull();
      expect(completion?.created).toBeNull();
      expect(completion?.usage).toEqual(expected.usage);
      expect(completion?.choices).toHaveLength(1);
      const choice = completion?.choices[0];
      expect(choice?.index).toBe(0);
      expect(choice?.finish_reason).toBe(expected.finish);
      const message = choice?.message;
      expect(message?.role).toBe('model');
      const content = message?.content;
      if (expected.content === null || typeof expected.content === 'string') expect(content).toBe(expected.content);
      else {
        expect(content?.startsWith(expected.content.start)).toBe(true);
        expect(content?.endsWith(expected.content.end)).toBe(true);
        expect(content).toHaveLength(expected.content.length);
        for (const join of expected.content.joins ?? []) expect(content).toContain(join);
      }
      if (expected.reasoning === undefined) expect(message?.reasoning).toBeUndefined();
      else {
        expect(message?.reasoning?.startsWith(expected.reasoning.start)).toBe(true);
        expect(message?.reasoning?.endsWith(expected.reasoning.end)).toBe(true);
        expect(message?.reasoning).toHaveLength(expected.reasoning.length);
      }
      if (expected.reasoningBlocks !== undefined) expect(message?.reasoning_blocks).toEqual(expected.reasoningBlocks);
      expect(message?.tool_calls?.map((call) => ({ id: call.id, name: call.function.name, arguments: call.function.arguments }))).toEqual(
        expected.toolCalls,
      );
      expect(
        message?.server_tools?.map((tool) => ({
          name: tool.name,
          arguments: tool.arguments,
          result:
            typeof expected.serverTools?.find((wanted) => wanted.name === tool.name)?.result === 'number'
              ? (JSON.parse(tool.result ?? 'null') as unknown[]).length
              : (JSON.parse(tool.result ?? 'null') as unknown),
        })),
      ).toEqual(expected.serverTools);
      expect(message?.annotations?.length).toBe(expected.annotations);
      if (expected.kind === 'stream') {
        expect(decoded?.stream?.done).toBe(expected.done);
        expect(decoded?.stream?.events).toBe(expected.events);
        expect(decoded?.stream?.eventList).toHaveLength(expected.events ?? -1);
      } else {
        expect(decoded?.stream).toBeNull();
      }
    });
  }
});
