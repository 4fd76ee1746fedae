/**
 * Company names that end in a region word: "S&P Global", "Marriott International", "Philip Morris
 * International", "Wynn Resorts World". A capitalised Global, International or World right after another
 * capitalised name, followed by a lower-case word ("S&P Global shares rose 3%"), is part of a company's
 * name, not a region: no claim about an index or a size group is made. Title-case headlines ("Small Caps Beat
 * Global Stocks") keep the region: there the word after is capitalised too; so does an index ("the MSCI World
 * index").
 */
import type { TextSpan } from '../claim-read.ts';

/** A company's name found in a sentence. */
export interface CompanyHit extends TextSpan {
  name: string;
  /** What the name is, when not a company ("is the commentary's own fund: …"). */
  what?: string;
}

const COMPANY =
  /\b((?:[A-Z][\w&.'-]*\s+){1,3}(?:Global|International|World))(?=\s+(?!(?:index|indices|indexes|benchmark|gauge)\b)[a-z])/g;
/** Words that start a sentence or a list and are no name ("The Global ...", "And World ..."). */
const NOT_NAME = /^(?:The|A|An|And|Or|But|In|On|Of|For|As|At|By|US|U\.S\.|UK|U\.K\.)$/;

/**
 * The company names of `text` that end in Global, International or World.
 * @example companyNames('S&P Global shares rose 3%.') // [{ start: 0, end: 10, name: 'S&P Global' }]
 */
export function companyNames(text: string): CompanyHit[] {
  const hits: CompanyHit[] = [];
  for (const m of text.matchAll(COMPANY)) {
    const words = m[1].split(/\s+/);
    let k = 0;
    while (k < words.length - 1 && NOT_NAME.test(words[k])) k++;
    if (k === words.length - 1) continue;
    const start = m.index + m[1].indexOf(words[k]);
    hits.push({ start, end: m.index + m[1].length, name: text.slice(start, m.index + m[1].length) });
  }
  return hits;
}

/**
 * "Tesla shares jumped 14.8%", "Nvidia's stock fell": a name before "shares" or "stock"; "the Fund's Institutional
 * shares" is a commentary's own fund.
 */
const SHARES_OF = /\b([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2}?)(?:['’]s)?\s+(?:shares|stock)\b/g;
/** Capitalised words that name a group, not one company: "Bank shares", "Small-cap stock", "Tech shares". */
const GROUP =
  /^(?:The|A|An|And|But|Bank|Banks|Tech|Technology|Energy|Small|Large|Mid|Micro|Regional|Growth|Value|US|U\.S\.|UK|European|Chinese|Japanese|Global|World|Defense|Defence|Oil|Retail|Utility|Utilities|Consumer|Health|Financial|Industrial|Homebuilder|Airline|Cruise|Crypto|Meme|Index|Russell|S&P)\b/;

/**
 * The companies of `text` whose shares or stock it names ("Tesla shares jumped 14.8%"): a move capgap reads no
 * subject for, said to be one company's.
 * @example shareNames('Tesla shares jumped 14.8%.') // [{ start: 0, end: 5, name: 'Tesla' }]
 */
export function shareNames(text: string): CompanyHit[] {
  return [...text.matchAll(SHARES_OF)]
    .filter((m) => !GROUP.test(m[1]) && !/[-\d]/.test(m[1]))
    .map((m) => ({
      start: m.index,
      end: m.index + m[1].length,
      name: m[1],
      // "the Fund's Institutional shares returned 27.4%": a commentary's own fund, by its share class.
      ...(/^Fund\b/.test(m[1]) ? { what: OWN_FUND } : {}),
    }));
}

const OWN_FUND =
  "is the commentary's own fund: capgap holds no prices for it; name its ticker, or check its benchmark";

/** What a name the reader cannot measure is, for a "no subject" reason: a company, or a commentary's own fund. */
export function companyWhy(c: CompanyHit): string {
  return `${JSON.stringify(c.name)} ${c.what ?? 'is a company: no index or size group'}`;
}
