/**
 * Sector phrases as newsrooms write them: GICS sector names and their variants ("industrials", "industrial
 * stocks", "financials", "banks", "bank stocks", "lenders", "energy stocks", "utilities", "tech stocks",
 * "technology", "health care" / "healthcare", "consumer discretionary", "consumer staples", "materials",
 * "real estate", "REITs", "telecoms", "communication services"), optionally "the S&P 500('s) … sector" (the
 * Russell 2000's or the S&P 600's: sized small), with a
 * size in front ("small-cap industrials", "large-cap industrials", "smaller industrial companies", "big
 * banks"). A bare sector word that is also an everyday word ("energy", "technology", "materials", "real
 * estate", "health care") counts only before a market verb ("Energy rose 2%"), with a noun ("energy
 * stocks"), listed with another sector ("Industrials, energy and financials each gained 5%") or in a sentence
 * about sectors ("every one of the 11 sectors fell, with real estate the hardest hit"). "The Dow
 * Jones industrials" is the Dow, not the sector. "Regional banks" are a sub-industry of their own ('Regional
 * Banks': KRE only).
 * Also "their larger peers" / "bigger rivals": the other end of the size spectrum of the same subject.
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';

/** A sector (or "the other end") phrase found in a sentence. */
export interface SectorHit extends TextSpan {
  subject: ClaimSubject | { kind: 'opposite' };
}

const NOUN = '(?:\\s+(?:stocks|shares|companies|names|groups|equities|sector|index|producers|firms))';
const VERB_AFTER =
  /^\s+(?:(?:barely|only|also|still|just|slightly|modestly|sharply|even)\s+)?(?:rose|fell|gained|lost|led|jumped|climbed|slid|dropped|declined|advanced|rallied|were|was|is|are|added|shed|outperformed|underperformed|beat|lagged|trailed|returned|surged|soared|tumbled|sank|ended|finished|closed|has|have|had|posted|moved|budged|edged|inched|slipped|dipped|plunged|slumped|rebounded)\b/i;

/** What follows a sector in a clause with its verb elided: "health care down 2.9%", "energy the worst, …". */
const ELIDED_AFTER =
  /^\s+(?:up|down|off|higher|lower|the\s+(?:best|worst|biggest|weakest|strongest|laggard|leader)|[+−-]?\d|\([+−-]?\d)/i;

/** Sector words: [pattern (no size, no noun), sector, everyday word (needs a noun or a verb after it)]. */
const WORDS: [string, string, boolean][] = [
  ['industrials|industrial', 'Industrials', false],
  ['financials|financial', 'Financials', false],
  // "Regional banks" are a sub-industry of their own (KRE), not banks as a whole (./../evaluate-sectors.ts).
  ['regional\\s+(?:banks?|lenders)', 'Regional Banks', false],
  ['banks|bank|banking|lenders', 'Banks', false],
  ['energy|oil\\s+and\\s+gas', 'Energy', true],
  ['utilities|utility', 'Utilities', false],
  ['tech|technology|information\\s+technology', 'Information Technology', true],
  ['health[- ]?care', 'Health Care', true],
  ['consumer\\s+discretionary', 'Consumer Discretionary', false],
  ['consumer\\s+staples', 'Consumer Staples', false],
  ['materials|basic\\s+materials', 'Materials', true],
  ['real\\s+estate|reits|property', 'Real Estate', true],
  [
    'telecoms?|telecommunications?(?:\\s+services)?|communication\\s+services',
    'Telecommunications Services',
    false,
  ],
];

/** Words that make a bare sector word something else: "energy prices", "tech giants' earnings", "bank rate". */
const NOT_AFTER =
  /^\s+(?:prices?|costs?|bills?|demand|supply|policy|rates?|regulators?|lending|loans?|deposits?|holiday|of\s+england|of\s+japan|governor|account|credit|bonds?|yields?|debt)\b/i;

const SIZE = '(?:(small|smaller|smallest|large|larger|largest|big|bigger|biggest|mega)(?:[- ]caps?)?\\s+)?';

const PLURAL_OK =
  /^(industrials|financials|banks|regional\s+(?:banks|lenders)|lenders|utilities|telecoms|reits|consumer\s+(?:discretionary|staples)|communication\s+services|telecommunications?\s+services)$/i;

/** One regex per sector word: size prefix, the S&P 500 prefix, the word, and a noun or a verb after it. */
const PATTERNS: { re: RegExp; sector: string; everyday: boolean }[] = WORDS.map(([w, sector, everyday]) => ({
  re: new RegExp(
    `\\b(?<!dow\\s(?:jones\\s)?)(?:the\\s+)?(?:u\\.?s\\.?\\s+)?${SIZE}(?:(?:s&p(?:\\s*500)?|russell\\s+2000|s&p\\s*600)(?:'s)?\\s+)?(${w})(${NOUN})?(?:${NOUN})?\\b`,
    'gi',
  ),
  sector,
  everyday,
}));

const PEERS =
  /\b(?:their|its)\s+(?:larger|bigger|smaller)\s+(?:peers|counterparts|rivals|cousins|brethren)\b|\b(?:larger|bigger|smaller)\s+(?:peers|counterparts|rivals)\b/gi;

function sizeOf(word: string | undefined): 'small' | 'large' | undefined {
  if (!word) return undefined;
  return /^small/i.test(word) ? 'small' : 'large';
}

/**
 * The sector phrases of `text` (and "their larger peers"), in order; overlapping phrases keep the first.
 * @example findSectors('Small-cap industrials beat large-cap industrials') // two hits: Industrials small, large
 */
export function findSectors(text: string): SectorHit[] {
  const hits: SectorHit[] = [];
  // Everyday words with no verb after them: sectors when listed with one ("Industrials, energy and …").
  const listed: SectorHit[] = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const [all, size, word, noun] = m;
      const start = m.index;
      const end = start + all.length;
      const hasNoun = !!noun || /s&p/i.test(all);
      // A bare singular ("industrial", "bank") needs a noun: "industrial stocks", "bank shares".
      if (!hasNoun && !PLURAL_OK.test(word.trim()) && !p.everyday) continue;
      if (!hasNoun && NOT_AFTER.test(text.slice(end))) continue;
      if (!hasNoun && p.everyday && !VERB_AFTER.test(text.slice(end))) {
        if (!size) listed.push({ start, end, subject: { kind: 'sector', sector: p.sector } });
        continue;
      }
      // "small banks" and "big banks" are sized; "the biggest banks" too.
      // "the Russell 2000's financials sector": the small-cap index's sector, sized small.
      const sz = sizeOf(size) ?? (/russell|600/i.test(all) ? 'small' : undefined);
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({
        start,
        end,
        subject: { kind: 'sector', sector: p.sector, ...(sz ? { size: sz } : {}) },
      });
    }
  }
  // "industrials (+4.5%) and energy (+3.9%)": a bracketed figure after an item still joins the list.
  const joined = (a: TextSpan, b: TextSpan) =>
    /^\s*(?:\([^()]{0,24}\)\s*)?(?:,|,?\s+(?:and|or|&))\s*$/i.test(text.slice(a.end, b.start));
  // A sentence about sectors ("all 11 sectors fell, with real estate the hardest hit", "Financials have been
  // the best-performing sector, …") names them bare; so does a clause with its verb elided after another
  // sector ("Financials were up 8.4%, health care down 2.9%").
  const sectorTalk = /\bsectors\b|\b(?:best|worst|top|bottom)[- ]performing\s+sector\b/i.test(text);
  const elided = (c: TextSpan) =>
    /[,;]\s*$/.test(text.slice(0, c.start)) &&
    ELIDED_AFTER.test(text.slice(c.end)) &&
    hits.some((h) => h.end <= c.start);
  for (let more = true; more; ) {
    more = false;
    for (const c of listed)
      if (!hits.includes(c) && (sectorTalk || elided(c) || hits.some((h) => joined(h, c) || joined(c, h)))) {
        if (hits.some((h) => c.start < h.end && c.end > h.start)) continue;
        hits.push(c);
        more = true;
      }
  }
  for (const m of text.matchAll(PEERS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!hits.some((h) => start < h.end && end > h.start))
      hits.push({ start, end, subject: { kind: 'opposite' } });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The sectors listed from `start` on, joined by commas and "and" ("consumer staples and health care"). */
export function listFrom<H extends TextSpan>(t: string, sectors: readonly H[], start: number): H[] {
  const out: H[] = [];
  let next = sectors.find((h) => h.start === start);
  while (next) {
    out.push(next);
    const end = next.end;
    next = sectors.find((x) => x.start > end && /^\s*(?:,|,?\s+and|&)\s*$/i.test(t.slice(end, x.start)));
  }
  return out;
}

/** The first sector of a list that ends right before `end` ("Real estate and utilities| were …"), if any. */
export function listStart<H extends TextSpan>(t: string, sectors: readonly H[], end: number): H | undefined {
  let first = sectors.filter((h) => h.end <= end && /^\s+$/.test(t.slice(h.end, end))).pop();
  for (let prev = first; prev; ) {
    const at = prev.start;
    prev = sectors.filter((x) => x.end <= at && /^\s*(?:,|,?\s+and|&)\s*$/i.test(t.slice(x.end, at))).pop();
    if (prev) first = prev;
  }
  return first;
}
