import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { createApp } from '../../src/server/app.ts';
import { Store } from '../../src/store/store.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => {
  store = await Store.open(':memory:');
  app = createApp({ store });
});
// Let any query still queued finish before closing DuckDB under it.
after(async () => {
  await app.state.serial.idle();
  store.close();
});

describe('the page and its bundle', () => {
  it('names the event and window of a shared URL in <title> and og: tags; echoes nothing else', async () => {
    const html = await (await app.request('/?event=2016-06-23&from=0&to=2')).text();
    assert.match(
      html,
      /<title>Brexit referendum \(23 Jun 2016\): small vs large caps, days 0 to 2 · capgap<\/title>/,
    );
    assert.match(
      html,
      /<meta property="og:description" content="How the smallest US stocks did against the largest around Brexit/,
    );
    const odd = await (await app.request('/?event=%3Cscript%3E&to=%22x')).text();
    assert.match(odd, /<title>capgap: small caps vs large caps around an event<\/title>/);
    assert.doesNotMatch(odd, /<script>/);
  });
  it('serves index.html whose scripts, styles and links are all same-origin (no CDN)', async () => {
    const res = await app.request('/');
    assert.equal(res.status, 200);
    const html = await res.text();
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(refs.includes('/assets/app.js') && refs.includes('/assets/app.css'));
    // same origin: a path, a data: URL or a fragment of this page (#sources-h)
    for (const r of refs) assert.match(r, /^(\/|data:|#)/, `off-site reference ${r}`);
  });
  it('bundles the page (its own SVG charts, no chart library) into one app.js; gzip when accepted, the same bytes unzipped', async () => {
    const plain = await (await app.request('/assets/app.js')).text();
    assert.ok(plain.length > 10_000 && plain.length < 100_000, `bundle of ${plain.length} characters`);
    assert.match(plain, /aria-labelledby/, 'charts carry their accessible name');
    assert.doesNotMatch(plain, /\bimport\s*\(|from\s*["']https?:/, 'no dynamic or remote imports');
    const gz = await app.request('/assets/app.js', { headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    const unzipped = gunzipSync(new Uint8Array(await gz.arrayBuffer())).toString('utf8');
    assert.equal(unzipped, plain);
    const again = await app.request('/assets/app.js', {
      headers: { 'if-none-match': gz.headers.get('etag') ?? '' },
    });
    assert.equal(again.status, 304);
  });
});
