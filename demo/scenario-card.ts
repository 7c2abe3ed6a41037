/**
 * One scenario's card on the demo page: its button, a status line and an output area. All text goes
 * in through textContent: replayed bodies are untrusted.
 */
import type { Scenario } from './scenarios';

export type CardState = 'idle' | 'running' | 'ok' | 'error';

export type ScenarioCard = {
  readonly element: HTMLElement;
  readonly button: HTMLButtonElement;
  setState(state: CardState, status: string): void;
  setOutput(text: string): void;
};

function describe(scenario: Scenario): string {
  if (!scenario.chat) return `${scenario.client} · ${scenario.method} ${scenario.path} · not LLM traffic`;
  return `${scenario.client} · ${scenario.format} · ${scenario.model ?? 'no model named'} · replays ${scenario.fixture}`;
}

export function createScenarioCard(scenario: Scenario): ScenarioCard {
  return createCard(scenario.testId, scenario.label, describe(scenario));
}

/** A card for any call: its button (`testId`), what it does (`meta`), a status line and an output area. */
export function createCard(testId: string, label: string, meta: string): ScenarioCard {
  const element = document.createElement('section');
  element.className = 'card';
  element.dataset['state'] = 'idle';

  const button = document.createElement('button');
  button.type = 'button';
  button.dataset['testid'] = testId;
  button.textContent = label;

  const metaLine = document.createElement('div');
  metaLine.className = 'meta';
  metaLine.textContent = meta;

  const status = document.createElement('div');
  status.className = 'status';
  status.dataset['testid'] = `${testId}-status`;
  status.setAttribute('role', 'status');
  status.textContent = 'Not run yet';

  const output = document.createElement('pre');
  output.className = 'output';
  output.dataset['testid'] = `${testId}-output`;

  element.append(button, metaLine, status, output);
  return {
    element,
    button,
    setState(state, text) {
      element.dataset['state'] = state;
      status.textContent = text;
    },
    setOutput(text) {
      output.textContent = text;
    },
  };
}

/** What a card's call reports when it ends: its output and the status line. */
export type CardOutcome = { readonly text: string; readonly summary: string };

/**
 * Makes the card's button run `call` (given a progress callback for streamed text): the button is
 * disabled while it runs, and the card shows the outcome or the error's message.
 */
export function runOnClick(card: ScenarioCard, call: (progress: (text: string) => void) => Promise<CardOutcome>): void {
  card.button.addEventListener('click', () => {
    card.button.disabled = true;
    card.setOutput('');
    card.setState('running', 'Running…');
    call((text) => {
      card.setOutput(text);
    })
      .then((outcome) => {
        card.setOutput(outcome.text);
        card.setState('ok', outcome.summary);
      })
      .catch((error: unknown) => {
        card.setOutput(error instanceof Error ? error.message : String(error));
        card.setState('error', 'Failed');
      })
      .finally(() => {
        card.button.disabled = false;
      });
  });
}
