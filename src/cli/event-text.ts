/**
 * The text of `capgap event`: the series and model, each event's abnormal returns, the window returns, the
 * tests and the conventions.
 */
import type { MarketEvent } from '../events/event-sets.ts';
import type { EventStudyResult } from '../events/event-study.ts';
import { flagLines, type QualityFlag } from '../events/quality/index.ts';
import type { Series } from '../events/series.ts';
import type { WindowReturnRow } from './event-returns.ts';

const pct = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}%` : 'n/a');
const num = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const pval = (p: number) => (!Number.isFinite(p) ? 'n/a' : p < 0.0001 ? p.toExponential(1) : p.toFixed(4));

/** What formatEvent prints. */
export interface EventText extends EventStudyResult {
  returns: WindowReturnRow[];
  flags: QualityFlag[];
  many: Series[];
  bench: Series | null;
  estimation: [number, number];
  window: [number, number];
  marketEvents: MarketEvent[];
}

/** The text report of `capgap event`. */
export function formatEvent(r: EventText): string {
  const { many, bench, estimation, window, returns } = r;
  const out: string[] = [];
  for (const x of many) out.push(`Event study: ${x.name} (${x.basis}; ${x.source})`);
  if (bench)
    out.push(
      `  benchmark: ${bench.name} (${bench.source}); model: ${r.model}; estimation [${estimation}] sessions rel. t0`,
    );
  else out.push(`  model: ${r.model}; estimation [${estimation}] sessions rel. t0`);
  out.push('');
  if (r.flags.length) {
    out.push(`Data quality (${r.flags.length} flag${r.flags.length > 1 ? 's' : ''}; docs/quality.md)`);
    out.push(...flagLines(r.flags, '  !'));
  } else
    out.push(
      'Data quality: no missing session, moved t0, split-like move, early end or off-session bar in the windows.',
    );
  for (const e of r.events) {
    out.push('');
    out.push(
      `${many.length > 1 ? `${e.subject}, ` : ''}${e.label}: news ${r.marketEvents.find((x) => x.date === e.eventDate)?.timing}, t0 = ${e.t0Date}, base close ${e.baseDate}; α ${num(e.fit.alpha * 100, 3)}%, β ${num(e.fit.beta)}, σ ${num(e.fit.sigma * 100, 3)}% (${e.fit.m} obs)`,
    );
    out.push(
      `  ${'day'.padEnd(12)}${'AR'.padStart(9)}${'CAR'.padStart(9)}${e.bhar ? 'BHAR'.padStart(9) : ''}`,
    );
    e.dates.forEach((d, i) => {
      out.push(
        `  ${`t0+${window[0] + i} ${d}`.padEnd(12)}${pct(e.ar[i]).padStart(9)}${pct(e.car[i]).padStart(9)}${e.bhar ? pct(e.bhar[i]).padStart(9) : ''}`,
      );
    });
  }
  const L = r.aar.length;
  if (returns.length) {
    out.push('');
    out.push(
      `Returns (compounded close to close; ${many[0].basis}${bench ? `; benchmark ${bench.name}` : ''})`,
    );
    for (const w of returns) {
      out.push(
        `  ${w.label.padEnd(34)} ${`${w.fromDate} → ${w.toDate}`.padEnd(25)} ${pct(w.series).padStart(9)}${bench ? `   benchmark ${pct(w.benchmark ?? Number.NaN)}` : ''}`,
      );
    }
  }
  out.push('');
  out.push(
    `Tests over the window [${window}] (${r.events.length} series × event pair${r.events.length > 1 ? 's' : ''}; CAAR ${pct(r.caar[L - 1])}):`,
  );
  for (const t of r.tests) {
    out.push(
      `  ${t.label.padEnd(56)} ${num(t.cumulative[L - 1]).padStart(8)}  p = ${pval(t.pCumulative[L - 1])}  (${t.source})`,
    );
  }
  out.push('');
  out.push('Conventions');
  for (const c of r.conventions) out.push(`  - ${c}`);
  return out.join('\n');
}
