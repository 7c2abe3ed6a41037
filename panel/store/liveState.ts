import { action, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import type { CapturedExchange } from '../../decode/index';
import type { LiveSource, LiveStatus } from '../source';
import { rememberedLive, rememberLive } from '../settings/liveSwitch';
import type { SettingsStorage } from '../settings/panelSettings';

type Options = {
  readonly storage: SettingsStorage | null;
  /** What the tap reported, into the log (liveIngest.ts). */
  readonly receive: (exchange: CapturedExchange) => void;
};

/**
 * The Live switch (issue 14): off by default, remembered per inspected origin. Without a LiveSource
 * (HAR import, the shell, tests) there is no switch to show.
 */
export function createLiveState({ storage, receive }: Options) {
  const available = signal(false);
  const enabled = signal(false);
  const status = signal<LiveStatus | null>(null);
  const origin = signal<string | null>(null);
  let source: LiveSource | null = null;
  /** A choice the user made before the page's origin was known: it is that origin's, not overridden by storage. */
  let chosenBeforeOrigin: boolean | null = null;

  const apply = (on: boolean): void => {
    enabled.value = on;
    source?.setEnabled(on);
  };

  /** Follows the source; the returned disposer turns polling off. */
  const connect = action((live: LiveSource): (() => void) => {
    source = live;
    available.value = true;
    const stops = [
      live.onExchange(receive),
      live.onStatus(
        action((next: LiveStatus) => {
          status.value = next;
        }),
      ),
      live.onOrigin(
        action((next: string) => {
          if (origin.value === next) return;
          origin.value = next;
          if (chosenBeforeOrigin !== null) {
            rememberLive(storage, next, chosenBeforeOrigin);
            chosenBeforeOrigin = null;
            return;
          }
          apply(rememberedLive(storage, next));
        }),
      ),
    ];
    return action(() => {
      for (const stop of stops) stop();
      live.setEnabled(false);
      source = null;
      available.value = false;
    });
  });

  const setEnabled = action((on: boolean): void => {
    if (origin.value !== null) rememberLive(storage, origin.value, on);
    else chosenBeforeOrigin = on;
    apply(on);
  });

  const reloadAndCapture = action((): void => {
    if (!enabled.value) setEnabled(true);
    source?.reloadAndCapture();
  });

  return {
    /** A LiveSource is connected (the extension): the switch is shown. */
    available: asReadonly(available),
    enabled: asReadonly(enabled),
    status: asReadonly(status),
    origin: asReadonly(origin),
    actions: { connect, setEnabled, reloadAndCapture },
  };
}

function asReadonly<T>(value: ReadonlySignal<T>): ReadonlySignal<T> {
  return value;
}
