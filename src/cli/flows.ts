/**
 * `capgap flows`: net ETF flows by category and period from the store's flow inputs (vendor flows, shares
 * outstanding × NAV, or AUM and NAV), split at an event; `--record END` adds the period's record context;
 * `--etfs` lists the registry. With no flow data in the store it says so and exits 1 (the store lacks what
 * was asked: src/cli/exit-codes.ts); capgap ships none.
 */
import { defineCommand } from 'citty';
import { isIsoDate } from '../calendar/dates.ts';
import { checkPeriod, type Period, parseWeekEnd } from '../calendar/periods.ts';
import { NEWS_TIMINGS, type NewsTiming } from '../calendar/trading-days.ts';
import { builtInEvent } from '../events/event-sets.ts';
import type { CategoryFlowOptions } from '../flows/category-flows.ts';
import { FLOW_METHODS, type FlowMethod } from '../flows/etf-flows.ts';
import { flowRecord } from '../flows/flow-record.ts';
import { weeklyCategoryFlows } from '../queries/flows-store.ts';
import { quote } from '../quote.ts';
import type { RecordContext } from '../records/record.ts';
import { conventionsJson } from '../report/json-vocabulary.ts';
import { readEtfRegistry } from '../store/etf-registry.ts';
import { CliError, commonArgs, io, openStore, printJson } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';

/** USD as '$6.50bn', '$520.0m', '-$0.53m'. */
export function usd(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  const s = x < 0 ? '-' : '';
  const a = Math.abs(x);
  return a >= 1e9 ? `${s}$${(a / 1e9).toFixed(2)}bn` : `${s}$${(a / 1e6).toFixed(2)}m`;
}

const date = (name: string, v: unknown): string | undefined => {
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string' || !isIsoDate(v))
    throw new CliError(`invalid --${name}: ${quote(v)}; expected YYYY-MM-DD`, 2);
  return v;
};

/** Parses the flows options shared by `capgap flows` and `capgap records --series flows`. */
export function flowOptions(
  args: Record<string, unknown>,
): CategoryFlowOptions & { period: Period; source?: string; from?: string; to?: string; tickers?: string[] } {
  try {
    const period = checkPeriod(String(args.period ?? 'week'));
    const weekEnd = parseWeekEnd(String(args['week-end'] ?? 'fri'));
    const method = String(args.method ?? 'auto');
    if (method !== 'auto' && !FLOW_METHODS.includes(method as FlowMethod)) {
      throw new Error(`invalid method: ${quote(method)}; expected auto, ${FLOW_METHODS.join(', ')}`);
    }
    const navTiming = String(args['nav-timing'] ?? 'current');
    if (navTiming !== 'current' && navTiming !== 'previous') {
      throw new Error(`invalid --nav-timing: ${quote(navTiming)}; expected "current" or "previous"`);
    }
    const known = typeof args.event === 'string' ? builtInEvent(args.event) : undefined;
    const timing = String(args.timing ?? known?.timing ?? 'after-close');
    if (!NEWS_TIMINGS.includes(timing as NewsTiming)) {
      throw new Error(`invalid --timing: ${quote(timing)}; expected ${NEWS_TIMINGS.join(', ')}`);
    }
    const list = (v: unknown) => (typeof v === 'string' && v ? v.split(',').map((s) => s.trim()) : undefined);
    const event = date('event', args.event);
    return {
      period,
      weekEnd,
      method: method as 'auto' | FlowMethod,
      navTiming: navTiming as 'current' | 'previous',
      event: event ? { date: event, timing: timing as NewsTiming } : undefined,
      categories: list(args.category),
      tickers: list(args.tickers)?.map((t) => t.toUpperCase()),
      source: typeof args.source === 'string' ? args.source : undefined,
      from: date('from', args.from),
      to: date('to', args.to),
    };
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError((err as Error).message, 2, { cause: err });
  }
}

/** The options `capgap flows` and `capgap records --series flows` share. */
export const flowArgs = {
  category: { type: 'string', description: "categories, comma-separated (e.g. 'US small cap'); default all" },
  tickers: { type: 'string', description: 'only these funds, comma-separated' },
  period: { type: 'string', description: 'week (default) | month | quarter | year' },
  'week-end': {
    type: 'string',
    description: 'last day of a week: fri (default) or e.g. wed (ICI)',
    default: 'fri',
  },
  event: { type: 'string', description: 'split each period at this event date (YYYY-MM-DD)' },
  timing: {
    type: 'string',
    description:
      "news timing of the event: after-close | before-open | intraday (default: the built-in event's on that date, else after-close)",
  },
  method: { type: 'string', description: 'auto | given | shares | aum', default: 'auto' },
  'nav-timing': {
    type: 'string',
    description: "value share changes at today's NAV (current) or yesterday's (previous)",
    default: 'current',
  },
  source: { type: 'string', description: 'only this etf_flows source' },
  from: { type: 'string', description: 'first date of inputs (YYYY-MM-DD)' },
  to: { type: 'string', description: 'last date of inputs (YYYY-MM-DD)' },
} as const;

export default defineCommand({
  meta: {
    name: 'flows',
    description: DESCRIPTIONS.flows,
  },
  args: {
    ...commonArgs,
    ...flowArgs,
    record: {
      type: 'string',
      description: 'also rank the period ending on this date (YYYY-MM-DD) in its history',
    },
    etfs: { type: 'boolean', description: 'list the ETF registry instead', default: false },
  },
  async run({ args }) {
    const opts = flowOptions(args);
    const recordEnd = date('record', args.record);
    const store = await openStore(args.db);
    try {
      if (args.etfs) {
        const reg = await readEtfRegistry(store);
        if (args.json) printJson(reg);
        else
          for (const e of reg)
            io().out(
              `${e.ticker.padEnd(6)}${e.category.padEnd(17)}${e.inception ?? ''}  ${e.name}; ${e.benchmark}; ${e.issuer}`,
            );
        return;
      }
      const r = await weeklyCategoryFlows(store, opts);
      let record: Record<string, RecordContext> | undefined;
      if (recordEnd && r.rows.length) {
        record = {};
        for (const c of new Set(r.rows.map((x) => x.category))) {
          if (r.rows.some((x) => x.category === c && x.periodEnd === recordEnd)) {
            record[c] = flowRecord(r.rows, c, recordEnd, {
              period: opts.period,
              weekEnd: Number(opts.weekEnd),
            });
          }
        }
      }
      if (args.json) printJson({ ...r, record, conventions: conventionsJson(r.conventions) });
      // No flow inputs: the store lacks what was asked (exit 1; with --json after the document and its note).
      if (r.note && r.rows.length === 0) throw new CliError(r.note);
      if (args.json) return;
      const split = Boolean(opts.event);
      io().out(`net flows by category and ${opts.period} (${r.coverage?.from} .. ${r.coverage?.to})`);
      for (const x of r.rows) {
        const parts = split
          ? `   before ${usd(x.beforeEvent).padStart(11)}   after ${usd(x.afterEvent).padStart(11)}`
          : '';
        const flag = x.provisional ? '  (provisional: period not over)' : '';
        io().out(
          `${x.category.padEnd(18)}${x.periodStart} .. ${x.periodEnd}  ${usd(x.flow).padStart(11)}${parts}${flag}`,
        );
      }
      for (const [c, rc] of Object.entries(record ?? {})) io().out(`${c}, ${rc.period}: ${rc.summary}`);
      if (r.unclassified.length)
        io().out(`not in the registry (summed as unclassified): ${r.unclassified.join(', ')}`);
      io().out(
        `rows ${r.counts.rows}; methods ${JSON.stringify(r.methods)}; splits handled ${r.counts.splits}; NAV from close ${r.counts.navFromPrice}`,
      );
      if (r.disagreements.length)
        io().out(`methods disagree on ${r.disagreements.length} rows (see --json: disagreements)`);
      for (const c of r.conventions) io().out(`convention: ${c}`);
    } finally {
      store.close();
    }
  },
});
