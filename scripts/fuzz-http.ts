/**
 * The HTTP API under fuzzing, in-process (`app.request`, no port): every GET route of the OpenAPI document
 * with one parameter made hostile (very long, unicode, NUL, repeated, array syntax, out-of-range numbers,
 * impossible dates, unknown names), and `POST /api/import` with hostile files (scripts/fuzz-hostile-files.ts)
 * and hostile `kind`/`name`. Outcomes (scripts/fuzz-import-cli.ts's):
 * - `accepted`: 2xx; `rejected`: 4xx with a JSON `{ error: { status, message, parameter? } }` naming the
 *   parameter that was made hostile (the body for uploads, whose message names the upload's file name), and
 *   for uploads the store's checksum unchanged;
 * - `crash`: a 5xx, a non-JSON error or one that names another parameter; `changed`: a failed upload that
 *   changed the store; `hang`: no answer within the time allowed.
 */
import type { createApp } from '../src/server/app.ts';
import type { Store } from '../src/store/store.ts';
import { storeChecksum } from '../test/helpers/store-checksum.ts';
import type { Hostile } from './fuzz-hostile-files.ts';
import { messageFault, type WayResult } from './fuzz-import-cli.ts';

type App = ReturnType<typeof createApp>;

/** Values a fuzzer sends for a query parameter. */
export const HOSTILE_VALUES = [
  '',
  ' ',
  'x'.repeat(3000),
  'x'.repeat(600),
  '𝟚𝟘𝟙𝟞-𝟙𝟙-𝟘𝟠',
  '２０１６-１１-０８',
  '\u202e2016-11-08',
  '2016-11-08\u0000',
  '2016-02-30',
  '2016-13-01',
  '2016-11-8',
  '0000-01-01',
  '9999-12-31',
  '-1',
  '-999999',
  '1e400',
  'NaN',
  'Infinity',
  '99999999999999999999',
  '-0',
  '1.5',
  '0x10',
  ' 5',
  "'; DROP TABLE bars;--",
  '../../etc/passwd',
  '[]',
  '{"a":1}',
  ',',
  ',,,,',
  Array.from({ length: 40 }, (_, i) => `2016-11-${String((i % 28) + 1).padStart(2, '0')}`).join(','),
  'é',
  '%',
  '2016-11-08\u202e',
  '\u001b[2J',
  '\u2066x\u2069',
  '1\n2',
  '1,234.5',
  '(12.3)',
  '12%',
  '20161108',
  '11/08/2016',
  '__proto__',
  'constructor',
];

/** One hostile request: the path with its query, and the parameter made hostile. */
export interface HostileRequest {
  url: string;
  parameter: string;
}

/** The GET routes and their parameters, from the app's own OpenAPI document. */
export async function getRoutes(app: App): Promise<{ path: string; params: string[] }[]> {
  const spec = (await (await app.request('/openapi.json')).json()) as {
    paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
  };
  return Object.entries(spec.paths)
    .filter(([, ops]) => ops.get)
    .map(([path, ops]) => ({
      path,
      params: (ops.get.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    }));
}

/** Every hostile request for a route: each parameter given each hostile value, repeated, as an array, and an unknown one. */
export function hostileRequests(route: { path: string; params: string[] }, base = ''): HostileRequest[] {
  const q = (extra: [string, string][]) => {
    const u = new URLSearchParams(base);
    for (const [k] of extra) u.delete(k);
    for (const [k, v] of extra) u.append(k, v);
    return `${route.path}?${u}`;
  };
  const out: HostileRequest[] = [{ url: q([['zzUnknown', '1']]), parameter: 'zzUnknown' }];
  for (const p of route.params) {
    for (const v of HOSTILE_VALUES) out.push({ url: q([[p, v]]), parameter: p });
    out.push({
      url: q([
        [p, '1'],
        [p, '2'],
      ]),
      parameter: p,
    });
    out.push({ url: `${q([])}&${encodeURIComponent(`${p}[]`)}=1`, parameter: `${p}[]` });
  }
  return out;
}

/** Races `p` against a timer; null when the timer wins. */
async function within<T>(p: Promise<T>, ms: number): Promise<T | null> {
  let t: NodeJS.Timeout | undefined;
  const timer = new Promise<null>((r) => {
    t = setTimeout(() => r(null), ms);
  });
  try {
    return await Promise.race([p, timer]);
  } finally {
    clearTimeout(t);
  }
}

/** Classifies one answer: `mustName` is the parameter the error has to name (or null for any 4xx). */
async function classify(res: Response, mustName: string | null, what: string): Promise<WayResult> {
  const text = await res.text();
  if (res.status >= 500)
    return { outcome: 'crash', message: `${res.status} for ${what}: ${text.slice(0, 300)}` };
  if (res.status < 400) return { outcome: 'accepted', message: '' };
  let err: { status?: number; message?: string; parameter?: string } | undefined;
  try {
    err = (JSON.parse(text) as { error?: typeof err }).error;
  } catch {
    return { outcome: 'crash', message: `${res.status} not JSON for ${what}: ${text.slice(0, 200)}` };
  }
  if (!err?.message) return { outcome: 'crash', message: `${res.status} without error.message for ${what}` };
  const fault = messageFault(err.message) ?? (err.parameter ? messageFault(err.parameter) : null);
  if (fault) return { outcome: 'crash', message: `${res.status} for ${what}: ${fault}` };
  const named = err.parameter === mustName || (mustName && err.message.includes(mustName));
  if (mustName && !named && res.status === 400)
    return {
      outcome: 'crash',
      message: `400 for ${what} names ${err.parameter ?? 'nothing'}: ${err.message}`,
    };
  return { outcome: 'rejected', message: `${res.status} ${err.message}` };
}

/**
 * Sends one hostile GET and classifies the answer.
 * @example await getCase(app, { url: '/api/sectors?from=1e400', parameter: 'from' }) // { outcome: 'rejected', … }
 */
export async function getCase(app: App, r: HostileRequest, timeoutMs = 20_000): Promise<WayResult> {
  const res = await within(Promise.resolve(app.request(r.url)), timeoutMs);
  if (!res) return { outcome: 'hang', message: `no answer in ${timeoutMs} ms: ${r.url.slice(0, 200)}` };
  // a query string past the limit is refused whole (414) before any parameter is read
  return classify(res, res.status === 414 ? null : r.parameter, r.url.slice(0, 200));
}

/**
 * Uploads one hostile file to `POST /api/import` (as `kind`) and classifies the answer; a failed upload must
 * leave the store's checksum as it was.
 */
export async function uploadCase(
  app: App,
  store: Store,
  h: Hostile,
  o: { kind: string; token: string; name?: string; timeoutMs?: number },
): Promise<WayResult> {
  if (h.bytes === 'directory') return { outcome: 'accepted', message: 'not sendable' };
  const before = await storeChecksum(store);
  const name = o.name ?? h.name;
  const url = `/api/import?${new URLSearchParams({ kind: o.kind, name })}`;
  const res = await within(
    Promise.resolve(
      app.request(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${o.token}` },
        body: Buffer.from(h.bytes),
      }),
    ),
    o.timeoutMs ?? 60_000,
  );
  if (!res) return { outcome: 'hang', message: `no answer for ${h.how}` };
  const r = await classify(res, res.status === 400 ? 'body' : null, `${h.how} as ${o.kind}`);
  if (
    r.outcome === 'rejected' &&
    res.status === 400 &&
    !r.message.includes(name) &&
    !/^400 invalid parameter/.test(r.message)
  )
    return { outcome: 'crash', message: `upload error does not name ${name}: ${r.message}` };
  if (r.outcome !== 'accepted') {
    await app.state.serial.idle();
    const after = await storeChecksum(store);
    if (after !== before) return { outcome: 'changed', message: `${h.how}: store changed` };
  }
  return r;
}
