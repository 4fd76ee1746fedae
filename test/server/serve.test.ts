import assert from 'node:assert/strict';
import { request } from 'node:http';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { isLoopback, startServer } from '../../src/server/serve.ts';
import { Store } from '../../src/store/store.ts';

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), isTTY: false }, out, err };
};

describe('capgap serve', () => {
  it('refuses a bad --port, --host or --timeout with exit code 2, naming the option', async () => {
    for (const [argv, name] of [
      [['serve', '--port', '80a'], '--port'],
      [['serve', '--port', '70000'], '--port'],
      [['serve', '--host', 'a b'], '--host'],
      [['serve', '--timeout', '5'], '--timeout'],
    ] as const) {
      const c = capture();
      assert.equal(await main([...argv], c.io), 2);
      assert.match(c.err.join('\n'), new RegExp(`invalid ${name}`));
    }
  });
  it('listens on 127.0.0.1 by default and answers over a real socket; a foreign Host gets 421', async () => {
    const store = await Store.open(':memory:');
    const server = await startServer(store, { port: 0, web: false });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${server.url}/api/health`);
      assert.equal(health.status, 200);
      assert.equal(((await health.json()) as { ok: boolean }).ok, true);
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(`${server.url}/api/health`, { headers: { host: 'attacker.example' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      assert.equal(status, 421);
    } finally {
      await server.close();
      store.close();
    }
  });
  it('knows the loopback interfaces', () => {
    assert.deepEqual(['127.0.0.1', '::1', 'localhost', '0.0.0.0', '192.168.1.2'].map(isLoopback), [
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
