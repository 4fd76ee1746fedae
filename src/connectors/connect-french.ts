/**
 * `capgap fetch french`: download French library zips, unzip, parse with the importer's French parser
 * (which reads the CRSP vintage from the header) and write atomically. A new vintage is added beside the old
 * ones; the same vintage fetched again replaces that vintage's rows (the download is the whole file).
 */
import { parseFrench } from '../formats/french.ts';
import { frenchDatasetName } from '../formats/french-names.ts';
import type { Store } from '../store/store.ts';
import { runBatch } from './batch.ts';
import { type FetchContext, fetchAndRead } from './fetch-cached.ts';
import { FRENCH_BASE_URL, frenchZipUrl, unzipFrench } from './french.ts';
import { writeFetched } from './store-write.ts';

/** What one fetched item became. */
export interface FetchedItem {
  item: string;
  dataset: string;
  vintage?: string;
  rows: number;
  url: string;
  fetchedAt: string;
  fromCache: boolean;
  notes?: string[];
}

/** Options of the French connector. */
export interface FrenchFetchOptions {
  /** Library base URL [$CAPGAP_FRENCH_URL, else FRENCH_BASE_URL]. */
  baseUrl?: string;
  /** Draw a progress bar [false]. */
  progress?: boolean;
}

/** The citation French asks for. */
export const FRENCH_CITATION =
  'Kenneth R. French, Data Library, Tuck School of Business at Dartmouth (data from CRSP)';

/** Spacing of requests to the library's host, ms (a courtesy: it is a university web server). */
export const FRENCH_INTERVAL_MS = 1000;

/**
 * Fetches French library files (`names`, e.g. ['Portfolios_Formed_on_ME', 'F-F_Research_Data_Factors_daily'])
 * into the store; resumable; returns what each became.
 * @example await fetchFrench(store, ctx, ['Portfolios_Formed_on_ME'])
 */
export async function fetchFrench(
  store: Store,
  ctx: FetchContext,
  names: string[],
  options: FrenchFetchOptions = {},
): Promise<Awaited<ReturnType<typeof runBatch<FetchedItem>>>> {
  const base = options.baseUrl ?? process.env.CAPGAP_FRENCH_URL ?? FRENCH_BASE_URL;
  for (const n of names) frenchZipUrl(n, base); // validate every name before the first download
  return runBatch(
    names,
    async (name) => {
      const url = frenchZipUrl(name, base);
      const req = { source: 'french', key: `${name}_CSV.zip`, url, minIntervalMs: FRENCH_INTERVAL_MS };
      const { got, value } = await fetchAndRead(ctx, req, (body) => {
        const { member, text } = unzipFrench(body, url, ctx.limits);
        return { member, parsed: parseFrench(text, { file: member }) };
      });
      const { member, parsed } = value;
      const dataset = frenchDatasetName(member);
      const res = await writeFetched(store, parsed, {
        dataset,
        kind: 'french',
        url,
        fetchedAt: got.entry.meta.fetchedAt,
        citation: FRENCH_CITATION,
        body: got.body,
        file: member,
        replace: true,
      });
      const rows = Object.values(res.stored).reduce((a, b) => a + b, 0);
      return {
        item: name,
        dataset,
        vintage: parsed.vintage,
        rows,
        url,
        fetchedAt: got.entry.meta.fetchedAt,
        fromCache: got.fromCache,
        notes: parsed.skippedSections?.map((s) => `skipped section "${s.title}" (${s.rows} rows)`),
      };
    },
    {
      stateDir: `${ctx.cache.dir}/batches`,
      scope: store.path,
      name: 'fetch-french',
      progress: options.progress,
      log: ctx.log,
    },
  );
}
