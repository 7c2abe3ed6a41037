import type { Native, TapCore } from './tapTypes';

/**
 * The Live tap's EventSource wrapper: a constructor that builds the native object (same prototype)
 * and listens to it. Named events are seen when the page listens to them: its addEventListener is
 * wrapped on the instance to add the tap's listener for each new event type first. Serialised into
 * the page on its own (pageTap.ts): self-contained, it uses only what `core` (tapCore.ts) hands it.
 */
export function tapEventSource(core: TapCore): void {
  const { now, methodOf, call, listen, record, finish, disguise, replace } = core;
  const OriginalEventSource = window.EventSource as typeof EventSource | undefined;
  if (typeof OriginalEventSource !== 'function') return;
  const sseText = (type: string, event: MessageEvent): string => {
    let text = type === 'message' ? '' : `event: ${type}\n`;
    if (event.lastEventId !== '') text += `id: ${event.lastEventId}\n`;
    for (const line of String(event.data).split('\n')) text += `data: ${line}\n`;
    return `${text}\n`;
  };
  const watchEventSource = (source: EventSource): void => {
    const entry = core.track('eventsource', 'GET', source.url, [], null, now());
    if (entry === null) return;
    const seen = new Set<string>();
    const onMessage = (event: Event): void => {
      try {
        if (event instanceof MessageEvent) {
          const text = sseText(event.type, event);
          record(entry, text, text.length, now());
        }
      } catch {
        // not recorded
      }
    };
    const watchType = (type: string): void => {
      if (seen.has(type) || type === 'open' || type === 'error') return;
      seen.add(type);
      call(listen, source, [type, onMessage]);
    };
    watchType('message');
    call(listen, source, [
      'open',
      () => {
        entry.response ??= { status: 200, statusText: '', headers: [['content-type', 'text/event-stream']], at: now() };
      },
    ]);
    call(listen, source, [
      'error',
      () => {
        if (source.readyState === 2) finish(entry, 'error', 'the EventSource closed after an error');
      },
    ]);
    const pageListen = methodOf(source, 'addEventListener');
    const pageClose = methodOf(source, 'close');
    const addEventListener = function (this: unknown, ...args: unknown[]): void {
      try {
        if (this === source) watchType(String(args[0]));
      } catch {
        // not recorded
      }
      // What the instance would have called (a framework may have patched EventTarget since install).
      call(methodOf(Object.getPrototypeOf(source) as object, 'addEventListener'), this, args);
    };
    const close = function (this: unknown): void {
      if (this === source) finish(entry, 'complete', 'closed by the page');
      call(pageClose, this, []);
    };
    replace(source, 'addEventListener', disguise(addEventListener, pageListen));
    replace(source, 'close', disguise(close, pageClose));
  };
  const TappedEventSource = function (this: unknown, ...args: ConstructorParameters<typeof EventSource>): EventSource {
    const constructing: unknown = new.target;
    // Called without `new`: the native constructor throws its own TypeError.
    if (constructing === undefined) return call(OriginalEventSource as unknown as Native, this, args) as EventSource;
    const source = Reflect.construct(OriginalEventSource, args, new.target) as EventSource;
    try {
      watchEventSource(source);
    } catch {
      // not recorded
    }
    return source;
  };
  TappedEventSource.prototype = OriginalEventSource.prototype;
  for (const name of ['CONNECTING', 'OPEN', 'CLOSED'])
    Object.defineProperty(TappedEventSource, name, { value: Reflect.get(OriginalEventSource, name), enumerable: true });
  Object.setPrototypeOf(TappedEventSource, Object.getPrototypeOf(OriginalEventSource) as object);
  replace(window, 'EventSource', disguise(TappedEventSource, OriginalEventSource));
}
