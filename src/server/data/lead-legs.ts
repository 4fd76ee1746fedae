/**
 * The two legs of the lead's spread as daily returns on one calendar: French's daily size portfolios as
 * published, or two indexes' close-to-close returns on their common dates; and the series shown beside the
 * lead, plain name first.
 */
import { fromDay } from '../../calendar/dates.ts';
import { TradingCalendar } from '../../calendar/trading-days.ts';
import type { DataRef } from '../../findings/data-ref.ts';
import { shortName } from '../../findings/names.ts';
import type { SnapshotInputs } from '../../queries/snapshot-inputs.ts';
import type { SizeScheme, Weighting } from './schemes.ts';

/** One series shown, with plain name first and the technical label after. */
export interface SeriesShown {
  id: string;
  name: string;
  detail: string;
  dataset: string;
  vintage: string | null;
  /** Last date (or month) in the data. */
  through: string;
}

/** Daily returns of both legs on their common days, with the series shown and their data. */
export interface Legs {
  days: Int32Array;
  small: Float64Array;
  large: Float64Array;
  series: SeriesShown[];
  /** The datasets read, with their frequency and weighting (the provenance of the lead's finding). */
  data: DataRef[];
}

const plain = (id: string) => (id.startsWith('^') ? shortName(id) : `${shortName(id)} (NYSE breakpoints)`);

/** Daily returns of both legs of a scheme on one calendar (French as published; indexes from closes). */
export function legsOf(inputs: SnapshotInputs, scheme: SizeScheme, weighting: Weighting): Legs {
  if (scheme.kind === 'french') {
    if (weighting !== 'value')
      throw new Error(
        `no daily ${weighting}-weighted size portfolios in the data (French's daily file here is value-weighted only)`,
      );
    const d = inputs.dailyVW;
    const through = fromDay(d.days[d.days.length - 1]);
    const shown = (id: string): SeriesShown => ({
      id,
      name: plain(id),
      detail: `French "${id}", daily value-weighted returns, ${d.dataset}`,
      dataset: d.dataset,
      vintage: d.vintage,
      through,
    });
    const small = d.returns[scheme.small];
    const large = d.returns[scheme.large];
    if (!small || !large) throw new Error(`the daily size file lacks ${scheme.small} or ${scheme.large}`);
    return {
      days: d.days,
      small,
      large,
      series: [shown(scheme.small), shown(scheme.large)],
      data: [{ name: d.dataset, vintage: d.vintage, frequency: 'daily', weighting: 'value' }],
    };
  }
  const [a, b] = [scheme.small, scheme.large].map((id) => {
    const p = inputs.prices.find((x) => x.id === id);
    if (!p) throw new Error(`no daily closes of ${id} in the store`);
    return p;
  });
  // Common dates, then close-to-close returns (the first is NaN).
  const cal = new TradingCalendar(a.days);
  const days: number[] = [];
  const va: number[] = [];
  const vb: number[] = [];
  for (let j = 0; j < b.days.length; j++) {
    const i = cal.indexOnOrAfter(b.days[j]);
    if (i < a.days.length && a.days[i] === b.days[j]) {
      days.push(b.days[j]);
      va.push(a.values[i]);
      vb.push(b.values[j]);
    }
  }
  const ret = (v: number[]) => Float64Array.from(v, (x, i) => (i === 0 ? Number.NaN : x / v[i - 1] - 1));
  const shown = (p: typeof a): SeriesShown => ({
    id: p.id,
    name: plain(p.id),
    detail: `${p.id}, daily closes (${p.basis}), ${p.dataset}`,
    dataset: p.dataset,
    vintage: p.vintage,
    through: fromDay(p.days[p.days.length - 1]),
  });
  return {
    days: Int32Array.from(days),
    small: ret(va),
    large: ret(vb),
    series: [shown(a), shown(b)],
    data: [a, b].map((p) => ({ name: p.dataset, vintage: p.vintage, frequency: 'daily', weighting: null })),
  };
}
