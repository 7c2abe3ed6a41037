import type { LlmPanel } from '../browser/devtools';
import { FORMAT_LABELS, SCENARIOS } from '../demo/scenarios';
import type { ChatScenario } from '../demo/scenarios';
import { click, openTab, texts } from './detailTabs';
import { expect, runDemoCall, test } from './fixtures';

/**
 * Checks after the listing are soft (expect.soft): one run reports every field a format gets wrong.
 *
 * Issue 13 in real DevTools: for each wire format the demo page makes its JSON and its streamed call
 * with the real SDK (or the AI SDK app's own route); the panel must list each with the format's name
 * and decode it: the Conversation tab shows the recorded answer (text, reasoning, tool call) and the
 * Response tab the format's own field names with their recorded values. Every expected value below
 * was read from the recorded body the scenario names (../shared/fixtures/formats/<folder>/<file>).
 */

type Expected = {
  /** The demo button (demo/scenarios.ts). */
  readonly testId: string;
  /** The answer's text in the Conversation tab (raw, not rendered Markdown): all of it, or how it starts. */
  readonly content?: { readonly is: string } | { readonly startsWith: string; readonly endsWith: string };
  /** How the reasoning / thinking / thought text starts. */
  readonly reasoningStartsWith?: string;
  readonly toolCall?: { readonly name: string; readonly arguments: unknown };
  /** What the Response tab must show: the format's own field names and their recorded values. */
  readonly response: readonly string[];
};

const scenario = (testId: string): ChatScenario => {
  const found = SCENARIOS.find((s): s is ChatScenario => s.testId === testId && s.chat);
  if (!found) throw new Error(`no chat scenario ${testId} in demo/scenarios.ts`);
  return found;
};

const FORMATS: readonly { readonly title: string; readonly calls: readonly Expected[] }[] = [
  {
    title: 'anthropic-messages: messages.create and a streamed message with thinking',
    calls: [
      {
        // anthropic-json-text-1.json
        testId: 'demo-anthropic-json',
        content: { is: "Hello! I'm doing well, thanks for asking. How are you doing today? Is there anything I can help you with?" },
        response: ['msg_01VdEjxAP5ahtHKrrRdNBteQ', 'stop_reason', 'end_turn', 'input_tokens', '12', 'output_tokens', '29'],
      },
      {
        // anthropic-stream-thinking-1.sse: 13 thinking_delta, a signature_delta, then text_delta; message_delta stop_reason end_turn, output_tokens 282.
        testId: 'demo-anthropic-stream',
        reasoningStartsWith: 'This is a straightforward question about pedestrian safety. I should provide clear, helpful advice',
        content: {
          startsWith: 'Here are the basic steps for safely crossing the street:',
          endsWith: 'Always prioritize safety over speed when crossing streets.',
        },
        response: ['msg_01ALwQ87pTS7hH1PjSdC9wJD', 'stop_reason', 'end_turn', 'input_tokens', '43', 'output_tokens', '282'],
      },
    ],
  },
  {
    title: 'gemini: generateContent with a thought and generateContentStream over alt=sse',
    calls: [
      {
        // gemini-json-thoughts-1.json: parts [{thought: true}, {text: "Mountain View"}].
        testId: 'demo-gemini-json',
        reasoningStartsWith: "**Thinking About Google's Headquarters**",
        content: { is: 'Mountain View' },
        response: [
          '2pmHaJqQEoqC-8YP6eStyAY',
          'finishReason',
          'STOP',
          'promptTokenCount',
          '14',
          'candidatesTokenCount',
          'totalTokenCount',
          '40',
        ],
      },
      {
        // gemini-stream-text-1.sse: "The" + " capital of France" + " is Paris.\n"; the last chunk: STOP, 13 + 8 = 21.
        testId: 'demo-gemini-stream',
        content: { startsWith: 'The capital of France is Paris.', endsWith: 'Paris.' },
        response: [
          'w1peaMz6INOvnvgPgYfPiQY',
          'finishReason',
          'STOP',
          'promptTokenCount',
          '13',
          'candidatesTokenCount',
          '8',
          'totalTokenCount',
          '21',
        ],
      },
    ],
  },
  {
    title: 'openai-responses: responses.create and a streamed function call',
    calls: [
      {
        // openai-responses-json-text-1.json
        testId: 'demo-responses-json',
        content: {
          startsWith: "I can't provide real-time updates, but you can easily check the current weather in San Francisco",
          endsWith: "so it's good to be prepared for variable weather!",
        },
        response: [
          'resp_689a0b2545288193953c892439b42e2800b2e36c65a1fd4b',
          'status',
          'completed',
          'input_tokens',
          '14',
          'output_tokens',
          '50',
          'total_tokens',
          '64',
        ],
      },
      {
        // openai-responses-stream-toolcall-1.sse: function_call get_capital, arguments in 5 deltas; response.completed usage 255 / 16 / 271.
        testId: 'demo-responses-stream',
        toolCall: { name: 'get_capital', arguments: { country: 'France' } },
        response: [
          'resp_67e554a155508191900ee113293c4c830794405d35281ae2',
          'call_kL0PCQV7M2WMoVX8V8OtYSAL',
          'status',
          'completed',
          'input_tokens',
          '255',
          'output_tokens',
          '16',
          'total_tokens',
          '271',
        ],
      },
    ],
  },
  {
    title: 'ollama: chat with stream false and a streamed NDJSON chat',
    calls: [
      {
        // ollama-chat-json-text-1.json
        testId: 'demo-ollama-json',
        content: { startsWith: 'A sweet question!', endsWith: 'The pH of Manuka honey. Journal of Apicultural Research, 52(1), 15-20.' },
        response: ['done_reason', 'stop', 'prompt_eval_count', '17', 'eval_count', '358'],
      },
      {
        // ollama-chat-stream-text-1.ndjson: "This " "is " "test " "completion " "response", then done: true.
        testId: 'demo-ollama-stream',
        content: { is: 'This is test completion response' },
        response: ['done_reason', 'stop', 'prompt_eval_count', '10', 'eval_count', '239'],
      },
    ],
  },
  {
    title: 'ai-sdk-ui: a useChat transport reading the UI message stream the route made with the ai library',
    calls: [
      {
        // The route's streamText over openai-responses-stream-reasoning-1.sse: four reasoning summaries, then the output text.
        testId: 'demo-ai-sdk-chat',
        reasoningStartsWith: '**Providing street crossing instructions**',
        content: {
          startsWith:
            "I'm not a road safety professional, but here are some generally accepted guidelines that might help you cross the street",
          endsWith: 'familiarize yourself with the rules specific to your area. Stay safe!',
        },
        response: ['finishReason', 'stop'],
      },
    ],
  },
  {
    title: 'ai-sdk-data and ai-sdk-text: the v4 data stream and the text stream',
    calls: [
      {
        // openai-data-text-1.txt: seven 0: parts; d: finishReason stop, promptTokens 278, completionTokens 9.
        testId: 'demo-ai-sdk-data',
        content: { is: 'The capital of France is Paris.' },
        response: ['msg-ld8xBXFlRWt2y5f1VZyeOC6t', 'finishReason', 'stop', 'promptTokens', '278', 'completionTokens', '9'],
      },
      {
        // The route's toTextStreamResponse() over openai-responses-stream-text-1.sse (= openai-textstream-1.txt): the bare text.
        testId: 'demo-ai-sdk-text',
        content: { is: 'The capital of France is Paris.' },
        response: ['The capital of France is Paris.'],
      },
    ],
  },
];

/** Shown JSON as a value (its layout is the panel's choice), or the text itself when it is not JSON. */
function parsedOrText(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    return text;
  }
}

async function checkConversation(panel: LlmPanel, expected: Expected): Promise<void> {
  await openTab(panel, 'conversation', 'conversation');
  // Raw text, so the comparison is with the recorded characters, not with rendered Markdown.
  await click(panel, '[data-testid="conversation-format-raw"]');
  const response = '[data-testid="conversation-turn"][data-source="response"]';
  const content = expected.content;
  if (content !== undefined) {
    const shown = (await texts(panel, `${response} [data-testid="conversation-content"]`)).at(-1) ?? '';
    if ('is' in content) expect.soft(shown.trim(), `${expected.testId}: the answer`).toBe(content.is);
    else {
      expect
        .soft(
          shown.trim().startsWith(content.startsWith),
          `${expected.testId}: the answer starts "${content.startsWith}", shown "${shown.slice(0, 120)}"`,
        )
        .toBe(true);
      expect
        .soft(
          shown.trim().endsWith(content.endsWith),
          `${expected.testId}: the answer ends "${content.endsWith}", shown "…${shown.slice(-120)}"`,
        )
        .toBe(true);
    }
  }
  if (expected.reasoningStartsWith !== undefined) {
    const reasoning = (await texts(panel, `${response} [data-testid="conversation-reasoning-text"]`)).join('\n');
    expect
      .soft(
        reasoning.trim().startsWith(expected.reasoningStartsWith),
        `${expected.testId}: the reasoning, shown "${reasoning.slice(0, 120)}"`,
      )
      .toBe(true);
  }
  if (expected.toolCall !== undefined) {
    expect.soft(await texts(panel, `${response} [data-testid="conversation-tool-call-name"]`)).toEqual([expected.toolCall.name]);
    const [args = ''] = await texts(panel, `${response} [data-testid="conversation-tool-call-arguments"]`);
    expect.soft(parsedOrText(args), `${expected.testId}: the tool call's arguments`).toEqual(expected.toolCall.arguments);
  }
}

async function checkResponse(panel: LlmPanel, expected: Expected): Promise<void> {
  await openTab(panel, 'response', 'detail-tabpanel-response');
  const [shown = ''] = await texts(panel, '[data-testid="detail-tabpanel-response"]');
  for (const wanted of expected.response) expect.soft(shown, `${expected.testId}: the Response tab shows "${wanted}"`).toContain(wanted);
}

for (const { title, calls } of FORMATS) {
  test(title, async ({ inspected, devtools }) => {
    const panel = await devtools.showLlmPanel();
    // Wide enough for every default column: docked, the list drops Format and Provider first (panel/list/columns.ts narrowDrop).
    await devtools.undock();
    await devtools.resizeUndocked(panel, 1_300);
    for (const { testId } of calls) expect(await runDemoCall(inspected.page, testId), `the demo call ${testId}`).toBe('ok');

    await expect.poll(async () => (await panel.rows()).length).toBe(calls.length);
    const rows = await panel.rows();
    for (const [index, expected] of calls.entries()) {
      const wanted = scenario(expected.testId);
      const row = rows[index];
      expect.soft(row?.text, `row ${index + 1} names its format`).toContain(FORMAT_LABELS[wanted.format]);
      expect.soft(row && { model: row.model, kind: row.kind, status: row.status }).toEqual({
        model: wanted.model ?? '—',
        kind: wanted.kind === 'json' ? 'JSON' : wanted.kind,
        status: String(wanted.status),
      });
      await panel.select(index);
      await checkConversation(panel, expected);
      await checkResponse(panel, expected);
    }
    await panel.screenshot(`test-results/formats/${calls[0]?.testId ?? 'format'}.png`);
  });
}

test('no false positives: the items API with type, content and model, the stock ticker SSE and the weather API are not listed', async ({
  inspected,
  devtools,
}) => {
  const panel = await devtools.showLlmPanel();
  for (const testId of ['demo-non-llm-items', 'demo-non-llm-ticker', 'demo-non-llm']) {
    expect(await runDemoCall(inspected.page, testId), `the demo call ${testId}`).toBe('ok');
  }
  // A chat call after them: once it is listed, the three before it have been seen and judged.
  expect(await runDemoCall(inspected.page, 'demo-fetch')).toBe('ok');
  // The chat call's row may be listed a moment before its decoding fills the model cell ("…").
  await expect.poll(async () => (await panel.rows()).map((row) => row.model)).toEqual(['llama-3.3-70b-versatile']);
  expect(await panel.evaluate(`document.querySelector('[data-testid="exchange-count"]')?.textContent`)).toBe('1 request');
});
