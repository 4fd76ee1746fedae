import { readArticle } from './src/findings/article/read.ts';
const text = process.argv[2];
for (const s of readArticle(text, { event: process.argv[3], to: process.argv[4] }))
  console.log(s.status, s.reason ?? '', JSON.stringify(s.claims.map(c => c.readings.map(r => ({m: r.metric, s: r.subjects, w: r.window, c: r.comparator, st: r.stated, u: r.unit, rec: r.record?.kind, neg: r.negated, intra: r.intraday})))));
