/**
 * `capgap instruments --exposure "US small cap" --event DATE [--window a,b] [--registry FILE] [--json]`:
 * the registry's funds for an exposure with their return over the window, tracking of the exposure's
 * stock-built series, history start and flows; and the exposures next to it with no fund.
 * `capgap instruments --inception` lists every registry fund's inception against its first bar in the store.
 */

import { defineCommand } from 'citty';
import { parseWindow } from '../calendar/windows.ts';
import { type InstrumentsAnswer, queryInstruments } from '../queries/instruments.ts';
import { eventWindowJson } from '../report/json-vocabulary.ts';
import { parseExposure } from '../sectors/exposure.ts';
import { readEtfRegistryFile } from '../store/etf-registry.ts';
import { CliError, commonArgs, io, openStore, printJson } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';

const pct = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : `${(x * 100).toFixed(2)}%`;
const num = (x: number | undefined, d = 3) => (x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(d));

/** The answer as text lines. */
export function instrumentsText(a: InstrumentsAnswer): string {
  const out = [
    `Funds for "${a.exposure.name}" around ${a.event}, window [${a.window}] (${a.base} close to ${a.to} close, ${a.series.days} sessions)`,
    ...a.conventions.map((c) => `  - ${c}`),
    `exposure series: ${a.series.name}: ${pct(a.series.return)}${a.series.note ? ` (${a.series.note})` : ''}`,
    '',
    `${'ticker'.padEnd(7)}${'match'.padEnd(11)}${'fund exposure'.padEnd(36)}${'return'.padStart(9)}${'corr'.padStart(7)}${'TE/yr'.padStart(8)}${'history from'.padStart(14)}  flows`,
  ];
  for (const f of a.funds) {
    const fl = f.flows
      ? `${f.flows.rows} rows, ${f.flows.total === null ? 'n/a' : `$${(f.flows.total / 1e6).toFixed(0)}m`}`
      : 'not imported';
    out.push(
      `${f.ticker.padEnd(7)}${f.match.padEnd(11)}${f.exposure.slice(0, 35).padEnd(36)}${pct(f.returnSinceEvent).padStart(9)}${num(f.tracking?.correlation).padStart(7)}${pct(f.tracking?.trackingErrorAnnual).padStart(8)}${(f.historyStart ?? 'no prices').padStart(14)}  ${fl}`,
    );
  }
  if (a.funds.length === 0) out.push('(no registry fund carries this exposure or one next to it)');
  out.push(
    '',
    a.noFund.length
      ? `no fund in the registry for: ${a.noFund.join('; ')}`
      : 'every exposure next to this one has a fund in the registry',
  );
  for (const n of a.notes) out.push(`note: ${n}`);
  const unverified = a.funds.filter((f) => f.note?.startsWith('unverified'));
  if (unverified.length)
    out.push(
      `unverified registry facts (no prices in ../shared/data): ${unverified.map((f) => f.ticker).join(', ')}`,
    );
  return out.join('\n');
}

export default defineCommand({
  meta: {
    name: 'instruments',
    description: DESCRIPTIONS.instruments,
  },
  args: {
    ...commonArgs,
    exposure: {
      type: 'string',
      description: 'e.g. "US small cap", "US industrials", "US small cap industrials"',
    },
    event: {
      type: 'string',
      default: '2016-11-08',
      description: 'event date YYYY-MM-DD (news after the close)',
    },
    window: { type: 'string', default: '0,20', description: 'window a,b in sessions relative to t0' },
    registry: {
      type: 'string',
      description: 'a registry CSV (ticker,name,category,benchmark,issuer,inception[,sector,note])',
    },
    inception: {
      type: 'boolean',
      default: false,
      description: 'check every registry inception against the first bar in the store',
    },
  },
  async run({ args }) {
    let window: [number, number] = [0, 20];
    try {
      if (args.exposure) parseExposure(args.exposure);
      window = parseWindow(args.window);
    } catch (err) {
      throw new CliError((err as Error).message, 2, { cause: err });
    }
    const store = await openStore(args.db);
    try {
      if (args.inception) return await inceptionCheck(store, args.json);
      if (!args.exposure) throw new CliError('give --exposure "US small cap" (or --inception)', 2);
      let a: InstrumentsAnswer;
      try {
        a = await queryInstruments(store, {
          exposure: args.exposure,
          event: args.event,
          window,
          registry: args.registry ? readEtfRegistryFile(args.registry) : undefined,
        });
      } catch (err) {
        const m = (err as Error).message;
        if (/^invalid |leaves the data|^event |registry|missing column/.test(m))
          throw new CliError(m, 2, { cause: err });
        throw err;
      }
      // The JSON vocabulary (docs/json.md): the event's dates by their names, the window as { from, to }.
      if (args.json) return printJson(eventWindowJson(a));
      io().out(instrumentsText(a));
    } finally {
      store.close();
    }
  },
});

async function inceptionCheck(store: Awaited<ReturnType<typeof openStore>>, json: boolean): Promise<void> {
  const { inceptionAudit } = await import('../queries/inception.ts');
  const rows = await inceptionAudit(store);
  if (json) return printJson(rows);
  const out = [
    `${'ticker'.padEnd(7)}${'inception'.padEnd(12)}${'first bar'.padEnd(12)}${'status'.padEnd(22)}registry note`,
  ];
  for (const r of rows)
    out.push(
      `${r.ticker.padEnd(7)}${(r.inception ?? 'n/a').padEnd(12)}${(r.firstBar ?? '-').padEnd(12)}${r.status.padEnd(22)}${r.note ?? ''}`,
    );
  io().out(out.join('\n'));
}
