/**
 * What the in-page harness (bench/panelHarness) is given to replay: one template per recorded body,
 * cycled to any number of exchanges. Shared by the Node side, which builds the templates, and the
 * page, which turns each into a devtools.network request. Plain data: it crosses CDP as JSON.
 */
export interface TrafficTemplate {
  readonly fixture: string;
  readonly url: string;
  readonly status: number;
  readonly mimeType: string;
  /** The request body; every `{{n}}` becomes the exchange's number, so no two requests are equal. */
  readonly requestBody: string;
  readonly body: string;
  /**
   * The response's id as written in the body (null when it has none). Each copy gets its own id,
   * which also makes each body its own string, as every response the browser hands over is.
   */
  readonly responseId: string | null;
  readonly durationMs: number;
}

/** Where the number of an exchange goes in a template's request body. */
export const EXCHANGE_NUMBER = '{{n}}';
