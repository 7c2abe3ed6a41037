import type { JsonRecord } from '../../lenientFields';
import { recordAt, stringAt } from '../../lenientFields';
import { stringifiedAsSent } from '../../stringifiedAsSent';
import { isServerToolResult } from './blocks';

/** Where a content_block_start event holds its block's `content`. */
const CONTENT_PATH = ['content_block', 'content'] as const;

/**
 * The `content` of a server tool result block opened by a content_block_start event, as
 * JSON.stringify writes it (messageFromBlocks shows a result so), sliced from the event's data
 * when the data already holds those characters (decode/stringifiedAsSent.ts); undefined for any
 * other block, and when the data does not (messageFromBlocks then stringifies it).
 */
export const sentResultText = (data: string, event: JsonRecord, prototypeHasEnumerableKeys: boolean): string | undefined => {
  const block = recordAt(event, 'content_block');
  const type = stringAt(block, 'type');
  if (type === undefined || !isServerToolResult(type) || block?.content === undefined) return undefined;
  return stringifiedAsSent(data, event, CONTENT_PATH, prototypeHasEnumerableKeys);
};
