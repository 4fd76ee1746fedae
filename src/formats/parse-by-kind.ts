/**
 * The text layer's switchboard: parse text of a known kind with the options that kind takes.
 */

import { quote } from '../quote.ts';
import { parseAlphaVantage } from './alphavantage.ts';
import { parseCompanyList } from './companylist.ts';
import { ImportError } from './errors.ts';
import { parseEtfFlows, parseEtfs } from './etf-files.ts';
import { parseFrench } from './french.ts';
import { parseGeneric } from './generic.ts';
import { parseGics } from './gics.ts';
import type { Limits } from './limits.ts';
import { parsePanelText } from './panel-text.ts';
import { parseStooq } from './stooq.ts';
import { checkParsedText } from './text-fields.ts';
import type { ImportKind, Parsed } from './types.ts';
import { parseYahoo } from './yahoo.ts';
import { parseYfinance } from './yfinance.ts';

/** Every option any text parser takes. */
export interface KindOptions {
  file: string;
  ticker?: string;
  vintage?: string;
  weighting?: 'value' | 'equal';
  exchange?: string;
  date?: string;
  rejectBadRows?: boolean;
  limits?: Partial<Limits>;
}

/**
 * Parses `text` as `kind`, then checks every identifier and text value it holds (text-fields.ts).
 * @example parseByKind('yahoo', text, { file: '^RUT.csv' })
 */
export function parseByKind(kind: ImportKind, text: string, o: KindOptions): Parsed {
  const parsed = parseKind(kind, text, o);
  checkParsedText(parsed, o.file); // every identifier and text value, whatever the parser checked
  return parsed;
}

function parseKind(kind: ImportKind, text: string, o: KindOptions): Parsed {
  switch (kind) {
    case 'yahoo':
      return parseYahoo(text, o);
    case 'yfinance':
      return parseYfinance(text, o);
    case 'stooq':
      return parseStooq(text, o);
    case 'alphavantage':
      return parseAlphaVantage(text, o);
    case 'french':
      return parseFrench(text, o);
    case 'companylist':
      return parseCompanyList(text, o);
    case 'gics':
      return parseGics(text, o);
    case 'generic':
      return parseGeneric(text, o);
    case 'etf-flows':
      return parseEtfFlows(text, o);
    case 'etfs':
      return parseEtfs(text, o);
    case 'stock-panel':
      return parsePanelText(text, o);
    default:
      throw new ImportError({ file: o.file, line: 0, column: '', reason: `invalid kind: ${quote(kind)}` });
  }
}
