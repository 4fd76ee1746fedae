/**
 * The size legs in memory: every daily series the size schemes can use (French daily size portfolios, all
 * datasets, vintages and weightings; closes of the index legs from every source), read from the store once
 * per dataset version into typed arrays. `legs()` then answers what `loadSizeLegs` (./size-legs.ts) answers
 * with SQL, by the same rules, in microseconds: pick the dataset/vintage (French) or source (bars) with the
 * most rows in the range, then align both legs on the dates either has. test/server/legs-memory.test.ts
 * checks the two agree on every scheme, weighting and built-in event.
 */
import { toDay } from '../../calendar/dates.ts';
import type { Store } from '../../store/store.ts';
import { ApiError } from '../errors.ts';
import { align, type Column, group, lastDate, sep, span } from './legs-columns.ts';
import { SCHEMES, type SizeScheme, type Weighting } from './schemes.ts';
import type { SizeLegs } from './size-legs.ts';

/** The size legs of one dataset version, in memory. */
export class LegsMemory {
  private constructor(
    /** French daily returns by dataset, vintage, weighting, portfolio. */
    private readonly french: Map<string, Column>,
    /** The (dataset, vintage) pairs present, for picking. */
    private readonly frenchSets: [string, string][],
    /** Closes (adjusted where there is one) by id and source. */
    private readonly bars: Map<string, Column>,
    /** Sources per id. */
    private readonly sourcesOf: Map<string, string[]>,
    private readonly vintages: Map<string, string | null>,
    /** The store's `dataVersion` these were read at. */
    readonly version: number,
  ) {}

  /**
   * Reads the columns the schemes need (a few queries, once).
   * @example const mem = await LegsMemory.load(store); mem.legs(schemeById('deciles'), 'value', '2016-10-01', '2016-12-31')
   */
  static async load(store: Store, schemes: readonly SizeScheme[] = SCHEMES): Promise<LegsMemory> {
    const version = store.dataVersion;
    const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
    const fp = [...new Set(schemes.filter((s) => s.kind === 'french').flatMap((s) => [s.small, s.large]))];
    const ids = [...new Set(schemes.filter((s) => s.kind === 'bars').flatMap((s) => [s.small, s.large]))];
    const f = fp.length
      ? await store.typedColumns(
          `SELECT concat_ws(chr(31), dataset, vintage, weighting, portfolio) AS k,
                  (date - DATE '1970-01-01')::INTEGER AS d, value AS v
           FROM portfolio_series WHERE frequency = 'daily' AND measure = 'return' AND portfolio IN (${fp.map(q).join(', ')})
           ORDER BY dataset, vintage, weighting, portfolio, date`,
          undefined,
          { numbers: ['d', 'v'], strings: ['k'] },
        )
      : { k: [], d: new Float64Array(0), v: new Float64Array(0) };
    const french = group(f.k, f.d, f.v);
    const sets = new Map<string, [string, string]>();
    for (const k of french.keys()) {
      const [dataset, vintage] = k.split(sep);
      sets.set(`${dataset}${sep}${vintage}`, [dataset, vintage]);
    }
    const b = ids.length
      ? await store.typedColumns(
          `SELECT concat_ws(chr(31), id, source) AS k, (date - DATE '1970-01-01')::INTEGER AS d, coalesce(adj_close, close) AS v
           FROM bars WHERE id IN (${ids.map(q).join(', ')}) ORDER BY id, source, date`,
          undefined,
          { numbers: ['d', 'v'], strings: ['k'] },
        )
      : { k: [], d: new Float64Array(0), v: new Float64Array(0) };
    const bars = group(b.k, b.d, b.v);
    const sourcesOf = new Map<string, string[]>();
    for (const k of bars.keys()) {
      const [id, source] = k.split(sep);
      sourcesOf.set(id, [...(sourcesOf.get(id) ?? []), source]);
    }
    const ds = await store.all<{ name: string; vintage: string | null }>(
      'SELECT name, vintage FROM datasets',
    );
    const vintages = new Map(ds.map((r) => [r.name, r.vintage]));
    return new LegsMemory(french, [...sets.values()], bars, sourcesOf, vintages, version);
  }

  /**
   * A scheme's two legs between two dates (inclusive), as `loadSizeLegs` reads them from the store.
   * @example mem.legs(schemeById('indexes'), 'value', '2016-10-01', '2016-12-31').kind // 'level'
   */
  legs(scheme: SizeScheme, weighting: Weighting, start: string, end: string): SizeLegs {
    if (!scheme.weightings.includes(weighting)) {
      throw new ApiError(
        400,
        `invalid parameter "weighting": scheme ${scheme.id} has only ${scheme.weightings.join(', ')}`,
        'weighting',
      );
    }
    const a = toDay(start);
    const b = toDay(end);
    return scheme.kind === 'french'
      ? this.frenchLegs(scheme, weighting, a, b, start, end)
      : this.barLegs(scheme, a, b, start, end);
  }

  private frenchLegs(
    s: SizeScheme,
    w: Weighting,
    a: number,
    b: number,
    start: string,
    end: string,
  ): SizeLegs {
    let best: { dataset: string; vintage: string; n: number } | null = null;
    for (const [dataset, vintage] of this.frenchSets) {
      const c = this.french.get([dataset, vintage, w, s.small].join(sep));
      if (!c) continue;
      const [i0, i1] = span(c, a, b);
      const n = i1 - i0;
      if (n === 0) continue;
      // ORDER BY count(*) DESC, vintage DESC, dataset
      if (
        !best ||
        n > best.n ||
        (n === best.n && (vintage > best.vintage || (vintage === best.vintage && dataset < best.dataset)))
      )
        best = { dataset, vintage, n };
    }
    if (!best) {
      throw new ApiError(
        404,
        `no daily ${w}-weighted size portfolios (${s.small}) in the store between ${start} and ${end}` +
          (w === 'equal'
            ? '; French publishes daily equal-weighted portfolios only in a file not in the data'
            : ''),
      );
    }
    const empty: Column = { days: new Int32Array(0), values: new Float64Array(0) };
    const key = (p: string) => [best.dataset, best.vintage, w, p].join(sep);
    const x = this.french.get(key(s.small)) ?? empty;
    const y = this.french.get(key(s.large)) ?? empty;
    return {
      ...align(x, y, a, b),
      through: lastDate(x),
      kind: 'return',
      sources: [{ dataset: best.dataset, vintage: best.vintage }],
      basis: `daily ${w}-weighted portfolio returns as published (total returns, dividends included)`,
    };
  }

  private barLegs(s: SizeScheme, a: number, b: number, start: string, end: string): SizeLegs {
    const picked: string[] = [];
    for (const id of [s.small, s.large]) {
      let best: { source: string; n: number } | null = null;
      for (const source of this.sourcesOf.get(id) ?? []) {
        const c = this.bars.get(`${id}${sep}${source}`) as Column;
        const [i0, i1] = span(c, a, b);
        let n = 0;
        for (let i = i0; i < i1; i++) if (!Number.isNaN(c.values[i])) n++;
        if (n === 0) continue;
        // ORDER BY count(*) DESC, source
        if (!best || n > best.n || (n === best.n && source < best.source)) best = { source, n };
      }
      if (!best) throw new ApiError(404, `no daily closes of ${id} in the store between ${start} and ${end}`);
      picked.push(best.source);
    }
    const x = this.bars.get(`${s.small}${sep}${picked[0]}`) as Column;
    const y = this.bars.get(`${s.large}${sep}${picked[1]}`) as Column;
    const lx = lastDate(x);
    const ly = lastDate(y);
    return {
      ...align(x, y, a, b),
      // the data end: the earlier of the two legs' last dates (as the SQL reader)
      through: lx === null || ly === null ? (lx ?? ly) : [lx, ly].sort()[0],
      kind: 'level',
      sources: picked.map((n) => ({ dataset: n, vintage: this.vintages.get(n) ?? null })),
      basis:
        'daily closes (adjusted close where the source has one); both legs are price indexes, no dividends',
    };
  }
}
