/**
 * The first look after an event (src/findings/event-snapshot.ts) as plain text for a terminal: what
 * `capgap report` prints by default and the server's `format=text`.
 */
import { flagLines } from '../events/quality/flags.ts';
import type { EventSnapshot } from '../findings/snapshot-types.ts';
import { formatProvenance } from '../provenance.ts';

const pct = (x: number, digits = 2) =>
  Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(digits)}%` : 'n/a';
const pp = (x: number, digits = 2) =>
  Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(digits)} pp` : 'n/a';

/** Renders the snapshot as text for a terminal. */
export function formatSnapshot(s: EventSnapshot): string {
  const out: string[] = [];
  const first = s.indices[0];
  out.push(
    `capgap report: event of ${s.eventDate} (news ${s.timing}${s.t0 ? `; t0 = ${s.t0}, base = close of ${s.baseDate} (NYSE sessions)` : first ? `; t0 = ${first.t0}, base = close of ${first.baseDate}` : ''})`,
  );
  if (s.flags?.length) {
    out.push(`Data quality (${s.flags.length} flag${s.flags.length > 1 ? 's' : ''}; docs/quality.md):`);
    out.push(...flagLines(s.flags, '  !'));
  }
  out.push('');
  if (s.indices.length) {
    out.push('Since the event: return from the last close before the news');
    // Columns by horizon over every series (a series whose data stop short has n/a there, never a shift).
    const keys = [...new Set(s.indices.flatMap((i) => i.returns.map((r) => r.days)))].sort(
      (x, y) => (x ?? Number.POSITIVE_INFINITY) - (y ?? Number.POSITIVE_INFINITY),
    );
    const toDate = s.indices.flatMap((i) => i.returns).find((r) => r.days === null)?.endDate;
    const heads = keys.map((d) => (d === null ? `to ${toDate}` : `${d} day${d > 1 ? 's' : ''}`));
    const w = Math.max(...s.indices.map((i) => i.name.length)) + 2;
    // '!' after a figure a data-quality flag names (see the flags above the table)
    const marked = new Set(
      (s.flags ?? []).flatMap((f) => (f.figure ?? '').split(', ').map((x) => `${f.series}|${x}`)),
    );
    out.push(`${''.padEnd(w)}${heads.map((h) => h.padStart(14)).join('')}  basis, source`);
    for (const i of s.indices) {
      const cells = keys.map((d, k) => {
        const r = i.returns.find((x) => x.days === d);
        return `${r ? pct(r.value) : 'n/a'}${marked.has(`${i.id}|${heads[k]}`) ? '!' : ' '}`.padStart(14);
      });
      out.push(`${i.name.padEnd(w)}${cells.join('')}  ${i.basis}, ${formatProvenance(i.provenance)}`);
    }
    const ends = s.indices[0].returns.map((r) => `${r.days === null ? 'to' : `${r.days}d`} → ${r.endDate}`);
    out.push(`  (end dates for ${s.indices[0].name}: ${ends.join(', ')})`);
    out.push('');
  }
  if (s.size) {
    const n = s.size.window.to - s.size.window.from + 1;
    out.push(
      `Size portfolios over ${n} session${n > 1 ? 's' : ''} [t0+${s.size.window.from}, t0+${s.size.window.to}] = ${s.size.sessions.join(', ')}`,
    );
    out.push(
      `  value-weighted, compounded; "vs market" = minus the market's ${pct(s.size.groups[Object.keys(s.size.groups)[0]][0].market)}`,
    );
    for (const [group, buckets] of Object.entries(s.size.groups)) {
      out.push(`  ${group}`);
      for (const b of buckets)
        out.push(
          `    ${b.portfolio.padEnd(8)}${pct(b.value).padStart(10)}   vs market ${pp(b.excess).padStart(10)}`,
        );
    }
    out.push(`  source: ${formatProvenance(s.size.provenance)}; market: ${formatProvenance(s.size.market)}`);
    out.push('');
  }
  for (const sp of s.spreads) {
    const r = sp.result;
    const since = r.widestSince
      ? `widest since ${r.widestSince.month} (${pp(r.widestSince.spread)})`
      : `the widest since the history began in ${r.historyStart}`;
    out.push(
      `${r.month} smallest minus largest decile, ${sp.weighting}-weighted: ${pct(r.small)} − ${pct(r.large)} = ${pp(r.spread)}; ${since}; rank ${r.rank}${r.ties ? ` (tied with ${r.ties} other month${r.ties > 1 ? 's' : ''})` : ''} of the ${r.of} months ${r.historyStart} .. ${r.month}`,
    );
    out.push(`  source: ${formatProvenance(sp.provenance)}`);
  }
  out.push('');
  out.push('Conventions');
  for (const [k, v] of Object.entries(s.conventions)) out.push(`  ${k}: ${v}`);
  if (s.notes.length) {
    out.push('');
    out.push('Notes');
    for (const n of s.notes) out.push(`  - ${n}`);
  }
  out.push('');
  out.push(
    'Data: Kenneth R. French Data Library (CRSP); index and ETF prices as named per row. See `capgap datasets`.',
  );
  return out.join('\n');
}
