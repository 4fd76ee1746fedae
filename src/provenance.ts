/**
 * Where a number's data come from, as one typed object from the store to the JSON (docs/json.md, "provenance").
 * The store's reads attach it to every series they return; analytics carry it unchanged; only the renderers
 * (text, Markdown, HTML) turn it into words, with `formatProvenance`, the one formatter.
 */

/** The provenance of one series: the dataset it was read from and how. */
export interface Provenance {
  /** The store's dataset name (`capgap datasets`): 'french/Portfolios_Formed_on_ME', 'yfinance/^RUT'. */
  dataset: string;
  /** Where the dataset comes from, in words (the `datasets.source` column); null when the store has none. */
  source: string | null;
  /** 'daily' or 'monthly' (the series' own frequency), or null when not one of a dataset's frequencies. */
  frequency: string | null;
  /** Portfolio weighting ('value' or 'equal'); null for a single security or a factor. */
  weighting: string | null;
  /** The dataset's vintage: 'CRSP 202602' for French files, 'through 2026-02-23' for prices; null if unknown. */
  vintage: string | null;
  /** True when the vintage was inferred from the file name rather than read from the file (French files). */
  inferred: boolean;
  /** The series of the dataset, when it is not the whole of it: 'Mkt-RF + RF' for the market; else null. */
  series: string | null;
}

/** The suffix the store's `vintage` column carries for an inferred vintage (src/formats/french-names.ts). */
const INFERRED = ' (inferred)';

/**
 * A provenance from the store's fields; `vintage` as the store keeps it (with its ' (inferred)' suffix).
 * @example provenanceOf('french/F-F_Research_Data_Factors', { vintage: 'CRSP 202505 (inferred)', frequency: 'daily' }).inferred // true
 */
export function provenanceOf(
  dataset: string,
  fields: {
    source?: string | null;
    frequency?: string | null;
    weighting?: string | null;
    vintage?: string | null;
    series?: string | null;
  } = {},
): Provenance {
  const stored = fields.vintage ?? null;
  const inferred = stored !== null && stored.endsWith(INFERRED);
  return {
    dataset,
    source: fields.source ?? null,
    frequency: fields.frequency ?? null,
    weighting: fields.weighting ?? null,
    vintage: inferred ? stored.slice(0, -INFERRED.length) : stored,
    inferred,
    series: fields.series ?? null,
  };
}

/**
 * The vintage in words: 'CRSP 202505 (inferred)', 'CRSP 202602', or null.
 * @example vintageText({ vintage: 'CRSP 202505', inferred: true }) // 'CRSP 202505 (inferred)'
 */
export function vintageText(p: Pick<Provenance, 'vintage' | 'inferred'>): string | null {
  return p.vintage === null ? null : `${p.vintage}${p.inferred ? INFERRED : ''}`;
}

/**
 * The provenance in words, for the text, Markdown and HTML renderers:
 * '[series, ]dataset[, frequency][, weighting-weighted][, vintage]'.
 * @example formatProvenance(provenanceOf('french/Portfolios_Formed_on_ME', { frequency: 'monthly', weighting: 'value', vintage: 'CRSP 202602' })) // 'french/Portfolios_Formed_on_ME, monthly, value-weighted, CRSP 202602'
 */
export function formatProvenance(p: Provenance): string {
  const parts = [
    p.series,
    p.dataset,
    p.frequency,
    p.weighting ? `${p.weighting}-weighted` : null,
    vintageText(p),
  ];
  return parts.filter((x): x is string => x !== null).join(', ');
}
