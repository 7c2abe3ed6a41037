import { useMemo, useState } from 'preact/hooks';
import { contractNames } from '../../../format/contractNames';
import { useStore } from '../../../store/storeContext';
import { parseJsonNode } from '../json/jsonNode';
import { splitIssues } from '../schema/schemaIssues';
import type { DetailTabProps } from '../tabs/tabProps';
import { streamEventsOf } from '../events/streamEvents';
import { IssueOptions } from './IssueOptions';
import { IssueSpot } from './IssueSpot';
import { SchemaIssueSpot } from './SchemaIssueSpot';
import './validation.css';

/**
 * Does the response follow its format's contract (Chat Completions, Anthropic Messages, ...), and where not: every issue with its
 * severity, path, message, expected and actual value. Selecting an issue shows its spot in the
 * raw body (a JSON body, or the stream event it occurred in) highlighted. Issues against the JSON
 * Schemas the request carried (issue 15) are a group of their own: a click on one opens its spot
 * in Conversation, inside the tool call's arguments or the structured content.
 */
export function ValidationTab({ captured, decoded }: DetailTabProps) {
  const { issues } = decoded;
  const { detailTab } = useStore();
  // An issue Conversation's schema mark sent here starts selected.
  const [selected, setSelected] = useState<number | null>(() => {
    const focus = detailTab.issueFocus.peek();
    return focus !== null && focus.exchangeId === captured.id && issues[focus.issue] !== undefined ? focus.issue : null;
  });
  const groups = useMemo(() => splitIssues(issues), [issues]);
  const showInConversation = (index: number) => {
    setSelected(index);
    detailTab.actions.showIssue({ exchangeId: captured.id, issue: index }, 'conversation');
  };
  const isStream = decoded.stream !== null;
  // Parsed once per exchange, only when an issue is selected.
  const bodyTree = useMemo(
    () => (selected === null || isStream || captured.body === null ? undefined : parseJsonNode(captured.body)),
    [selected === null, isStream, captured.body],
  );
  const events = useMemo(() => (selected === null ? null : streamEventsOf(captured, decoded)), [selected === null, captured, decoded]);
  const issue = selected === null ? undefined : issues[selected];
  const schemaIssue = groups.schema.find((candidate) => candidate.index === selected);
  // The verdict is the provider's contract's (decode/ leaves `conforms` to it); the schemas' issues are counted apart.
  const errors = groups.contract.filter((candidate) => candidate.issue.severity === 'error').length;
  const warnings = groups.contract.length - errors;
  const schemaCount = groups.schema.length === 0 ? '' : ` · ${groups.schema.length} against the request's schemas`;

  return (
    <div class="validation-tab" data-testid="validation-tab">
      <p
        class={`validation-verdict validation-verdict--${decoded.conforms ? 'ok' : 'bad'}`}
        data-testid="validation-verdict"
        data-conforms={String(decoded.conforms)}
      >
        {`${decoded.conforms ? 'Conforms to' : 'Does not conform to'} the ${contractNames[decoded.format]} contract`}
        <span class="validation-verdict__counts">{` · ${count(errors, 'error')}, ${count(warnings, 'warning')}${schemaCount}`}</span>
      </p>
      {issues.length === 0 ? (
        <p class="muted">No issues: every field the contract defines has the type and values it allows.</p>
      ) : (
        <>
          {groups.contract.length === 0 ? null : (
            <IssueOptions
              issues={groups.contract}
              selected={selected}
              onSelect={setSelected}
              label="Contract issues"
              testid="validation-issues"
            />
          )}
          {groups.schema.length === 0 ? null : (
            <section class="validation-group" data-testid="validation-schema-group" aria-labelledby="validation-schema-group-title">
              <h3 class="validation-group__title" id="validation-schema-group-title" data-testid="validation-schema-group-title">
                Against the request's schemas
              </h3>
              <IssueOptions
                issues={groups.schema}
                selected={selected}
                onSelect={setSelected}
                onActivate={showInConversation}
                label="Issues against the request's schemas"
                testid="validation-schema-issues"
              />
            </section>
          )}
          {schemaIssue !== undefined ? (
            <SchemaIssueSpot
              key={selected}
              selected={schemaIssue}
              decoded={decoded}
              onShowInConversation={() => {
                showInConversation(schemaIssue.index);
              }}
            />
          ) : issue === undefined ? (
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
