/**
 * `capgap report --event DATE [--to DATE] [--json]`: the first look after an event, on the store's data
 * (the embedded dataset by default). Every number is printed with its convention and source.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineCommand } from 'citty';
import { isIsoDate } from '../calendar/dates.ts';
import { parseRegion, type RegionId } from '../calendar/regions.ts';
import { NEWS_TIMINGS, type NewsTiming } from '../calendar/trading-days.ts';
import { builtInEvent } from '../events/event-sets.ts';
import { regionReport } from '../queries/region-report.ts';
import { loadReportExtras } from '../queries/report-inputs.ts';
import { loadSectorReport } from '../queries/sectors-report.ts';
import { quote } from '../quote.ts';
import { formatSnapshot } from '../report/snapshot-text.ts';
import { CliError, commonArgs, io, openStore, outFolder, printJson } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';
import { reportSnapshot } from './report-snapshot.ts';
import { seriesSourceFor, storeArg, WAREHOUSE_SECTORS } from './store-arg.ts';
import { Timings, timingsArg } from './timings.ts';

const FORMATS = ['md', 'html', 'json', 'article', 'png'] as const;

function parseFormats(value: string | undefined, out: string | undefined): string[] {
  if (value === undefined) return out ? ['md', 'html', 'json', 'png'] : [];
  const list = value
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  for (const f of list) {
    if (f !== 'text' && !(FORMATS as readonly string[]).includes(f)) {
      throw new CliError(`invalid --format: ${quote(f)}; expected text or ${FORMATS.join(', ')}`, 2);
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
    description: DESCRIPTIONS.report,
  },
  args: {
    event: { type: 'string', description: 'event date, YYYY-MM-DD (e.g. 2016-11-08)', required: true },
    to: { type: 'string', description: 'also report returns from the event to this date (YYYY-MM-DD)' },
    timing: {
      type: 'string',
      description: `when the news came: ${NEWS_TIMINGS.join(' | ')} (default: the built-in event's on that date, a Fed decision's intraday; else after-close)`,
    },
    format: {
      type: 'string',
      description: `text (default) or any of ${FORMATS.join(',')}, comma-separated (png needs --out)`,
    },
    out: {
      type: 'string',
      description: 'write the report files to this folder (default formats: md,html,json,png)',
    },
    region: {
      type: 'string',
      description:
        "us (default) | europe | developed-ex-us | …: a region's SMB and market, in US dollars (any --format)",
    },
    ...commonArgs,
    ...storeArg,
    ...timingsArg,
  },
  async run({ args }) {
    const timings = new Timings(args.timings);
    if (!isIsoDate(args.event))
      throw new CliError(`invalid --event: ${quote(args.event)}; expected YYYY-MM-DD`, 2);
    if (args.to !== undefined && !isIsoDate(args.to))
      throw new CliError(`invalid --to: ${quote(args.to)}; expected YYYY-MM-DD`, 2);
    const known = builtInEvent(args.event);
    const timing = (args.timing ?? known?.timing ?? 'after-close') as NewsTiming;
    if (!NEWS_TIMINGS.includes(timing)) {
      throw new CliError(
        `invalid --timing: ${quote(args.timing)}; expected one of ${NEWS_TIMINGS.join(', ')}`,
        2,
      );
    }
    // A built-in event's own timing (a Fed decision's is intraday) stands unless --timing says otherwise.
    if (
      args.timing === undefined &&
      known &&
      known.timing !== 'after-close' &&
      !args.json &&
      (!args.format || args.format === 'text')
    )
      io().out(
        `${args.event} is the ${known.label} (built-in set ${known.set}): news ${known.timing}; give --timing to change it\n`,
      );
    const formats = parseFormats(args.format, args.out);
    if (args.out) outFolder('--out', args.out); // before any work: a folder that cannot be made is said at once
    let regionId: RegionId = 'us';
    try {
      if (args.region) regionId = parseRegion(args.region);
    } catch (err) {
      throw new CliError((err as Error).message, 2, { cause: err });
    }
    if (regionId !== 'us' && args.to)
      throw new CliError(
        '--region reports the windows of 1, 3, 5 and 20 sessions and the month (no --to yet)',
        2,
      );
    const store = await openStore(args.db, { answerCache: true });
    timings.lap('store open');
    try {
      if (regionId !== 'us') {
        const s = await regionReport(store, regionId, args.event, timing).catch((err: Error) => {
          throw new CliError(err.message, 1);
        });
        timings.lap('queries');
        const { writeRegionReport } = await import('./report-region.ts');
        await writeRegionReport(s, { region: regionId, formats, out: args.out, json: args.json });
        return;
      }
      // The text snapshot needs only the daily data around the event; rendered reports chart the history.
      const textOnly = formats.length === 0 || (formats.length === 1 && formats[0] === 'text' && !args.out);
      // --store clickhouse://: subjects the warehouse holds come from it; no sector section (docs/scale.md).
      const from = await seriesSourceFor(args, store);
      const sectors = (e: Parameters<typeof loadSectorReport>[1]) =>
        from.prices ? Promise.resolve({ note: WAREHOUSE_SECTORS }) : loadSectorReport(store, e);
      const { snapshot, inputs } = await reportSnapshot(store, {
        event: args.event,
        to: args.to,
        timing,
        near: textOnly,
        prices: from.prices && ((id) => from.prices!(id, { basis: 'total' })),
        lap: (name) => timings.lap(name),
      });
      if (textOnly) {
        if (args.json) printJson(snapshot);
        else {
          const { eventSetFor } = await import('../report/event-report.ts');
          const { sectorText } = await import('../report/sectors-section.ts');
          const { eventShortName } = await import('../findings/event-words.ts');
          const m = eventSetFor(args.event);
          const event = {
            date: args.event,
            name: m?.eventName ?? args.event,
            short: m?.short ?? eventShortName(args.event),
            timing,
          };
          // The sector section only when the store holds a stock panel (else one line naming the import).
          io().out(`${formatSnapshot(snapshot)}\n\n${sectorText(await sectors(event))}`);
        }
        timings.lap('formatting and output');
        return;
      }
      const extras = await loadReportExtras(store, {
        event: args.event,
        t0Date: snapshot.t0 || snapshot.indices[0]?.t0,
      });
      const command = `capgap report --event ${args.event}${args.to ? ` --to ${args.to}` : ''}${args.timing !== undefined ? ` --timing ${args.timing}` : ''}`;
      // The renderers (Plot, jsdom, resvg) load only when a rendered format is asked for.
      const { buildEventReport } = await import('../report/event-report.ts');
      const { renderReport, reportFiles } = await import('../report/render.ts');
      const report = buildEventReport(snapshot, inputs, { ...extras, command });
      const { addSectorSection } = await import('../report/sectors-section.ts');
      addSectorSection(report, await sectors(report.event));
      if (!args.out) {
        io().out(renderReport(report, formats[0] as 'md' | 'html' | 'json' | 'article'));
        return;
      }
      const written: string[] = [];
      const rendered = formats.filter((f) => f !== 'text');
      for (const f of reportFiles(report, rendered)) {
        const path = join(args.out, f.name);
        outFolder('--out', dirname(path), args.out);
        writeFileSync(path, f.data);
        written.push(path);
      }
      if (formats.includes('text')) {
        const path = join(args.out, 'report.txt');
        outFolder('--out', args.out);
        writeFileSync(path, `${formatSnapshot(snapshot)}\n`);
        written.push(path);
      }
      if (args.json) printJson({ written });
      else
        io().out(`capgap report: wrote ${written.length} files\n${written.map((w) => `  ${w}`).join('\n')}`);
    } finally {
      store.close();
      timings.print();
    }
  },
});
