/**
 * Kenneth R. French Data Library: the zips under
 * `https://mba.tuck.dartmouth.edu/pages/faculty/ken.french/ftp/<NAME>_CSV.zip`, each holding one CSV in
 * French's multi-section format (parsed by the importer's `french` kind, which reads the CRSP vintage from
 * the header). Terms: free to use with a citation (Fama/French, Kenneth R. French Data Library).
 */
import { strFromU8, unzipSync } from 'fflate';
import { REGIONS } from '../calendar/regions.ts';
import { inflateCap, type Limits, resolveLimits, tooLarge } from '../formats/limits.ts';
import { ConnectorError } from './errors.ts';

/** The library's base URL; override with `$CAPGAP_FRENCH_URL` or `baseUrl`. */
export const FRENCH_BASE_URL = 'https://mba.tuck.dartmouth.edu/pages/faculty/ken.french/ftp';

/**
 * The library files capgap knows by name (the zip is `<name>_CSV.zip`). Any other name of the library's
 * list works too if it matches the file naming; these are the ones documented and tried first.
 */
export const FRENCH_DATASETS: Readonly<Record<string, string>> = {
  Portfolios_Formed_on_ME: 'size portfolios (deciles, quintiles, 30/40/30), monthly and annual, VW and EW',
  Portfolios_Formed_on_ME_Daily: 'size portfolios, daily, VW and EW',
  'F-F_Research_Data_Factors': 'Fama/French 3 factors (Mkt-RF, SMB, HML, RF), monthly and annual',
  'F-F_Research_Data_Factors_daily': 'Fama/French 3 factors, daily',
  'F-F_Research_Data_Factors_weekly': 'Fama/French 3 factors, weekly',
  'F-F_Research_Data_5_Factors_2x3': 'Fama/French 5 factors (2x3), monthly and annual',
  'F-F_Research_Data_5_Factors_2x3_daily': 'Fama/French 5 factors (2x3), daily',
  'F-F_Momentum_Factor': 'momentum factor, monthly',
  'F-F_Momentum_Factor_daily': 'momentum factor, daily',
  ME_Breakpoints: 'NYSE size breakpoints (percentiles of market equity), monthly',
  '6_Portfolios_2x3': '6 portfolios formed on size and book-to-market, monthly',
  '6_Portfolios_2x3_daily': '6 portfolios formed on size and book-to-market, daily',
  '25_Portfolios_5x5': '25 portfolios formed on size and book-to-market, monthly',
  '25_Portfolios_5x5_Daily': '25 portfolios formed on size and book-to-market, daily',
  '100_Portfolios_10x10': '100 portfolios formed on size and book-to-market, monthly',
  '5_Industry_Portfolios': '5 industry portfolios, monthly',
  '10_Industry_Portfolios': '10 industry portfolios, monthly',
  '12_Industry_Portfolios': '12 industry portfolios, monthly',
  '17_Industry_Portfolios': '17 industry portfolios, monthly',
  '30_Industry_Portfolios': '30 industry portfolios, monthly',
  '48_Industry_Portfolios': '48 industry portfolios, monthly',
  '49_Industry_Portfolios': '49 industry portfolios, monthly',
  '49_Industry_Portfolios_daily': '49 industry portfolios, daily',
  'Portfolios_Formed_on_BE-ME': 'portfolios formed on book-to-market, monthly',
  Portfolios_Formed_on_OP: 'portfolios formed on operating profitability, monthly',
  Portfolios_Formed_on_INV: 'portfolios formed on investment, monthly',
  ...regionalDatasets(),
};

/** French's regional factor files (Bloomberg data, US dollars), e.g. Europe_3_Factors_Daily. */
function regionalDatasets(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of REGIONS) {
    if (!r.frenchPrefix) continue;
    out[`${r.frenchPrefix}_3_Factors`] = `${r.label} 3 factors (Mkt-RF, SMB, HML, RF), monthly, US dollars`;
    out[`${r.frenchPrefix}_3_Factors_Daily`] = `${r.label} 3 factors, daily, US dollars`;
    out[`${r.frenchPrefix}_5_Factors`] = `${r.label} 5 factors, monthly, US dollars`;
    out[`${r.frenchPrefix}_5_Factors_Daily`] = `${r.label} 5 factors, daily, US dollars`;
  }
  return out;
}

/** What `capgap fetch french` fetches when no --dataset is given: the files capgap's analyses read. */
export const FRENCH_DEFAULT: readonly string[] = [
  'Portfolios_Formed_on_ME',
  'Portfolios_Formed_on_ME_Daily',
  'F-F_Research_Data_Factors',
  'F-F_Research_Data_Factors_daily',
];

const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{2,80}$/;

/**
 * The URL of a library file's zip.
 * @example frenchZipUrl('Portfolios_Formed_on_ME') // '.../ken.french/ftp/Portfolios_Formed_on_ME_CSV.zip'
 */
export function frenchZipUrl(name: string, baseUrl: string = FRENCH_BASE_URL): string {
  if (!NAME.test(name)) {
    throw new ConnectorError(
      'config',
      `invalid French dataset: "${name}"; expected a library file name such as ${Object.keys(FRENCH_DATASETS).slice(0, 3).join(', ')}`,
    );
  }
  return `${baseUrl.replace(/\/$/, '')}/${name}_CSV.zip`;
}

/** The CSV inside a French zip. */
export interface FrenchMember {
  /** The member's name in the zip ('Portfolios_Formed_on_ME.CSV'). */
  member: string;
  text: string;
}

/**
 * Unzips a French library zip and returns its one CSV member; a body that is not a whole zip
 * (truncated download, an HTML error page) or holds no CSV fails with a 'format' error naming the URL.
 * Only CSV members are inflated, each into a buffer of its declared size, and their declared sizes together
 * must stay within the inflate cap of formats/limits.ts (absolute and ratio), checked before any inflating:
 * a bomb is a 'too-large' error and never takes more memory than the cap.
 * @example const { member, text } = unzipFrench(bytes, 'https://…/Portfolios_Formed_on_ME_CSV.zip');
 */
export function unzipFrench(zip: Uint8Array, url: string, limits: Partial<Limits> = {}): FrenchMember {
  const l = resolveLimits(limits);
  const cap = inflateCap(zip.byteLength, l);
  let files: Record<string, Uint8Array>;
  const names: string[] = [];
  let total = 0;
  let big: Error | undefined;
  try {
    files = unzipSync(zip, {
      filter: (f) => {
        names.push(f.name);
        if (!/\.csv$/i.test(f.name) || f.name.startsWith('__MACOSX')) return false;
        total += f.originalSize;
        if (total > cap) {
          const e = tooLarge(url, cap, zip.byteLength, l);
          big = new ConnectorError('too-large', e.message, { url });
          throw big;
        }
        return true;
      },
    });
  } catch (err) {
    if (big) throw big;
    throw new ConnectorError(
      'format',
      `${url}: not a complete zip file (${(err as Error).message}; ${zip.byteLength} bytes): truncated download or an error page`,
      { url },
    );
  }
  const csv = Object.keys(files).filter((n) => /\.csv$/i.test(n) && !n.startsWith('__MACOSX'));
  if (csv.length === 0) {
    throw new ConnectorError(
      'format',
      `${url}: the zip holds no CSV (members: ${names.join(', ') || 'none'})`,
      {
        url,
      },
    );
  }
  const member = csv[0];
  const text = strFromU8(files[member]);
  if (!/CRSP|Fama|French|Mkt-RF|Lo 10|Copyright/i.test(text.slice(0, 4000))) {
    throw new ConnectorError(
      'format',
      `${url}: ${member} does not look like a French library file (no header we know)`,
      {
        url,
      },
    );
  }
  return { member, text };
}
