import * as t from 'io-ts';
import * as E from 'fp-ts/Either';

const Text = t.union([t.string, t.null]);

/**
 * Just the parts of a chunk worth a one-line summary. Partial everywhere: a chunk that lacks a
 * field still summarizes; one whose fields have other types (Mistral's content parts) gets none.
 */
const ChunkGist = t.partial({
  choices: t.array(
    t.partial({
      index: t.number,
      delta: t.partial({
        content: Text,
        reasoning: Text,
        reasoning_content: Text,
        refusal: Text,
        tool_calls: t.array(t.partial({ function: t.partial({ name: Text, arguments: Text }) })),
      }),
      finish_reason: Text,
    }),
  ),
  usage: t.union([t.UnknownRecord, t.null]),
  error: t.unknown,
});
type ChunkGist = t.TypeOf<typeof ChunkGist>;

/**
 * What one event carries, on one line: the text it adds, reasoning, tool-call pieces, a finish
 * reason, usage, an error, or the `[DONE]` marker. Empty when the data is not a JSON chunk.
 */
export function summarizeEvent(data: string): string {
  if (data.trim() === '[DONE]') return '[DONE]';
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return '';
  }
  const gist = ChunkGist.decode(parsed);
  return E.isRight(gist) ? describeGist(gist.right) : '';
}

function describeGist(gist: ChunkGist): string {
  const parts: string[] = [];
  const many = (gist.choices?.length ?? 0) > 1;
  for (const choice of gist.choices ?? []) {
    // With n > 1 each chunk usually carries one choice (OpenAI): name it unless it is the only, first one.
    const prefix = many || (choice.index ?? 0) !== 0 ? `[${String(choice.index ?? '?')}] ` : '';
    const delta = choice.delta ?? {};
    const reasoning = delta.reasoning ?? delta.reasoning_content;
    if (typeof reasoning === 'string' && reasoning !== '') parts.push(`${prefix}reasoning ${quoted(reasoning)}`);
    if (typeof delta.content === 'string' && delta.content !== '') parts.push(`${prefix}${quoted(delta.content)}`);
    if (typeof delta.refusal === 'string' && delta.refusal !== '') parts.push(`${prefix}refusal ${quoted(delta.refusal)}`);
    for (const call of delta.tool_calls ?? []) {
      const name = call.function?.name ?? '';
      const args = call.function?.arguments ?? '';
      if (name !== '' || args !== '') parts.push(`${prefix}tool${name === '' ? '' : ` ${name}`}${args === '' ? '' : ` ${quoted(args)}`}`);
    }
    if (typeof choice.finish_reason === 'string') parts.push(`${prefix}finish: ${choice.finish_reason}`);
  }
  if (gist.usage !== undefined && gist.usage !== null) parts.push('usage');
  if (gist.error !== undefined && gist.error !== null) parts.push('error');
  return parts.join(' · ');
}

/** A piece of text quoted as JSON, so whitespace and newlines stay visible on one line. */
function quoted(text: string): string {
  return JSON.stringify(text);
}
