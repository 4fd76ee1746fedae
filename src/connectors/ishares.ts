/**
 * iShares (BlackRock) fund data download: each product page offers a spreadsheet
 * `https://www.ishares.com/us/products/<id>/<slug>/1521942788811.ajax?fileType=xls&fileName=<TICKER>_fund&dataType=fund`
 * in XML Spreadsheet 2003 format (SpreadsheetML) with a worksheet "Historical": one row per day with
 * "As Of" (e.g. "Nov 22, 2024"), "NAV per Share" and "Shares Outstanding". This is the issuer's daily
 * shares outstanding and NAV. The product id and slug are not derivable from the ticker: the ones below are
 * built in, others are passed as `TICKER=<id>/<slug>`. The sheet and column names are the ones this parser
 * looks for; if iShares renames them the connector stops with a 'format' error naming what is missing.
 * Terms: ishares.com terms of use (information for personal, non-commercial use; no redistribution).
 */
import { ConnectorError } from './errors.ts';

/** The site's base URL; override with `$CAPGAP_ISHARES_URL` or `baseUrl`. */
export const ISHARES_BASE_URL = 'https://www.ishares.com';

/** Product pages capgap knows: ticker → `<id>/<slug>`. */
export const ISHARES_PRODUCTS: Readonly<Record<string, string>> = {
  IWM: '239710/ishares-russell-2000-etf',
  IJR: '239774/ishares-core-sp-smallcap-etf',
  IJH: '239763/ishares-core-sp-midcap-etf',
  IVV: '239726/ishares-core-sp-500-etf',
};

/**
 * The fund spreadsheet URL of a ticker; `products` adds or overrides ticker → `<id>/<slug>`.
 * @example isharesFundUrl('IWM') // 'https://www.ishares.com/us/products/239710/ishares-russell-2000-etf/1521942788811.ajax?…'
 */
export function isharesFundUrl(
  ticker: string,
  options: { baseUrl?: string; products?: Record<string, string> } = {},
): string {
  const t = ticker.toUpperCase();
  const product = options.products?.[t] ?? ISHARES_PRODUCTS[t];
  if (!product) {
    throw new ConnectorError(
      'config',
      `unknown iShares ticker: "${ticker}"; known: ${Object.keys(ISHARES_PRODUCTS).join(', ')}; for another fund pass --product ${t}=<id>/<slug> from its ishares.com page URL`,
    );
  }
  if (!/^\d+\/[a-z0-9-]+$/.test(product)) {
    throw new ConnectorError(
      'config',
      `invalid iShares product for ${t}: "${product}"; expected <id>/<slug>, e.g. 239710/ishares-russell-2000-etf`,
    );
  }
  const base = (options.baseUrl ?? ISHARES_BASE_URL).replace(/\/$/, '');
  return `${base}/us/products/${product}/1521942788811.ajax?fileType=xls&fileName=${t}_fund&dataType=fund`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
        )
      : (ENTITIES[e] ?? m),
  );
}

/** The rows of one worksheet of a SpreadsheetML document, as cell strings. */
export function spreadsheetRows(xml: string, sheet: string): string[][] | undefined {
  const ws = new RegExp(
    `<(?:ss:)?Worksheet[^>]*(?:ss:)?Name="${sheet}"[^>]*>([\\s\\S]*?)</(?:ss:)?Worksheet>`,
  ).exec(xml);
  if (!ws) return undefined;
  const rows: string[][] = [];
  for (const r of ws[1].matchAll(/<(?:ss:)?Row\b[^>]*>([\s\S]*?)<\/(?:ss:)?Row>/g)) {
    const cells: string[] = [];
    for (const c of r[1].matchAll(/<(?:ss:)?Cell\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:ss:)?Cell>)/g)) {
      const data = /<(?:ss:)?Data\b[^>]*>([\s\S]*?)<\/(?:ss:)?Data>/.exec(c[1] ?? '');
      cells.push(data ? decode(data[1]).trim() : '');
    }
    rows.push(cells);
  }
  return rows;
}

const MONTHS: Record<string, string> = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
};

/** Daily shares outstanding and NAV of one fund. */
export interface FundHistory {
  date: string[];
  nav: Float64Array;
  sharesOutstanding: Float64Array;
  /** Cells that were empty or '--', counted by column (stored as missing). */
  missing: { nav: number; sharesOutstanding: number };
}

/**
 * Reads the "Historical" sheet of an iShares fund spreadsheet (see the file header), sorted by date.
 * @example parseIsharesHistory(xml, 'IWM', url).date[0] // '2016-11-01'
 */
export function parseIsharesHistory(xml: string, ticker: string, url: string): FundHistory {
  const rows = spreadsheetRows(xml, 'Historical');
  if (!rows)
    throw new ConnectorError(
      'format',
      `ishares ${ticker}: no "Historical" worksheet in the fund file (has the format changed?)`,
      { url },
    );
  const h = rows.findIndex((r) => r.includes('As Of'));
  const header = rows[h] ?? [];
  const need = ['As Of', 'NAV per Share', 'Shares Outstanding'];
  const idx = need.map((n) => header.indexOf(n));
  const lost = need.filter((_, i) => idx[i] < 0);
  if (h < 0 || lost.length) {
    throw new ConnectorError(
      'format',
      `ishares ${ticker}: the Historical sheet has no column ${lost.map((n) => `"${n}"`).join(', ')} (columns: ${header.join(', ') || 'none'}); has the format changed?`,
      { url },
    );
  }
  const data = rows.slice(h + 1).filter((r) => r.some((c) => c !== ''));
  const out: { date: string; nav: number; so: number }[] = [];
  const missing = { nav: 0, sharesOutstanding: 0 };
  const num = (s: string | undefined, col: 'nav' | 'sharesOutstanding', line: number) => {
    const v = (s ?? '').replaceAll(',', '');
    if (v === '' || v === '--' || v === '-') {
      missing[col]++;
      return Number.NaN;
    }
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0)
      throw new ConnectorError('format', `ishares ${ticker}: Historical row ${line}: bad ${col} "${s}"`, {
        url,
      });
    return n;
  };
  data.forEach((r, i) => {
    const m = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4})$/.exec(r[idx[0]]);
    if (!m || !MONTHS[m[1]])
      throw new ConnectorError(
        'format',
        `ishares ${ticker}: Historical row ${i + 1}: bad "As Of" date "${r[idx[0]]}"; expected like "Nov 22, 2024"`,
        { url },
      );
    out.push({
      date: `${m[3]}-${MONTHS[m[1]]}-${m[2].padStart(2, '0')}`,
      nav: num(r[idx[1]], 'nav', i + 1),
      so: num(r[idx[2]], 'sharesOutstanding', i + 1),
    });
  });
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    date: out.map((o) => o.date),
    nav: Float64Array.from(out, (o) => o.nav),
    sharesOutstanding: Float64Array.from(out, (o) => o.so),
    missing,
  };
}
