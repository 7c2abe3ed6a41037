import type { CDPSession } from '@playwright/test';

/**
 * A CDP session to one target (the DevTools window, the panel's iframe) opened through the
 * browser-level session. Playwright's CDPSession cannot address a child session by id, so this
 * attaches non-flattened (`flatten: false`) and tunnels each command through
 * `Target.sendMessageToTarget`, reading replies from `Target.receivedMessageFromTarget`.
 * browser/devtools.ts uses it (and e2e/detailTabs.ts, for a click with a user gesture):
 * non-flattened attach is deprecated in CDP and may change with a Chromium upgrade, so it stays in browser/.
 */
export class CdpTargetSession {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  private detachedReason: string | null = null;
  private readonly eventListeners = new Map<string, ((params: unknown) => void)[]>();

  private constructor(
    private readonly browserSession: CDPSession,
    private readonly sessionId: string,
    private readonly label: string,
  ) {}

  static async attach(browserSession: CDPSession, targetId: string, label: string): Promise<CdpTargetSession> {
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
    const session = new CdpTargetSession(browserSession, sessionId, label);
    browserSession.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId === sessionId) session.receive(event.message);
    });
    browserSession.on('Target.detachedFromTarget', (event) => {
      if (event.sessionId === sessionId) session.detached('the target detached (closed or navigated away)');
    });
    return session;
  }

  /** Sends one CDP command to the target; rejects after `timeoutMs` with the method named. */
  async send(method: string, params: Record<string, unknown> = {}, timeoutMs = 10_000): Promise<unknown> {
    if (this.detachedReason !== null) throw new Error(`${this.label}: cannot send ${method}: ${this.detachedReason}`);
    const id = this.nextId++;
    const reply = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.label}: no reply to ${method} after ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
    await this.browserSession.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return reply;
  }

  /** Listens to a CDP event of this target (e.g. `Network.requestWillBeSent` after `Network.enable`). */
  on(method: string, listener: (params: unknown) => void): void {
    this.eventListeners.set(method, [...(this.eventListeners.get(method) ?? []), listener]);
  }

  async detach(): Promise<void> {
    if (this.detachedReason !== null) return;
    this.detached('detached by the test');
    await this.browserSession.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => undefined);
  }

  private receive(raw: string): void {
    const message: unknown = JSON.parse(raw);
    if (typeof message !== 'object' || message === null) return;
    if ('method' in message && typeof message.method === 'string') {
      const params = 'params' in message ? message.params : undefined;
      for (const listener of this.eventListeners.get(message.method) ?? []) listener(params);
      return;
    }
    if (!('id' in message) || typeof message.id !== 'number') return;
    const waiter = this.pending.get(message.id);
    if (!waiter) return;
    this.pending.delete(message.id);
    if ('error' in message) waiter.reject(new Error(`${this.label}: ${JSON.stringify(message.error)}`));
    else waiter.resolve('result' in message ? message.result : undefined);
  }

  private detached(reason: string): void {
    this.detachedReason = reason;
    for (const waiter of this.pending.values()) waiter.reject(new Error(`${this.label}: ${reason}`));
    this.pending.clear();
  }
}
