/**
 * `capgap calendar [--from DATE] [--to DATE] [--check SERIES] [--json]`: prints the NYSE calendar's
 * closures (weekdays, and Saturdays before June 1952) with reasons and the session count; with `--check`,
 * compares a store series' dates with the calendar: missing sessions (data gaps) apart from holidays,
 * and dates the calendar says were not sessions.
 */
import { defineCommand } from 'citty';
import { toDay } from '../calendar/dates.ts';
import { dataGaps } from '../calendar/gaps.ts';
import { nyseCalendar, nyseClosure, nyseClosures, nyseSessions } from '../calendar/nyse.ts';
import { loadSeries } from '../queries/series.ts';
import { CliError, commonArgs, io, openStore, printJson } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';

export default defineCommand({
  meta: {
    name: 'calendar',
    description: DESCRIPTIONS.calendar,
  },
  args: {
    from: {
      type: 'string',
      description: 'first date (default: 1926-07-01, or the series start with --check)',
    },
    to: { type: 'string', description: 'last date (default: 31 Dec of this year)' },
    check: { type: 'string', description: 'a store series to check, e.g. "french:Lo 10", "market", "IWM"' },
    ...commonArgs,
  },
  async run({ args }) {
    const from = args.from ?? '1926-07-01';
    const to = args.to ?? `${new Date().getUTCFullYear()}-12-31`;
    for (const d of [from, to]) {
      try {
        toDay(d);
      } catch (err) {
        throw new CliError((err as Error).message, 2, { cause: err });
      }
    }
    if (!args.check) {
      const sessions = nyseSessions(from, to).length;
      const closures = nyseClosures(from, to);
      if (args.json)
        return printJson({
          calendar: 'NYSE (rules, checked against CRSP/French 1926-07..2026-04)',
          from,
          to,
          sessions,
          closures,
        });
      const out = [
        `NYSE calendar ${from} .. ${to}: ${sessions} sessions, ${closures.length} closures on weekdays (and Saturdays before 1952-05-31)`,
      ];
      for (const c of closures) out.push(`  ${c.date}  ${c.reason}`);
      io().out(out.join('\n'));
      return;
    }
    const store = await openStore(args.db);
    try {
      const s = await loadSeries(store, args.check);
      const last = Math.min(s.days[s.days.length - 1], toDay(to));
      const days = s.days.filter((d) => d >= toDay(args.from ?? '1926-07-01') && d <= last);
      if (days.length === 0) throw new CliError(`${args.check}: no dates between ${from} and ${to}`);
      const report = dataGaps(
        days,
        nyseCalendar({ from: '1926-07-01', to: `${new Date(last * 86_400_000).getUTCFullYear()}-12-31` }),
        { reason: nyseClosure },
      );
      if (args.json) return printJson({ series: s.name, source: s.source, ...report });
      const out = [
        `${s.name} (${s.source}) ${report.from} .. ${report.to}: ${report.present} of ${report.sessions} NYSE sessions`,
        `  missing sessions (data gaps): ${report.missing.length}${report.missing.length ? ` — ${report.missing.slice(0, 20).join(', ')}${report.missing.length > 20 ? ', …' : ''}` : ''}`,
        `  holidays and closures in the span (not gaps): ${report.holidays.length}`,
        `  dates that were not NYSE sessions: ${report.extra.length}${
          report.extra.length
            ? ` — ${report.extra
                .slice(0, 20)
                .map((e) => `${e.date} (${e.reason})`)
                .join(', ')}`
            : ''
        }`,
      ];
      io().out(out.join('\n'));
    } finally {
      store.close();
    }
  },
});
