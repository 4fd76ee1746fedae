/**
 * Measures how long the server keeps a connection whose headers never finish (documented: 10 s, checked
 * every second): `node --import tsx scripts/measure-header-timeout.ts`. Prints the time and the answer.
 */
import { connect } from 'node:net';
import { loadavg } from 'node:os';
import { startServer } from '../src/server/serve.ts';
import { Store } from '../src/store/store.ts';

const store = await Store.open(':memory:');
const srv = await startServer(store, { port: 0, web: false });
const t = performance.now();
const sock = connect(srv.port, '127.0.0.1');
sock.write('GET /api/datasets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a');
let got = '';
sock.on('data', (d) => {
  got += d;
});
sock.on('close', async () => {
  console.log(
    `slow-header connection closed after ${((performance.now() - t) / 1000).toFixed(1)} s; answer: ${got.split('\r\n')[0] || '(none)'}; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  await srv.close();
  store.close();
});
