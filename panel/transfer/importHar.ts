import * as E from 'fp-ts/Either';
import type { CapturedExchange } from '../../decode/index';
import { harToExchanges } from '../../decode/index';

/**
 * A HAR file's text as exchanges to add to the list. Every entry comes back (the store's decode
 * skips what is not chat-completion traffic), marked `source: 'imported'`, with ids made unique
 * per import (`import-2-har-0`) because harToExchanges numbers each file from `har-0` and the
 * store ignores an id it already lists. Left with a message the user can act on; never throws.
 */
export function parseHarFile(text: string, importNumber: number): E.Either<string, CapturedExchange[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error: unknown) {
    return E.left(`the file is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return E.map((exchanges: CapturedExchange[]) =>
    exchanges.map((exchange): CapturedExchange => ({ ...exchange, id: `import-${importNumber}-${exchange.id}`, source: 'imported' })),
  )(harToExchanges(json));
}
