import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import type { ExtraUrlPattern } from '../decode/index';
import { decodeExchange, decodeParsedJsonResponse, decodeResponseBody, harToExchanges } from '../decode/index';
import type { CheckedExchange } from './checkedExchange';
import { classifyInput } from './inputKind';

/**
 * The per-event list exists for the panel's timing view; a file carries no arrival times worth
 * showing, and the list would make `--json` output grow with every chunk of every stream.
 */
const WITHOUT_EVENT_LIST = { streamEvents: false } as const;

export type DetectionOptions = {
  readonly extraUrlPatterns: readonly ExtraUrlPattern[];
  /** Check the request's JSON Schemas (decode's `requestSchemas`); default true. A lone body has no request. */
  readonly requestSchemas?: boolean;
};

/**
 * Every LLM exchange in one input: each entry of a HAR that a wire format claims (other entries are
 * skipped), or the one exchange a lone response body makes. Left with a one-line reason when the
 * input is neither a HAR nor a body.
 */
export function inputExchanges(name: string, text: string, options: DetectionOptions): E.Either<string, CheckedExchange[]> {
  const input = classifyInput(text);
  switch (input.kind) {
    case 'neither':
      return E.left(input.reason);
    case 'body': {
      const meta = { mimeType: input.mimeType };
      // A JSON file was parsed once to be told from a HAR: decoded from that value, not parsed again.
      const exchange =
        input.parsed === undefined
          ? decodeResponseBody(input.text, meta, WITHOUT_EVENT_LIST)
          : decodeParsedJsonResponse(input.text, input.parsed, meta, WITHOUT_EVENT_LIST);
      return E.right([{ origin: name, exchange }]);
    }
    case 'har':
      return pipe(
        harToExchanges(input.har),
        E.map((captured) =>
          captured.flatMap((exchange, index) => {
            const decoded = decodeExchange(exchange, {
              extraUrlPatterns: options.extraUrlPatterns,
              requestSchemas: options.requestSchemas ?? true,
              ...WITHOUT_EVENT_LIST,
            });
            return decoded === null ? [] : [{ origin: `${name}, entry ${index + 1}`, exchange: decoded }];
          }),
        ),
      );
  }
}
