import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.ts';

// `capgap serve` when it cannot listen: the reason in words, the exit code of README's table, nothing left open.
describe('capgap serve when it cannot listen', () => {
  let busy: Server;
  let port = 0;
  before(async () => {
    busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    port = (busy.address() as { port: number }).port;
  });
  after(() => busy.close());

  it('a port in use exits 1 saying so and how to choose another', async () => {
    const r = await runCli(['serve', '--port', String(port), '--db', ':memory:']);
    assert.equal(r.code, 1, r.err);
    assert.equal(
      r.err.trim(),
      `capgap: port ${port} on 127.0.0.1 is already in use (another capgap serve?); stop it, or choose another with --port (--port 0 takes a free one)`,
    );
    assert.doesNotMatch(r.out, /serving on/);
  });

  it('a --host that is not an address of this machine exits 2 naming the option (10.255.255.1, not an address here)', async () => {
    const r = await runCli(['serve', '--host', '10.255.255.1', '--port', '0', '--db', ':memory:']);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /^capgap: invalid --host: "10\.255\.255\.1" is not an address of this machine/m);
  });
});
