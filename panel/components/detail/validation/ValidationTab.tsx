import { useMemo, useState } from 'preact/hooks';
import { contractNames } from '../../../format/contractNames';
import { parseJsonNode } from '../json/jsonNode';
import type { DetailTabProps } from '../tabs/tabProps';
import { streamEventsOf } from '../events/streamEvents';
import { IssueOptions } from './IssueOptions';
import { IssueSpot } from './IssueSpot';
import './validation.css';

/**
 * Does the response follow its format's contract (Chat Completions, Anthropic Messages, ...), and where not: every issue with its
 * severity, path, message, expected and actual value. Selecting an issue shows its spot in the
 * raw body (a JSON body, or the stream event it occurred in) highlighted.
 */
export function ValidationTab({ captured, decoded }: DetailTabProps) {
  const [selected, setSelected] = useState<number | null>(null);
  const { issues } = decoded;
  const isStream = decoded.stream !== null;
  // Parsed once per exchange, only when an issue is selected.
  const bodyTree = useMemo(
    () => (selected === null || isStream || captured.body === null ? undefined : parseJsonNode(captured.body)),
    [selected === null, isStream, captured.body],
  );
  const events = useMemo(() => (selected === null ? null : streamEventsOf(captured, decoded)), [selected === null, captured, decoded]);
  const issue = selected === null ? undefined : issues[selected];
  const errors = issues.filter((candidate) => candidate.severity === 'error').length;
  const warnings = issues.length - errors;

  return (
    <div class="validation-tab" data-testid="validation-tab">
      <p
        class={`validation-verdict validation-verdict--${decoded.conforms ? 'ok' : 'bad'}`}
        data-testid="validation-verdict"
        data-conforms={String(decoded.conforms)}
      >
        {`${decoded.conforms ? 'Conforms to' : 'Does not conform to'} the ${contractNames[decoded.format]} contract`}
        <span class="validation-verdict__counts">{` · ${count(errors, 'error')}, ${count(warnings, 'warning')}`}</span>
      </p>
      {issues.length === 0 ? (
        <p class="muted">No issues: every field the contract defines has the type and values it allows.</p>
      ) : (
        <>
          <IssueOptions issues={issues} selected={selected} onSelect={setSelected} />
          {issue === undefined ? (
            <p class="muted" data-testid="validation-spot-hint">
              Select an issue to see where it is in the body.
            </p>
          ) : (
            <IssueSpot
              key={selected}
              issue={issue}
              captured={captured}
              bodyTree={bodyTree ?? null}
              events={events?.events ?? null}
              isStream={isStream}
            />
          )}
        </>
      )}
    </div>
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
