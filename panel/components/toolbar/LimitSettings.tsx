import { useState } from 'preact/hooks';
import type { LimitRange, LogLimitSettings } from '../../settings/logLimits';
import { limitProblem, limitRanges } from '../../settings/logLimits';
import { useStore } from '../../store/storeContext';

type Draft = { readonly [K in keyof LogLimitSettings]: string };

/**
 * The log's memory limits (settings/logLimits.ts). Applied together with one button, after both
 * are checked: a lower limit drops the oldest exchanges at once, so it must not happen mid-typing.
 */
export function LimitSettings() {
  const store = useStore();
  const saved = store.settings.limits.value;
  const [draft, setDraft] = useState<Draft | null>(null);
  const shown: Draft = draft ?? { maxExchanges: String(saved.maxExchanges), maxBodyMegabytes: String(saved.maxBodyMegabytes) };
  const typed: LogLimitSettings = { maxExchanges: numberOf(shown.maxExchanges), maxBodyMegabytes: numberOf(shown.maxBodyMegabytes) };
  const problems = {
    maxExchanges: limitProblem(typed.maxExchanges, limitRanges.maxExchanges),
    maxBodyMegabytes: limitProblem(typed.maxBodyMegabytes, limitRanges.maxBodyMegabytes),
  };
  const unchanged = typed.maxExchanges === saved.maxExchanges && typed.maxBodyMegabytes === saved.maxBodyMegabytes;

  const edit = (name: keyof LogLimitSettings) => (value: string) => {
    setDraft({ ...shown, [name]: value });
  };

  return (
    <fieldset class="settings__group settings__limits">
      <legend class="settings__label">Memory</legend>
      <p class="settings__help">
        Beyond either limit the oldest requests are dropped (the toolbar counts them). Body text counts each kept request&apos;s request and
        response bodies as UTF-8, in millions of bytes (MB).
      </p>
      <LimitInput
        label="Requests kept"
        range={limitRanges.maxExchanges}
        value={shown.maxExchanges}
        problem={problems.maxExchanges}
        testid="settings-max-exchanges"
        onInput={edit('maxExchanges')}
      />
      <LimitInput
        label="Body text kept (MB)"
        range={limitRanges.maxBodyMegabytes}
        value={shown.maxBodyMegabytes}
        problem={problems.maxBodyMegabytes}
        testid="settings-max-body-mb"
        onInput={edit('maxBodyMegabytes')}
      />
      <div class="settings__row">
        <button
          type="button"
          class="settings__apply"
          disabled={unchanged || problems.maxExchanges !== null || problems.maxBodyMegabytes !== null}
          data-testid="settings-apply-limits"
          onClick={() => {
            if (store.actions.setLogLimits(typed)) setDraft(null);
          }}
        >
          Apply
        </button>
      </div>
    </fieldset>
  );
}

type InputProps = {
  readonly label: string;
  readonly range: LimitRange;
  readonly value: string;
  readonly problem: string | null;
  readonly testid: string;
  readonly onInput: (value: string) => void;
};

function LimitInput({ label, range, value, problem, testid, onInput }: InputProps) {
  return (
    <>
      <label class="settings__limit">
        <span>{label}</span>
        <input
          type="number"
          class="settings__number"
          min={range.min}
          max={range.max}
          step={1}
          value={value}
          aria-invalid={problem !== null}
          data-testid={testid}
          onInput={(event) => {
            onInput(event.currentTarget.value);
          }}
        />
      </label>
      {problem === null ? null : (
        <p class="settings__error" role="alert" data-testid={`${testid}-error`}>
          {`${label}: ${problem}`}
        </p>
      )}
    </>
  );
}

/** An empty or partial field ("", "1e") reads as NaN, which no range accepts. */
function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}
