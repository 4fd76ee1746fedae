/**
 * Hostile bodies for the two POST routes under fuzzing (in-process, `app.request`): `POST /api/check` and
 * `POST /api/import`. JSON bodies that are not objects or hold the wrong types, Content-Type headers that lie
 * about the body, bodies one byte over the route's limit (declared, or chunked without a length), and a slow
 * body that stops arriving. Outcomes as scripts/fuzz-http.ts's: 2xx, or 4xx with a JSON error (the message
 * obeying the quoting rule); a slow body must end in 408 (or the deadline's 504) within the time allowed;
 * a failed import leaves the store's checksum as it was.
 */
import type { createApp } from '../src/server/app.ts';
import { MAX_ARTICLE_BYTES } from '../src/server/routes/check.ts';
import { MAX_IMPORT_BYTES } from '../src/server/routes/import.ts';
import type { Store } from '../src/store/store.ts';
import { storeChecksum } from '../test/helpers/store-checksum.ts';
import { messageFault, type WayResult } from './fuzz-import-cli.ts';

type App = ReturnType<typeof createApp>;

/** One POST case: the route and query, the Content-Type sent, and the body (text, or a generated one). */
export interface PostCase {
  target: 'http post';
  url: string;
  contentType?: string;
  text?: string;
  body?: 'over the limit, declared' | 'over the limit, chunked' | 'slow';
  how: string;
}

const CHECK = '/api/check?event=2016-11-08&to=2016-11-15';
const IMPORT = '/api/import?kind=yahoo&name=%5ERUT.csv';
const SENTENCE = 'The Russell 2000 rose 5% since the election.';

/** Bodies of /api/check sent as application/json: not an object, wrong types, unknown and hostile fields. */
const JSON_BODIES = [
  '[]',
  '"text"',
  '1',
  'null',
  'true',
  '{',
  '{"text": 5}',
  '{"text": ["a"]}',
  '{"text": null}',
  `{"text": ${JSON.stringify(SENTENCE)}, "event": [1]}`,
  `{"text": ${JSON.stringify(SENTENCE)}, "event": {"a": 1}}`,
  `{"text": ${JSON.stringify(SENTENCE)}, "event": "2016-02-30"}`,
  `{"text": ${JSON.stringify(SENTENCE)}, "extra": 1}`,
  `{"__proto__": {"text": "x"}}`,
  `{"constructor": {"prototype": {"text": "x"}}}`,
  '{"text": "a", "text": "\\u202e"}',
  `{"\\u202e": 1}`,
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
];

/** Every POST case. */
export function postCases(): PostCase[] {
  const out: PostCase[] = JSON_BODIES.map((text) => ({
    target: 'http post',
    url: CHECK,
    contentType: 'application/json',
    text,
    how: `POST /api/check JSON ${text.slice(0, 40)}`,
  }));
  const lies: [string, string][] = [
    ['application/json', SENTENCE],
    ['text/csv', SENTENCE],
    ['application/json; charset=utf-16', `{"text": ${JSON.stringify(SENTENCE)}}`],
    ['multipart/form-data; boundary=x', `--x\r\n\r\n${SENTENCE}\r\n--x--`],
    ['application/x-www-form-urlencoded', `text=${encodeURIComponent(SENTENCE)}`],
    ['t\u00e8xt/plain', SENTENCE],
  ];
  for (const [contentType, text] of lies)
    out.push({
      target: 'http post',
      url: CHECK,
      contentType,
      text,
      how: `POST /api/check as ${contentType}`,
    });
  out.push({
    target: 'http post',
    url: IMPORT,
    contentType: 'application/json',
    text: '{"Date": "2016-11-08", "Close": 1}',
    how: 'POST /api/import of JSON',
  });
  for (const url of [CHECK, IMPORT])
    for (const body of ['over the limit, declared', 'over the limit, chunked', 'slow'] as const)
      out.push({ target: 'http post', url, body, how: `POST ${url.split('?')[0]}: a body ${body}` });
  return out;
}

/** A stream of `n` bytes in 1 MiB chunks (made as it is read), or one that sends a byte a second forever. */
function generated(c: PostCase): { stream: ReadableStream<Uint8Array>; length?: number } {
  if (c.body === 'slow') {
    let timer: NodeJS.Timeout | undefined;
    return {
      stream: new ReadableStream({
        pull: (ctl) =>
          new Promise<void>((r) => {
            timer = setTimeout(() => {
              ctl.enqueue(Uint8Array.of(0x31));
              r();
            }, 1000);
          }),
        cancel: () => clearTimeout(timer),
      }),
    };
  }
  const n = (c.url.startsWith('/api/check') ? MAX_ARTICLE_BYTES : MAX_IMPORT_BYTES) + 1;
  const chunk = new Uint8Array(1 << 20).fill(0x31);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(ctl) {
      if (sent >= n) return ctl.close();
      const k = Math.min(chunk.length, n - sent);
      ctl.enqueue(chunk.subarray(0, k));
      sent += k;
    },
  });
  return { stream, length: c.body === 'over the limit, declared' ? n : undefined };
}

/**
 * Sends one POST case (the import token as a bearer) and classifies the answer.
 * @example await postCase(app, store, postCases()[0], 'fuzz-token') // { outcome: 'rejected', … }
 */
export async function postCase(app: App, store: Store, c: PostCase, token: string): Promise<WayResult> {
  const before = c.url.startsWith('/api/import') ? await storeChecksum(store) : null;
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (c.contentType) headers['content-type'] = c.contentType;
  const g = c.body ? generated(c) : null;
  if (g?.length) headers['content-length'] = String(g.length);
  const init = { method: 'POST', headers, body: g ? g.stream : c.text, duplex: 'half' } as RequestInit;
  let timer: NodeJS.Timeout | undefined;
  const res = await Promise.race([
    Promise.resolve(app.request(c.url, init)),
    new Promise<null>((r) => {
      timer = setTimeout(() => r(null), 20_000);
    }),
  ]);
  clearTimeout(timer);
  if (!res) {
    await g?.stream.cancel().catch(() => undefined);
    return { outcome: 'hang', message: `no answer in 20 s: ${c.how}` };
  }
  const text = await res.text();
  const slowEnd = c.body === 'slow' && (res.status === 408 || res.status === 504);
  if (res.status >= 500 && !slowEnd)
    return { outcome: 'crash', message: `${res.status}: ${c.how}: ${text.slice(0, 300)}` };
  if (c.body === 'slow' && !slowEnd)
    return { outcome: 'crash', message: `${res.status} for a slow body: ${c.how}` };
  if (res.status < 400) return { outcome: 'accepted', message: '' };
  let message: string | undefined;
  try {
    message = (JSON.parse(text) as { error?: { message?: string } }).error?.message;
  } catch {
    return { outcome: 'crash', message: `${res.status} not JSON: ${c.how}: ${text.slice(0, 200)}` };
  }
  if (!message) return { outcome: 'crash', message: `${res.status} without error.message: ${c.how}` };
  const fault = messageFault(message);
  if (fault) return { outcome: 'crash', message: `${c.how}: ${fault}` };
  if (before !== null) {
    await app.state.serial.idle();
    if ((await storeChecksum(store)) !== before)
      return { outcome: 'changed', message: `${c.how}: store changed` };
  }
  return { outcome: 'rejected', message: `${res.status} ${message}` };
}
