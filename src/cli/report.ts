/**
 * `capgap report --event DATE [--to DATE] [--json]`: the first look after an event, on the store's data
 * (the embedded dataset by default). Every number is printed with its convention and source.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineCommand } from 'citty';
import { isIsoDate } from '../calendar/dates.ts';
import { NEWS_TIMINGS, type NewsTiming } from '../calendar/trading-days.ts';
import { type EventSnapshot, eventSnapshot } from '../findings/event-snapshot.ts';
import { loadReportExtras } from '../io/report-inputs.ts';
import { loadSnapshotInputs, SIZE_PORTFOLIOS, SNAPSHOT_SUBJECTS } from '../io/snapshot-inputs.ts';
import { CliError, commonArgs, io, openStore, printJson } from './context.ts';

const pct = (x: number, digits = 2) =>
  Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(digits)}%` : 'n/a';
const pp = (x: number, digits = 2) =>
  Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(digits)} pp` : 'n/a';

/** Renders the snapshot as text for a terminal. */
export function formatSnapshot(s: EventSnapshot): string {
  const out: string[] = [];
  const first = s.indices[0];
  out.push(
    `capgap report: event of ${s.event.date} (news ${s.event.timing}${first ? `; t0 = ${first.t0}, base = close of ${first.base}` : ''})`,
  );
  out.push('');
  if (s.indices.length) {
    out.push('Since the event: return from the last close before the news');
    const heads = s.indices[0].returns.map((r) =>
      r.days === null ? `to ${r.to}` : `${r.days} day${r.days > 1 ? 's' : ''}`,
    );
    const w = Math.max(...s.indices.map((i) => i.name.length)) + 2;
    out.push(`${''.padEnd(w)}${heads.map((h) => h.padStart(14)).join('')}  basis, source`);
    for (const i of s.indices) {
      const cells = heads.map((_, k) => {
        const r = i.returns[k];
        return (r ? pct(r.value) : 'n/a').padStart(14);
      });
      out.push(
        `${i.name.padEnd(w)}${cells.join('')}  ${i.basis}, ${i.dataset}${i.vintage ? ` (${i.vintage})` : ''}`,
      );
    }
    const ends = s.indices[0].returns.map((r) => `${r.days === null ? 'to' : `${r.days}d`} → ${r.to}`);
    out.push(`  (end dates for ${s.indices[0].name}: ${ends.join(', ')})`);
    out.push('');
  }
  if (s.size) {
    const n = s.size.window[1] - s.size.window[0] + 1;
    out.push(
      `Size portfolios over ${n} session${n > 1 ? 's' : ''} [t0+${s.size.window[0]}, t0+${s.size.window[1]}] = ${s.size.sessions.join(', ')}`,
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
    out.push(`  source: ${s.size.source}; market: ${s.size.market}`);
    out.push('');
  }
  for (const sp of s.spreads) {
    const r = sp.result;
    const since = r.widestSince
      ? `widest since ${r.widestSince.month} (${pp(r.widestSince.spread)})`
      : `the widest since the history began in ${r.historyStart}`;
    out.push(
      `${r.month} smallest minus largest decile, ${sp.weighting}-weighted: ${pct(r.small)} − ${pct(r.large)} = ${pp(r.spread)}; ${since}; rank ${r.rank} of the ${r.months} months ${r.historyStart} .. ${r.month}`,
    );
    out.push(`  source: ${sp.source}`);
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

const FORMATS = ['md', 'html', 'json', 'article', 'png'] as const;

function parseFormats(value: string | undefined, out: string | undefined): string[] {
  if (value === undefined) return out ? ['md', 'html', 'json', 'png'] : [];
  const list = value
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  for (const f of list) {
    if (f !== 'text' && !(FORMATS as readonly string[]).includes(f)) {
      throw new CliError(`invalid --format: ${JSON.stringify(f)}; expected text or ${FORMATS.join(', ')}`, 2);
    }
  }
  if (!out && list.length !== 1)
    throw new CliError('several --format values need --out DIR to write them to', 2);
  if (!out && list[0] === 'png') throw new CliError('--format png needs --out DIR', 2);
  return list;
}

export default defineCommand({
  meta: {
    name: 'report',
    description:
      'the size effect after an event: indices since, size portfolios vs the market, the month spread',
  },
  args: {
    event: { type: 'string', description: 'event date, YYYY-MM-DD (e.g. 2016-11-08)', required: true },
    to: { type: 'string', description: 'also report returns from the event to this date (YYYY-MM-DD)' },
    timing: {
      type: 'string',
      description: `when the news came: ${NEWS_TIMINGS.join(' | ')}`,
      default: 'after-close',
    },
    format: {
      type: 'string',
      description: `text (default) or any of ${FORMATS.join(',')}, comma-separated (png needs --out)`,
    },
    out: {
      type: 'string',
      description: 'write the report files to this folder (default formats: md,html,json,png)',
    },
    ...commonArgs,
  },
  async run({ args }) {
    if (!isIsoDate(args.event))
      throw new CliError(`invalid --event: ${JSON.stringify(args.event)}; expected YYYY-MM-DD`, 2);
    if (args.to !== undefined && !isIsoDate(args.to))
      throw new CliError(`invalid --to: ${JSON.stringify(args.to)}; expected YYYY-MM-DD`, 2);
    if (!NEWS_TIMINGS.includes(args.timing as NewsTiming)) {
      throw new CliError(
        `invalid --timing: ${JSON.stringify(args.timing)}; expected one of ${NEWS_TIMINGS.join(', ')}`,
        2,
      );
    }
    const formats = parseFormats(args.format, args.out);
    const store = await openStore(args.db);
    try {
      const inputs = await loadSnapshotInputs(store);
      const snapshot = eventSnapshot(inputs, {
        event: args.event,
        to: args.to,
        timing: args.timing as NewsTiming,
        names: SNAPSHOT_SUBJECTS,
        groups: SIZE_PORTFOLIOS,
      });
      if (formats.length === 0 || (formats.length === 1 && formats[0] === 'text' && !args.out)) {
        if (args.json) printJson(snapshot);
        else io().out(formatSnapshot(snapshot));
        return;
      }
      const extras = await loadReportExtras(store, { event: args.event, t0Date: snapshot.indices[0]?.t0 });
      const command = `capgap report --event ${args.event}${args.to ? ` --to ${args.to}` : ''}${args.timing !== 'after-close' ? ` --timing ${args.timing}` : ''}`;
      // The renderers (Plot, jsdom, resvg) load only when a rendered format is asked for.
      const { buildEventReport } = await import('../report/event-report.ts');
      const { renderReport, reportFiles } = await import('../report/render.ts');
      const report = buildEventReport(snapshot, inputs, { ...extras, command });
      if (!args.out) {
        io().out(renderReport(report, formats[0] as 'md' | 'html' | 'json' | 'article'));
        return;
      }
      const written: string[] = [];
      const rendered = formats.filter((f) => f !== 'text');
      for (const f of reportFiles(report, rendered)) {
        const path = join(args.out, f.name);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, f.data);
        written.push(path);
      }
      if (formats.includes('text')) {
        const path = join(args.out, 'report.txt');
        mkdirSync(args.out, { recursive: true });
        writeFileSync(path, `${formatSnapshot(snapshot)}\n`);
        written.push(path);
      }
      if (args.json) printJson({ written });
      else
        io().out(`capgap report: wrote ${written.length} files\n${written.map((w) => `  ${w}`).join('\n')}`);
    } finally {
      store.close();
    }
  },
});
