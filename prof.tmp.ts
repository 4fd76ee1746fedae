import { createApp } from './src/server/app.ts';
import { openDefaultStore } from './src/store/embedded.ts';
import { sizeLegs } from './src/server/context.ts';
const store = await openDefaultStore(':memory:', { readers: 2 });
const app = createApp({ store, web: false, cacheEntries: 500 });
await sizeLegs(app.state);
const urls: string[] = [];
for (let f = -10; f <= 0; f++) for (let t = 1; t <= 30; t++) for (const s of ['deciles', 'indexes']) urls.push(`/api/returns-since?event=2016-11-08&scheme=${s}&from=${f}&to=${t}`);
for (let k = 0; k < 8; k++) {
  app.state.cache.clear();
  const t0 = performance.now(); const c0 = process.cpuUsage();
  for (const u of urls) { const r = await app.request(u); await r.text(); }
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0); console.log(`${urls.length} requests, ${(ms * 1000 / urls.length).toFixed(0)} µs each, cpu ${((c.user + c.system) / urls.length).toFixed(0)} µs`);
}
store.close();
