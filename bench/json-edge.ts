/**
 * The cost of the one JSON edge (src/json.ts: 12 significant digits) against plain JSON.stringify on one
 * uncached /api/returns-since answer (2016 election, days -5..20, embedded data): CPU time, three rounds, with
 * the load average. Run: npx tsx bench/json-edge.ts
 */

import { loadavg } from 'node:os';
import { cpuUsage } from 'node:process';
import { jsonText } from '../src/json.ts';
import { createApp } from '../src/server/app.ts';
import { schemeById } from '../src/server/data/schemes.ts';
import { sinceFindings } from '../src/server/data/sentences.ts';
import { computeSince } from '../src/server/routes/returns.ts';
import { embeddedStore } from '../test/server/embedded-store.ts';

const store = await embeddedStore();
const app = createApp({ store, web: false, timeoutMs: 120000 });
const r = await computeSince(app.state, {
  event: '2016-11-08',
  timing: 'after-close',
  scheme: schemeById('deciles'),
  weighting: 'value',
  from: -5,
  to: 20,
});
const body = { ...r, findings: sinceFindings(r) };
const N = 20000;
const cpu = (f: () => void) => {
  const t = cpuUsage();
  f();
  const d = cpuUsage(t);
  return (d.user + d.system) / 1000;
};
for (let rep = 0; rep < 3; rep++) {
  const a = cpu(() => {
    for (let i = 0; i < N; i++) JSON.stringify(body);
  });
  const b = cpu(() => {
    for (let i = 0; i < N; i++) jsonText(body);
  });
  console.log(
    `rep ${rep}: ${N} returns-since bodies (-5..20): JSON.stringify ${a.toFixed(0)} ms CPU, jsonText ${b.toFixed(0)} ms CPU (${((b / N) * 1000).toFixed(1)} us each); load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
}
await app.state.serial.idle();
store.close();
process.exit(0);
