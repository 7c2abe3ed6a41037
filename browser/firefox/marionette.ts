import * as t from 'io-ts';
import { connect, type Socket } from 'node:net';

/**
 * A minimal client of Firefox's Marionette protocol (what geckodriver speaks; Debian 12 ships no
 * geckodriver and Playwright cannot drive Debian's Firefox). Packets are `<byte length>:<JSON>`;
 * a command is `[0, id, name, params]` and its reply `[1, id, error, result]`. On connect the
 * server first sends a hello object (`{applicationType, marionetteProtocol}`), which is skipped.
 */
export class MarionetteError extends Error {
  constructor(
    readonly command: string,
    readonly code: string,
    message: string,
    readonly stacktrace: string,
  ) {
    super(`${command}: ${code}: ${message}`);
  }
}

interface Pending {
  readonly name: string;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** `[1, id, error, result]`; error is null or `{error, message, stacktrace}`. */
const Reply = t.tuple([t.literal(1), t.number, t.unknown, t.unknown]);
const ReplyError = t.intersection([t.type({ error: t.string, message: t.string }), t.partial({ stacktrace: t.string })]);
const ValueOnly = t.type({ value: t.unknown });

export class MarionetteClient {
  private buffer: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closedReason: string | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => {
      this.receive(chunk);
    });
    socket.on('close', () => {
      this.failAll('the Marionette connection closed');
    });
    socket.on('error', (error) => {
      this.failAll(`the Marionette connection failed: ${error.message}`);
    });
  }

  /** Connects and waits for the server's hello. */
  static connect(port: number, timeoutMs = 10_000, host = '127.0.0.1'): Promise<MarionetteClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`no Marionette hello from ${host}:${port} within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      const onError = (error: Error) => {
        clearTimeout(timer);
        reject(new Error(`cannot connect to Marionette at ${host}:${port}: ${error.message}`));
      };
      socket.once('error', onError);
      let hello: Buffer = Buffer.alloc(0);
      const onHello = (chunk: Buffer) => {
        hello = Buffer.concat([hello, chunk]);
        const packet = MarionetteClient.takePacket(hello);
        if (packet === null) return;
        clearTimeout(timer);
        socket.off('data', onHello);
        socket.off('error', onError);
        const client = new MarionetteClient(socket);
        client.buffer = packet.rest;
        resolve(client);
      };
      socket.on('data', onHello);
    });
  }

  /** Sends one command and resolves with its result (`value` unwrapped when that is all there is). */
  command(name: string, params: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<unknown> {
    if (this.closedReason !== null) return Promise.reject(new Error(`${name}: ${this.closedReason}`));
    const id = this.nextId++;
    const json = JSON.stringify([0, id, name, params]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${name}: no reply within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.pending.set(id, { name, resolve, reject, timer });
      this.socket.write(`${Buffer.byteLength(json)}:${json}`);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const packet = MarionetteClient.takePacket(this.buffer);
      if (packet === null) return;
      this.buffer = packet.rest;
      this.settle(packet.message);
    }
  }

  private settle(message: unknown): void {
    // Type guards only (no fp-ts): Playwright's ESM loader cannot resolve fp-ts's directory imports.
    if (!Reply.is(message)) return;
    const [, id, error, result] = message;
    const pending = this.pending.get(id);
    if (pending === undefined) return;
    this.pending.delete(id);
    clearTimeout(pending.timer);
    if (error !== null) {
      pending.reject(
        ReplyError.is(error)
          ? new MarionetteError(pending.name, error.error, error.message, error.stacktrace ?? '')
          : new MarionetteError(pending.name, 'unknown error', JSON.stringify(error), ''),
      );
      return;
    }
    // Most commands wrap their result as {value}; unwrap it so callers get the value itself.
    pending.resolve(ValueOnly.is(result) && Object.keys(result).length === 1 ? result.value : result);
  }

  private failAll(reason: string): void {
    this.closedReason ??= reason;
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error(`${pending.name}: ${reason}`));
      this.pending.delete(id);
    }
  }

  /** One `<length>:<json>` packet off the front of `buffer`, or null when it is not complete yet. */
  private static takePacket(buffer: Buffer): { message: unknown; rest: Buffer } | null {
    const colon = buffer.indexOf(0x3a);
    if (colon === -1) return null;
    const length = Number(buffer.subarray(0, colon).toString('ascii'));
    if (!Number.isInteger(length) || length < 0)
      throw new Error(`bad Marionette packet header: ${buffer.subarray(0, colon).toString('ascii')}`);
    if (buffer.length < colon + 1 + length) return null;
    const json = buffer.subarray(colon + 1, colon + 1 + length).toString('utf8');
    return { message: JSON.parse(json) as unknown, rest: buffer.subarray(colon + 1 + length) };
  }
}
