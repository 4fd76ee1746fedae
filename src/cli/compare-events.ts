/**
 * `capgap compare-events --set elections --metric "french:Lo 10 - french:Hi 10" [--window 0,2] [--json]`:
 * one metric for every event of a set, ranked, each with its percentile among all windows of the same
 * length in history, and exact sign and permutation tests of the set's mean.
 */
import { defineCommand } from 'citty';
import { fromDay } from '../calendar/dates.ts';
import { nyseCalendar } from '../calendar/nyse.ts';
import { parseRegion, type RegionId, region } from '../calendar/regions.ts';
import { parseWindow } from '../calendar/windows.ts';
import { compareEvents } from '../events/compare-events.ts';
import type { MarketEvent } from '../events/event-sets.ts';
import { REGIONAL_SETS } from '../events/event-sets-regional.ts';
import { flagLines } from '../events/quality/index.ts';
import { alignReturns } from '../events/series.ts';
import { regionalMetric, regionCalendar } from '../queries/region-series.ts';
import { loadEventSet, loadMetric } from '../queries/series.ts';
import { quote } from '../quote.ts';
import { eventSetJson, seriesProvenance } from '../report/json-events.ts';
import { compareFlags } from './compare-flags.ts';
import { CliError, commonArgs, io, openStore, printJson } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';
import { seriesSourceFor, storeArg } from './store-arg.ts';

const pp = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}` : 'n/a');

export default defineCommand({
  meta: { name: 'compare-events', description: DESCRIPTIONS['compare-events'] },
  args: {
    set: {
      type: 'string',
      description:
        'elections | midterms | brexit | fomc (every Fed rate change, 2001-2025) | a CSV/JSON file',
      default: 'elections',
    },
    metric: {
      type: 'string',
      description:
        'series or difference, e.g. "french:Lo 10 - french:Hi 10" (the US default), "smb" (the default elsewhere)',
    },
    region: {
      type: 'string',
      description:
        "us | europe | developed-ex-us | …: the region's factors and trading days (default: the set's)",
    },
    window: { type: 'string', description: 'window a,b in sessions relative to t0', default: '0,2' },
    highlight: { type: 'string', description: 'an event date to describe in words (default: the latest)' },
    center: {
      type: 'string',
      description: 'null center of the exact tests: zero | history',
      default: 'zero',
    },
    gaps: {
      type: 'string',
      description: 'a missing session in a price file: nan (window is n/a) | span',
      default: 'nan',
    },
    ...commonArgs,
    ...storeArg,
  },
  async run({ args }) {
    let window: [number, number];
    let events: MarketEvent[];
    try {
      window = parseWindow(args.window);
      events = loadEventSet(args.set);
      if (args.center !== 'zero' && args.center !== 'history')
        throw new Error(`invalid center: ${quote(args.center)}; expected "zero" or "history"`);
    } catch (err) {
      throw new CliError((err as Error).message, 2, { cause: err });
    }
    if (args.gaps !== 'nan' && args.gaps !== 'span') {
      throw new CliError(`invalid --gaps: ${quote(args.gaps)}; expected "nan" or "span"`, 2);
    }
    const align = { gaps: args.gaps as 'nan' | 'span' };
    let regionId: RegionId;
    let metric: string;
    try {
      regionId = args.region ? parseRegion(args.region) : (REGIONAL_SETS[args.set]?.region ?? 'us');
      metric = regionalMetric(
        args.metric ?? (regionId === 'us' ? 'french:Lo 10 - french:Hi 10' : 'smb'),
        regionId,
      );
    } catch (err) {
      throw new CliError((err as Error).message, 2, { cause: err });
    }
    const store = await openStore(args.db);
    try {
      const legs = await loadMetric(store, metric, await seriesSourceFor(args, store));
      const last = Math.max(...legs.map((l) => l.series.days[l.series.days.length - 1]));
      const cal =
        regionId === 'us' ? nyseCalendar({ to: fromDay(last) }) : await regionCalendar(store, regionId);
      const r = compareEvents(
        legs.map((l) => ({ name: l.series.name, returns: alignReturns(l.series, cal, align), sign: l.sign })),
        cal,
        events,
        { window, center: args.center === 'history' ? 'history' : 0 },
      );
      const unit = legs.length > 1 ? 'pp' : '%'; // a difference of returns is in percentage points
      const sorted = [...r.rows].sort((a, b) => a.rank - b.rank);
      const focus = args.highlight
        ? r.rows.find((x) => x.eventDate === args.highlight)
        : r.rows[r.rows.length - 1];
      if (args.highlight && !focus)
        throw new CliError(`--highlight ${args.highlight}: not an event of the set with data`, 2);
      const sentence = focus
        ? `${focus.label}: ${pp(focus.value)} ${unit}, the ${ordinal(focus.rank)} largest of ${r.rows.length} (${r.rows[0].eventDate.slice(0, 4)}–${r.rows[r.rows.length - 1].eventDate.slice(0, 4)}); ${focus.percentile.toFixed(1)}th percentile of all ${r.history.windows} windows of ${window[1] - window[0] + 1} sessions since ${r.history.from}`
        : '';
      const sources = legs.map((l) => `${l.series.name}: ${l.series.basis}; ${l.series.source}`);
      if (regionId !== 'us')
        sources.push(
          `calendar: ${region(regionId).label} trading days (the dates of its French factor file), not NYSE sessions`,
        );
      const byEvent = compareFlags(
        legs.map((l) => l.series),
        cal,
        events,
        window,
        Object.fromEntries(r.rows.map((x) => [x.eventDate, x.value])),
        regionId === 'us' ? 'NYSE' : region(regionId).label,
      );
      const rows = r.rows.map((x) => ({ ...x, flags: byEvent[x.eventDate] ?? [] }));
      const skipped = r.skipped.map((x) => {
        const date = events.find((e) => (e.label ?? e.date) === x.label)?.date ?? '';
        return { ...x, flags: byEvent[date] ?? [] };
      });
      const json = eventSetJson(r);
      if (args.json)
        return printJson({
          ...json,
          rows: json.rows.map((x) => ({ ...x, flags: byEvent[x.eventDate] ?? [] })),
          skipped,
          provenance: legs.map((l) => seriesProvenance(l.series)),
          conventions: {
            ...json.conventions,
            ...(regionId !== 'us' ? { calendar: sources[sources.length - 1] } : {}),
          },
          highlight: (focus && json.rows.find((x) => x.eventDate === focus.eventDate)) ?? null,
          sentence,
        });
      const out = [
        `${r.metric} over [t0+${window[0]}, t0+${window[1]}], ${args.set} (${r.rows.length} events)`,
      ];
      out.push(
        `  ${'rank'.padEnd(5)}${'event'.padEnd(44)}${'window (closes)'.padEnd(25)}${`value ${unit}`.padStart(9)}${'pctile'.padStart(8)}`,
      );
      for (const x of sorted) {
        out.push(
          `  ${String(x.rank).padEnd(5)}${x.label.slice(0, 43).padEnd(44)}${`${x.fromDate} → ${x.toDate}`.padEnd(25)}${pp(x.value).padStart(9)}${x.percentile.toFixed(1).padStart(8)}`,
        );
      }
      for (const s of r.skipped) out.push(`  skipped ${s.label}: ${s.reason}`);
      const flagged = [...rows, ...skipped].filter((x) => x.flags.length);
      if (flagged.length) {
        out.push('', 'Data quality (docs/quality.md)');
        for (const x of flagged) out.push(...flagLines(x.flags, `  ! ${x.label}:`));
      }
      out.push('');
      if (sentence) out.push(sentence);
      out.push(
        `Mean ${pp(r.mean)} ${unit} (history mean ${pp(r.history.mean)} ${unit}); ${r.signTest.above} of ${r.signTest.above + r.signTest.below} above ${args.center === 'history' ? 'the history mean' : 'zero'}: exact sign test p = ${r.signTest.p.toFixed(4)}; ${r.permutationTest.method === 'exact' ? 'exact sign-flip permutation test' : `sign-flip permutation test (${r.permutationTest.assignments.toLocaleString('en-US')} random sign assignments, seeded)`} p = ${r.permutationTest.p.toFixed(4)}`,
      );
      out.push('');
      out.push('Sources and conventions');
      for (const s of [...sources, ...r.conventions]) out.push(`  - ${s}`);
      io().out(out.join('\n'));
    } finally {
      store.close();
    }
  },
});

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${n % 10 > 3 ? 'th' : s}`;
}
