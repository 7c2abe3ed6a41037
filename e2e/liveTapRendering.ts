/**
 * What a page renders from streams and errors, every way an app reads them: run in the page by
 * e2e/liveTap.spec.ts once without the Live tap and once with it, the two results must be equal.
 * Runs in the browser (passed to page.evaluate), so it uses nothing from this module's scope.
 */
export async function renderEveryWay(base: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const chat = (id: string, extra = '') => `${base}/v1/chat/completions?id=${id}&events=6&pace=15${extra}`;
  const post: RequestInit = {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' },
    body: JSON.stringify({ model: 'gpt-test', stream: true, messages: [{ role: 'user', content: 'hi' }] }),
  };
  const facts = (response: Response) => ({
    ok: response.ok,
    status: response.status,
    statusText: response.statusText,
    url: response.url,
    redirected: response.redirected,
    type: response.type,
    contentType: response.headers.get('content-type'),
    bodyUsed: response.bodyUsed,
    isResponse: response instanceof Response,
    ownKeys: Object.keys(response),
    prototype: Object.getPrototypeOf(response) === Response.prototype,
  });
  const failure = (error: unknown) =>
    error instanceof Error || error instanceof DOMException
      ? [error.constructor.name, error.name, error.message]
      : ['not an error', String(error)];

  const byReader = await fetch(chat('reader'), post);
  const before = facts(byReader);
  const reader = (byReader.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  out['reader'] = { before, text, after: facts(byReader) };

  const byText = await fetch(chat('text'), post);
  out['text'] = { text: await byText.text(), after: facts(byText), again: await byText.text().catch(failure) };
  const byJson = await fetch(chat('json', '&format=json'), post);
  out['json'] = await byJson.json();
  const byBuffer = await fetch(chat('buffer'), post);
  out['arrayBuffer'] = Array.from(new Uint8Array(await byBuffer.arrayBuffer())).join(',');
  const byBlob = await fetch(chat('blob'), post);
  const blob = await byBlob.blob();
  out['blob'] = [blob.type, blob.size, await blob.text()];

  const byob = await fetch(chat('byob'), post);
  const byobReader = (byob.body as ReadableStream<Uint8Array>).getReader({ mode: 'byob' });
  const byobDecoder = new TextDecoder();
  let byobText = '';
  for (;;) {
    const { done, value } = await byobReader.read(new Uint8Array(7));
    if (done) break;
    byobText += byobDecoder.decode(value, { stream: true });
  }
  out['byob'] = byobText;

  const redirected = await fetch(`${base}/redirect?id=redirect&events=3&pace=5`, post);
  out['redirect'] = { facts: facts(redirected), text: await redirected.text() };
  const cloned = await fetch(chat('clone'), post);
  const copy = cloned.clone();
  out['clone'] = [await cloned.text(), await copy.text()];
  const usedBody = await fetch(chat('used'), post);
  await usedBody.text();
  out['used'] = await usedBody.json().catch(failure);

  out['xhr'] = await new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', chat('xhr'));
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.onload = () => {
      resolve([xhr.status, xhr.responseText, xhr.getResponseHeader('content-type')]);
    };
    xhr.onerror = () => {
      resolve('error');
    };
    xhr.send(post.body as string);
  });
  out['eventSource'] = await new Promise((resolve) => {
    const seen: string[] = [];
    const source = new EventSource(`${base}/sse?id=eventsource&events=6&pace=15`);
    source.onmessage = (event) => seen.push(`message|${String(event.data)}|${event.lastEventId}`);
    source.addEventListener('delta', (event) => seen.push(`delta|${String(event.data)}|${event.lastEventId}`));
    source.addEventListener('done', () => {
      source.close();
      resolve([seen, source.readyState, source instanceof EventSource, EventSource.CLOSED]);
    });
  });

  const plain = await fetch(`${base}/plain.json`);
  out['plain'] = { facts: facts(plain), own: Object.getOwnPropertyNames(plain), text: await plain.text() };
  out['networkError'] = await fetch('http://127.0.0.1:9/').then(() => 'no error', failure);
  out['badUrl'] = await fetch('http://[').then(() => 'no error', failure);
  out['badThis'] = await Promise.resolve()
    .then(() => fetch.call({}, `${base}/plain.json`))
    .then(() => 'no error', failure);
  const early = new AbortController();
  const abortedEarly = fetch(chat('abort-early', '&events=50&pace=100'), { ...post, signal: early.signal });
  early.abort();
  out['abortEarly'] = await abortedEarly.then(() => 'no error', failure);
  const late = new AbortController();
  const lateResponse = await fetch(chat('abort-late', '&events=50&pace=100'), { ...post, signal: late.signal });
  const lateReader = (lateResponse.body as ReadableStream<Uint8Array>).getReader();
  await lateReader.read();
  late.abort();
  out['abortLate'] = await lateReader.read().then(() => 'no error', failure);
  out['fetchShape'] = [typeof fetch, fetch.name, fetch.length, XMLHttpRequest.prototype.open.length, EventSource.name, EventSource.length];
  return out;
}
