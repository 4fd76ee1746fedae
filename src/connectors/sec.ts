/**
 * SEC EDGAR XBRL company facts: shares outstanding as companies report them.
 *  - Ticker → CIK: `https://www.sec.gov/files/company_tickers.json`, `{"0": {"cik_str": 320193, "ticker": "AAPL", "title": …}, …}`.
 *  - Facts: `https://data.sec.gov/api/xbrl/companyfacts/CIK##########.json` (CIK zero-padded to 10), with
 *    `facts.<taxonomy>.<concept>.units.shares[] = {end, val, accn, fy, fp, form, filed, frame?}`.
 * Concepts read: dei:EntityCommonStockSharesOutstanding (cover page, as of a date near filing) and
 * us-gaap:CommonStockSharesOutstanding (balance sheet date). When several filings give the same concept and
 * end date (amendments, later comparatives), the one filed last wins. Terms: the SEC asks every client to send
 * a User-Agent naming the requester with a contact email, and to stay under 10 requests per second.
 */
import { isIsoDate } from '../calendar/dates.ts';
import { ConnectorError } from './errors.ts';

/** EDGAR's hosts; override both with `$CAPGAP_SEC_URL` (tests) or the options. */
export const SEC_WWW_URL = 'https://www.sec.gov';
export const SEC_DATA_URL = 'https://data.sec.gov';

/** The share-count concepts read, as `taxonomy:concept`. */
export const SEC_SHARE_CONCEPTS = [
  'dei:EntityCommonStockSharesOutstanding',
  'us-gaap:CommonStockSharesOutstanding',
] as const;

/**
 * Checks the User-Agent the SEC requires ("Sample Company Name AdminContact@example.com").
 * @example secUserAgent({ CAPGAP_SEC_USER_AGENT: 'Jane Doe jane@example.com' }) // 'Jane Doe jane@example.com'
 */
export function secUserAgent(env: NodeJS.ProcessEnv = process.env): string {
  const ua = env.CAPGAP_SEC_USER_AGENT?.trim();
  if (!ua) {
    throw new ConnectorError(
      'config',
      'the SEC requires a User-Agent with your name and email: set CAPGAP_SEC_USER_AGENT="Your Name you@example.com" (or connectors.sec_user_agent in ~/.capgap/config.yaml)',
    );
  }
  if (!/\S+@\S+\.\S+/.test(ua)) {
    throw new ConnectorError(
      'config',
      `invalid CAPGAP_SEC_USER_AGENT: "${ua}"; the SEC asks for a name and a contact email`,
    );
  }
  return ua;
}

/**
 * Reads company_tickers.json into a map TICKER → CIK.
 * @example parseSecTickers('{"0":{"cik_str":320193,"ticker":"AAPL","title":"Apple Inc."}}').get('AAPL') // 320193
 */
export function parseSecTickers(body: string, url = 'company_tickers.json'): Map<string, number> {
  let json: Record<string, { cik_str?: number; ticker?: string }>;
  try {
    json = JSON.parse(body);
  } catch (err) {
    throw new ConnectorError('format', `sec: ${url} is not JSON (${(err as Error).message})`, { url });
  }
  const out = new Map<string, number>();
  for (const row of Object.values(json ?? {})) {
    const cik = row?.cik_str;
    if (
      typeof cik !== 'number' ||
      !Number.isSafeInteger(cik) ||
      cik <= 0 ||
      typeof row?.ticker !== 'string'
    ) {
      throw new ConnectorError(
        'format',
        `sec: ${url}: rows need cik_str (a positive integer) and ticker (has the format changed?)`,
        { url },
      );
    }
    out.set(row.ticker.toUpperCase(), cik);
  }
  return out;
}

/**
 * The company facts URL of a CIK.
 * @example secFactsUrl(320193) // 'https://data.sec.gov/api/xbrl/companyfacts/CIK0000320193.json'
 */
export function secFactsUrl(cik: number, baseUrl: string = SEC_DATA_URL): string {
  if (!Number.isInteger(cik) || cik <= 0) throw new ConnectorError('config', `invalid CIK: ${cik}`);
  return `${baseUrl.replace(/\/$/, '')}/api/xbrl/companyfacts/CIK${String(cik).padStart(10, '0')}.json`;
}

/** Share counts from one concept, one row per end date. */
export interface ShareCounts {
  concept: (typeof SEC_SHARE_CONCEPTS)[number];
  date: string[];
  shares: Float64Array;
  form: string[];
  filed: string[];
  accn: string[];
  /** Facts dropped because a later filing gave the same end date. */
  superseded: number;
}

interface Fact {
  end?: string;
  val?: number;
  accn?: string;
  form?: string;
  filed?: string;
}

/**
 * Reads the share-count concepts of a company facts body (see the file header). A concept the company
 * does not report is left out; a body with neither concept fails with a 'format' error.
 * @example parseCompanyFacts(body, 'IWM', url)[0].concept // 'dei:EntityCommonStockSharesOutstanding'
 */
export function parseCompanyFacts(body: string, ticker: string, url: string): ShareCounts[] {
  let json: { facts?: Record<string, Record<string, { units?: Record<string, Fact[]> }>> };
  try {
    json = JSON.parse(body);
  } catch (err) {
    throw new ConnectorError(
      'format',
      `sec ${ticker}: company facts are not JSON (${(err as Error).message})`,
      { url },
    );
  }
  if (!json?.facts)
    throw new ConnectorError(
      'format',
      `sec ${ticker}: no "facts" in the company facts (has the format changed?)`,
      { url },
    );
  const out: ShareCounts[] = [];
  for (const concept of SEC_SHARE_CONCEPTS) {
    const [tax, name] = concept.split(':');
    const facts: unknown = json.facts[tax]?.[name]?.units?.shares;
    if (!facts) continue;
    if (!Array.isArray(facts))
      throw new ConnectorError('format', `sec ${ticker}: ${concept} shares are not a list of facts`, { url });
    const byEnd = new Map<string, Fact>();
    let superseded = 0;
    for (const f of facts as Fact[]) {
      // a real calendar day and a finite count (JSON's 1e400 reads as Infinity)
      if (
        typeof f?.end !== 'string' ||
        !/^\d{4}-\d{2}-\d{2}$/.test(f.end) ||
        !isIsoDate(f.end) ||
        typeof f.val !== 'number' ||
        !Number.isFinite(f.val) ||
        f.val < 0
      ) {
        throw new ConnectorError(
          'format',
          `sec ${ticker}: ${concept} has a fact without a valid end date and value: ${JSON.stringify(f)}`,
          {
            url,
          },
        );
      }
      const prev = byEnd.get(f.end);
      if (prev) superseded++;
      if (!prev || String(f.filed ?? '') >= String(prev.filed ?? '')) byEnd.set(f.end, f);
    }
    const ends = [...byEnd.keys()].sort();
    const rows = ends.map((e) => byEnd.get(e)!);
    out.push({
      concept,
      date: ends,
      shares: Float64Array.from(rows, (f) => f.val!),
      form: rows.map((f) => f.form ?? ''),
      filed: rows.map((f) => f.filed ?? ''),
      accn: rows.map((f) => f.accn ?? ''),
      superseded,
    });
  }
  if (out.length === 0) {
    throw new ConnectorError(
      'format',
      `sec ${ticker}: neither ${SEC_SHARE_CONCEPTS.join(' nor ')} is in the company facts`,
      { url },
    );
  }
  return out;
}
