/**
 * How `capgap buckets` prints an answer: CSV rows, or a table with the spread, formation, contributions and
 * data quality.
 */
import type { BucketSeries } from '../queries/buckets-answer.ts';

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(2)}%`);

/** The series as CSV: a date column, then one column per label (empty where missing). */
export function bucketsCsv(s: BucketSeries): string {
  const lines = [['date', ...s.labels].join(',')];
  for (let i = 0; i < s.dates.length; i++)
    lines.push([s.dates[i], ...s.returns[i].map((x) => (x === null ? '' : String(x)))].join(','));
  return lines.join('\n');
}

/** The answer as a table: each label compounded over the range, then what the options added. */
export function bucketsText(s: BucketSeries): string {
  const out = [
    `${s.scheme}, ${s.weighting}-weighted, ${s.frequency}, ${s.dates[0]} .. ${s.dates.at(-1)} (${s.dates.length} periods)`,
    `source: ${s.source} (${s.dataset}${s.vintage ? `, vintage ${s.vintage}` : ''})`,
    ...s.conventions.map((c) => `  - ${c}`),
    '',
    `${'bucket'.padEnd(12)}${'return'.padStart(10)}${s.formations ? `${'stocks'.padStart(8)}${'median cap $m'.padStart(15)}` : ''}`,
  ];
  const f = s.formations?.at(-1);
  s.labels.forEach((label, k) => {
    const extra =
      f && k < f.counts.length
        ? `${String(f.counts[k]).padStart(8)}${(f.medianCap[k] / 1e6).toFixed(0).padStart(15)}`
        : '';
    out.push(`${label.padEnd(12)}${pct(s.compounded[k]).padStart(10)}${extra}`);
  });
  const K = s.formations ? s.labels.length - 1 : s.labels.length;
  const a = s.compounded[0];
  const b = s.compounded[K - 1];
  if (a !== null && b !== null) out.push('', `smallest minus largest: ${((a - b) * 100).toFixed(2)} pp`);
  if (f) {
    const ex = Object.entries(f.excluded)
      .filter(([, n]) => n > 0)
      .map(([r, n]) => `${r} ${n}`);
    out.push(`formation ${f.date}: ${f.eligible} eligible; excluded: ${ex.join(', ') || 'none'}`);
  }
  if (s.contributions) {
    out.push('', `largest contributions to ${s.contributions.bucket} (weight at start × own return):`);
    for (const c of s.contributions.top)
      out.push(
        `  ${c.id.padEnd(8)}${pct(c.weight).padStart(9)} ×${pct(c.return).padStart(9)} = ${pct(c.contribution)}`,
      );
  }
  if (s.quality) {
    const q = s.quality;
    out.push(
      '',
      `data quality: ${q.stale.runs} stale runs (${q.stale.stocks} stocks), ${q.jumps.count} jumps > 50% (${q.jumps.stocks} stocks), ` +
        `${q.gaps.days} missing bars (${q.gaps.stocks} stocks), ${q.endedEarly.stocks} stocks ended early, ${q.badPriceRows} bad prices`,
      `split-like moves (2:1, 3:1, 3:2, 1:10, … within 2%): ${q.splitLike.count} (${q.splitLike.stocks} stocks)` +
        (q.splitLike.top.length
          ? `: ${q.splitLike.top
              .slice(0, 10)
              .map((x) => `${x.id} ${x.date} ${x.ratio} (${pct(x.return)})`)
              .join(', ')}`
          : ''),
      `sessions with no bar for any stock: ${q.missingSessions.count}${q.missingSessions.count ? ` (${q.missingSessions.dates.slice(0, 10).join(', ')})` : ''}`,
    );
  }
  return out.join('\n');
}
