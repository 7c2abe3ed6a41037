import type { NormalizedSegment, NormalizedServerTool } from '../../../../decode/index';
import type { MessageFormat } from '../../../settings/panelSettings';
import { ConversationServerTool } from './ConversationServerTool';
import { MessageText } from './MessageText';

type Props = {
  readonly content: string;
  readonly segments: readonly NormalizedSegment[];
  readonly serverTools: readonly NormalizedServerTool[];
  readonly format: MessageFormat;
};

/**
 * The answer's text blocks and the tools the provider ran, in the order the response gave them
 * (decode/'s `segments`): a web search shown between the paragraph that announced it and the one
 * that used it, so a developer sees when it ran. Each text block is shown on its own, so where one
 * block ends is visible (`content` joins them with nothing between).
 */
export function AnswerSequence({ content, segments, serverTools, format }: Props) {
  return (
    <div class="turn__sequence" data-testid="conversation-sequence">
      {segments.map((segment, index) => {
        if (segment.type === 'server_tool') {
          const tool = serverTools[segment.index];
          return tool === undefined ? null : <ConversationServerTool key={index} tool={tool} />;
        }
        return (
          <div key={index} class="turn__text-block" data-testid="conversation-text-block">
            <MessageText text={content.slice(segment.start, segment.end)} format={format} testid="conversation-text-block-text" />
          </div>
        );
      })}
    </div>
  );
}

/** The server tools no segment places (none when decode/ gives a segment to each), shown after the sequence. */
export const unplacedServerTools = (
  segments: readonly NormalizedSegment[],
  serverTools: readonly NormalizedServerTool[],
): readonly NormalizedServerTool[] => {
  const placed = new Set<number>();
  for (const segment of segments) if (segment.type === 'server_tool') placed.add(segment.index);
  return serverTools.filter((_tool, index) => !placed.has(index));
};
