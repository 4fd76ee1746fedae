/**
 * `capgap sectors --event DATE [--window a,b] [--scheme terciles] [--within universe|sector] [--json]`:
 * sectors ranked by their return over an event window (value- and equal-weighted) and by their
 * small-minus-large spread inside the sector, then the size spread decomposed into sector contributions
 * and the sector-neutral spread. `capgap sectors --mapping` prints the NASDAQ → GICS mapping.
 * Also prints `capgap buckets --by sector` (printSectorBuckets).
 */

import { defineCommand } from 'citty';
import { parseWindow } from '../calendar/windows.ts';
import type { SectorCoverage } from '../queries/panel-sectors.ts';
import type { SectorBucketSeries } from '../queries/sector-buckets-query.ts';
import { querySectorEvent } from '../queries/sector-event.ts';
import { quote } from '../quote.ts';
import { eventWindowJson } from '../report/json-vocabulary.ts';
import type { SpreadDecomposition } from '../sectors/decompose.ts';
import { INDUSTRY_TO_GICS, SECTOR_TO_GICS } from '../sectors/nasdaq-to-gics.ts';
import { CliError, commonArgs, io, openStore, printJson } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';
import { queryError } from './exit-codes.ts';

const pct = (x: number | null, d = 2) =>
  x === null || !Number.isFinite(x) ? 'n/a' : `${(x * 100).toFixed(d)}%`;
const pp = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}` : 'n/a');
const short = (s: string) => s.replace('Telecommunications', 'Telecom.').replace('Information', 'Info.');

/** Coverage in one line. */
export function coverageLine(c: SectorCoverage): string {
  const e = c.eligible;
  const n = e.gics + e.nasdaq + e.none;
  return `sector coverage: ${n} eligible stocks: ${e.gics} GICS, ${e.nasdaq} NASDAQ mapped to GICS, ${e.none} without a sector (panel: ${c.panel.gics + c.panel.nasdaq} of ${c.panel.gics + c.panel.nasdaq + c.panel.none} securities have one)`;
}

/** The decomposition table, as lines. */
export function decompositionLines(d: SpreadDecomposition): string[] {
  const out = [
    `${d.small} ${pct(d.smallReturn)} minus ${d.large} ${pct(d.largeReturn)} = ${pp(d.spread)} pp (${d.weighting}-weighted), by sector:`,
    `  ${'sector'.padEnd(24)}${'w small'.padStart(9)}${'r small'.padStart(9)}${'w large'.padStart(9)}${'r large'.padStart(9)}${'contrib pp'.padStart(12)}${'mix'.padStart(8)}${'within'.padStart(8)}`,
  ];
  for (const r of d.sectors)
    out.push(
      `  ${short(r.sector).padEnd(24)}${pct(r.weightSmall, 1).padStart(9)}${pct(r.returnSmall, 1).padStart(9)}${pct(r.weightLarge, 1).padStart(9)}${pct(r.returnLarge, 1).padStart(9)}${pp(r.contribution).padStart(12)}${pp(r.mix).padStart(8)}${pp(r.within).padStart(8)}`,
    );
  const sum = d.sectors.reduce((a, r) => a + r.contribution, 0);
  out.push(
    `  ${'sum'.padEnd(60)}${pp(sum).padStart(12)}${Math.abs(d.residual) > 1e-9 ? `   (rebalancing residual ${pp(d.residual)} pp)` : ''}`,
    `sector-neutral spread (both legs on the same sector weights): ${pp(d.sectorNeutral)} pp`,
  );
  return out;
}

/** `capgap buckets --by sector` as text. */
export function printSectorBuckets(s: SectorBucketSeries): string {
  const out = [
    `sector × ${s.scheme}, ${s.weighting}-weighted, ${s.dates[0]} .. ${s.dates.at(-1)} (${s.dates.length} days)`,
    ...s.conventions.map((c) => `  - ${c}`),
    coverageLine(s.coverage),
    '',
    `${'sector'.padEnd(24)}${s.labels.map((l) => `${l} (n)`.padStart(16)).join('')}${'S−L pp'.padStart(9)}`,
  ];
  s.groups.forEach((g, k) => {
    const cells = s.labels.map((_, b) => `${pct(s.compounded[k][b])} (${s.counts[k][b]})`.padStart(16));
    const a = s.compounded[k][0];
    const z = s.compounded[k][s.labels.length - 1];
    out.push(
      `${short(g).padEnd(24)}${cells.join('')}${(a !== null && z !== null ? pp(a - z) : 'n/a').padStart(9)}`,
    );
  });
  return out.join('\n');
}

function mappingText(): string {
  const out = ['NASDAQ sector → GICS sector (default for the sector):'];
  for (const [k, v] of Object.entries(SECTOR_TO_GICS))
    out.push(`  ${k.padEnd(24)} → ${v ?? '(none: unclassified)'}`);
  out.push(
    '',
    'NASDAQ industry → GICS sector (wins over the sector default; "Sector/Industry" only under that sector):',
  );
  for (const [k, v] of Object.entries(INDUSTRY_TO_GICS)) out.push(`  ${k.padEnd(52)} → ${v}`);
  return out.join('\n');
}

export default defineCommand({
  meta: {
    name: 'sectors',
    description: DESCRIPTIONS.sectors,
  },
  args: {
    ...commonArgs,
    event: { type: 'string', description: 'event date YYYY-MM-DD (news after the close)' },
    window: { type: 'string', default: '0,2', description: 'window a,b in sessions relative to t0' },
    scheme: {
      type: 'string',
      default: 'terciles',
      description: 'size scheme: terciles | quintiles | deciles | 30-40-30 | …',
    },
    within: {
      type: 'string',
      default: 'universe',
      description: 'breakpoints from the whole universe or within each sector: universe | sector',
    },
    prices: { type: 'string', description: 'bars dataset of the stock panel (default: kaggle/stocks)' },
    mapping: {
      type: 'boolean',
      default: false,
      description: 'print the NASDAQ → GICS sector mapping and stop',
    },
  },
  async run({ args }) {
    if (args.mapping) return io().out(mappingText());
    if (!args.event) throw new CliError('give --event YYYY-MM-DD (or --mapping)', 2);
    let window: [number, number];
    try {
      window = parseWindow(args.window);
    } catch (err) {
      throw new CliError((err as Error).message, 2, { cause: err });
    }
    if (args.within !== 'universe' && args.within !== 'sector')
      throw new CliError(`invalid --within: ${quote(args.within)}; expected "universe" or "sector"`, 2);
    const store = await openStore(args.db);
    try {
      let a: Awaited<ReturnType<typeof querySectorEvent>>;
      try {
        a = await querySectorEvent(store, {
          event: args.event,
          window,
          scheme: args.scheme,
          within: args.within,
          priceSource: args.prices,
        });
      } catch (err) {
        throw queryError(err, args.db);
      }
      delete a.result;
      if (args.json) return printJson(eventWindowJson(a));
      const out = [
        `Sectors around ${a.event}, window [${a.window}] (${a.base} close to ${a.to} close), ${a.scheme} by size`,
        ...a.conventions.map((c) => `  - ${c}`),
        coverageLine(a.coverage),
        '',
        `${'rank'.padEnd(5)}${'sector'.padEnd(24)}${'stocks'.padStart(7)}${'VW'.padStart(9)}${'EW'.padStart(9)}${'S−L VW pp'.padStart(11)}${'S−L EW pp'.padStart(11)}${'n S/L'.padStart(10)}`,
      ];
      for (const r of a.ranking)
        out.push(
          `${String(r.rank || '-').padEnd(5)}${short(r.sector).padEnd(24)}${String(r.stocks).padStart(7)}${pct(r.vw).padStart(9)}${pct(r.ew).padStart(9)}${pp(r.smallMinusLargeVw).padStart(11)}${pp(r.smallMinusLargeEw).padStart(11)}${`${r.stocksSmall}/${r.stocksLarge}`.padStart(10)}`,
        );
      out.push(
        '',
        ...decompositionLines(a.decomposition.value),
        '',
        ...decompositionLines(a.decomposition.equal),
      );
      io().out(out.join('\n'));
    } finally {
      store.close();
    }
  },
});
