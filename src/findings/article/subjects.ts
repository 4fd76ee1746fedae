/**
 * Subject phrases in a sentence: indices as written ("the small-cap focussed Russell 2000 index", "the
 * S&P 500", "the Dow", "the Nasdaq", "the Russell 1000", "the FTSE 250"), funds by name or ticker (from the
 * ETF registry passed in), size groups ("the smallest 10 per cent of US stocks", "the bottom decile", "the
 * largest fifth", "the top third by market capitalisation"), size classes ("small caps", "mega caps"),
 * fund categories ("US small cap ETFs"), and comparison targets ("the market", "the broader market", "the
 * market average return", "the wider stock universe", "their peers at the opposite end of the market
 * capitalisation spectrum"). UK and US spellings both read (focussed/focused, capitalisation/-ization).
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import { sectorKey } from '../claim-sectors.ts';
import { findFactors } from './factor-subjects.ts';
import { type FundName, fundPatterns } from './funds.ts';
import { CAP_WEIGHTED, EQUAL_WEIGHT, EQUAL_WEIGHT_OTHER, GAUGE, INDEX, indexId } from './index-names.ts';
import { bracketedFunds, findIndexTickers, withTickers } from './index-tickers.ts';
import { TARGETS } from './market-subjects.ts';
import { findRegions } from './region-subjects.ts';
import { findSectors } from './sector-subjects.ts';
import { definedClasses, findSizeClasses, styleScope } from './size-classes.ts';
import { findSizeGroups, styleGroups } from './size-groups.ts';
import { UNHELD_FUNDS } from './unheld-funds.ts';

export { DEFAULT_FUNDS, type FundName } from './funds.ts';

/** A subject phrase found in a sentence. `opposite`: "their peers at the opposite end …". */
export interface SubjectHit extends TextSpan {
  subject: ClaimSubject | { kind: 'opposite' };
}

/** "according to Dow Jones Market Data": a source, no index. */
const DATA_FIRM = /^\s+(?:market\s+data|newswires|indices|news\s+service)\b/i;

/** "the middle 40%", "the middle third of stocks": no group at either end (../claim-regions.ts 'middle-group'). */
const MIDDLE =
  /\bthe\s+middle\s+(?:\d{1,2}\s?(?:%|per\s?cent|percent)|third|tercile|fifth|quintile|decile)(?:\s+of\s+(?:us\s+)?(?:stocks|companies|shares))?|\b(?:size\s+)?(?:decile\s+[2-9]|quintile\s+[2-4]|quartile\s+[23]|tercile\s+2)\b(?!\s*(?:%|per\s?cent|percent|points|pp|\.\d))/gi;

const OPPOSITE =
  /\b(?:their|its)\s+(?:peers|counterparts|rivals)\s+at\s+the\s+(?:opposite|other)\s+end\s+of\s+the\s+(?:market[- ]cap(?:itali[sz]ation)?|size)\s+(?:spectrum|scale)|\bthe\s+(?:opposite|other)\s+end\s+of\s+the\s+(?:market[- ]cap(?:itali[sz]ation)?|size)\s+(?:spectrum|scale)/gi;

const CATEGORY =
  /\b(?:us\s+|u\.s\.\s+|american\s+)?(small|mid|large|micro)[- ]?caps?\s+(?:stock\s+|equity\s+|index\s+)?(?:etfs|funds|exchange[- ]traded\s+funds|etf)\b/gi;

/**
 * "small-cap value funds", "large-cap growth ETFs", Morningstar's "small-blend funds": a style sub-category of
 * a size class's funds, not the size class's category. Read as the registry's category of that name (`US small
 * cap value`) when the registry has one, else as unheld (`style-category:…`: cannot check, said why).
 */
const STYLE_CATEGORY =
  /\b(?:us\s+|u\.s\.\s+|american\s+)?(small|mid|large|micro)(?:[- ]?caps?\s+|-)(value|growth|blend|core)\s+(?:stock\s+|equity\s+|index\s+)?(?:etfs|funds|exchange[- ]traded\s+funds|etf)\b/gi;

const REGION_CATEGORY =
  /\b(uk|u\.k\.|british|european|japanese|emerging[- ]markets?|global)\s+(equity|stock|small[- ]cap|mid[- ]cap|smaller\s+companies)\s+(?:funds|etfs|exchange[- ]traded\s+funds)\b/gi;
/** Where a category's funds are listed: "… listed in London", "UK-listed …". */
const LISTED_AFTER = /^\s+(?:listed|domiciled|traded)\s+in\s+(?:London|the\s+UK|the\s+U\.K\.|Britain)\b/i;
const LISTED_BEFORE = /\b(?:London|UK|U\.K\.)[- ](?:listed|domiciled)\s+$/i;

/**
 * "the small-cap index", "the small-cap gauge", "the index of smaller companies", "the smaller-company
 * index", "the Russell" (traders' shorthand): read as the Russell 2000, unless an index named right after
 * it says which ("The index of smaller companies, the FTSE 250, …"); "the Russell 2500" is another index.
 */
const SMALL_CAP_INDEX =
  /\bthe\s+(?:(?:small[- ]cap|small(?:er)?[- ]compan(?:y|ies))\s+(?:index|benchmark|gauge|barometer)|(?:index|benchmark|gauge|barometer)\s+of\s+small(?:er)?(?:[- ]company)?\s+(?:companies|stocks|firms|shares))\b(?!\s*[,(—–]\s*(?:the\s+)?(?:FTSE|S&P|Russell|Nasdaq|Dow|Stoxx|DAX|CAC|Nikkei|MSCI|TSX|ASX|Topix))|\bthe\s+Russell\b(?!\s+(?:\d|mid[- ]?cap|micro[- ]?cap|top|investments|indexes|indices))/gi;

const STYLE_COUNTERPART =
  /\b(?:its|their|the)\s+(growth|value)\s+(?:counterparts?|peers?|siblings?|cousins?|twins?|equivalents?|rivals?|index|gauge|benchmark)\b/gi;
/** A style ETF's counterpart of the other style ("its growth counterpart" of IWN is IWO). */
const STYLE_PAIRS: Record<string, Record<string, string>> = {
  growth: { IWN: 'IWO', IWD: 'IWF', IJS: 'IJT', VBR: 'VBK' },
  value: { IWO: 'IWN', IWF: 'IWD', IJT: 'IJS', VBK: 'VBR' },
};

/**
 * The subject phrases of `text`, in order, non-overlapping (earlier and longer phrases win).
 * @example findSubjects('The Russell 2000 beat the market') // [{ subject: { kind: 'security', id: '^RUT' } }, { subject: { kind: 'market' } }]
 */
export function findSubjects(text: string, funds: readonly FundName[] = []): SubjectHit[] {
  const hits: SubjectHit[] = [];
  const add = (start: number, end: number, subject: SubjectHit['subject']) => {
    if (hits.some((h) => start < h.end && end > h.start)) return;
    hits.push({ start, end, subject });
  };
  for (const { re, ticker } of fundPatterns(funds)) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) add(m.index, m.index + m[0].length, { kind: 'security', id: ticker });
  }
  for (const h of bracketedFunds(text)) add(h.start, h.end, h.subject); // "… Small Cap Value ETF (AVUV)"
  for (const h of [...findFactors(text), ...findRegions(text)]) add(h.start, h.end, h.subject);
  // "the KBW Regional Banking index": an index of its own, not the banks sector.
  for (const m of text.matchAll(GAUGE)) // every GAUGE name has an id
    add(m.index, m.index + m[0].length, { kind: 'security', id: indexId(m[1]) as string });
  for (const h of findSectors(text)) add(h.start, h.end, h.subject);
  for (const m of text.matchAll(OPPOSITE)) add(m.index, m.index + m[0].length, { kind: 'opposite' });
  for (const h of [...styleGroups(text), ...findSizeGroups(text)]) add(h.start, h.end, h.subject);
  for (const m of text.matchAll(MIDDLE))
    add(m.index, m.index + m[0].length, { kind: 'unheld', id: 'middle-group' });
  for (const m of text.matchAll(EQUAL_WEIGHT_OTHER)) // "the equal-weighted Russell 2000": not the Russell 2000
    add(m.index, m.index + m[0].length, { kind: 'unheld', id: 'equal-weight' });
  for (const m of text.matchAll(EQUAL_WEIGHT)) {
    add(m.index, m.index + m[0].length, { kind: 'security', id: m[1] ? 'RSP' : '^SPXEW' });
    // "…, versus 1.7% for its market-cap-weighted counterpart": the S&P 500 itself.
    for (const c of text.matchAll(CAP_WEIGHTED))
      add(c.index, c.index + c[0].length, { kind: 'security', id: '^GSPC' });
  }
  for (const m of text.matchAll(INDEX)) {
    const id = indexId(m[1]); // none for a mangled name ("S&P MidCap 500"): no subject, no error
    if (id && !DATA_FIRM.test(text.slice(m.index + m[0].length)))
      add(m.index, m.index + m[0].length, { kind: 'security', id });
  }
  for (const h of findIndexTickers(text)) add(h.start, h.end, h.subject);
  for (const m of text.matchAll(REGION_CATEGORY)) {
    const r = m[1].replace(/\./g, '').toLowerCase();
    const region = r === 'uk' ? 'UK' : r[0].toUpperCase() + r.slice(1);
    add(m.index, m.index + m[0].length, {
      kind: 'category',
      category: `${region} ${m[2].toLowerCase().replace(/-/g, ' ')}`,
    });
  }
  for (const m of text.matchAll(STYLE_CATEGORY)) {
    const category = `US ${m[1].toLowerCase()} cap ${m[2].toLowerCase()}`;
    const held = funds.some((f) => f.category?.toLowerCase() === category.toLowerCase());
    add(
      m.index,
      m.index + m[0].length,
      held ? { kind: 'category', category } : { kind: 'unheld', id: `style-category:${category}` },
    );
  }
  for (const [re, id] of UNHELD_FUNDS)
    for (const m of text.matchAll(re)) add(m.index, m.index + m[0].length, { kind: 'unheld', id });
  for (const m of text.matchAll(CATEGORY)) {
    // "Small-cap funds listed in London", "London-listed small-cap funds": the UK's category, not the US's.
    const uk =
      LISTED_AFTER.test(text.slice(m.index + m[0].length)) || LISTED_BEFORE.test(text.slice(0, m.index));
    add(m.index, m.index + m[0].length, {
      kind: 'category',
      category: `${uk ? 'UK' : 'US'} ${m[1].toLowerCase()} cap`,
    });
  }
  for (const [re, s] of TARGETS) for (const m of text.matchAll(re)) add(m.index, m.index + m[0].length, s);
  for (const m of text.matchAll(SMALL_CAP_INDEX))
    add(m.index, m.index + m[0].length, { kind: 'security', id: '^RUT' });
  for (const h of findSizeClasses(text)) add(h.start, h.end, h.subject);
  // "the Russell 2000 Value index gained 14.1%, against 9.1% for its growth counterpart" (for "the growth
  // index"): the other style.
  for (const m of text.matchAll(STYLE_COUNTERPART)) {
    const before = hits.filter((h) => h.end <= m.index && h.subject.kind === 'security');
    const last = before.sort((a, b) => a.start - b.start)[before.length - 1]?.subject;
    const other = last?.kind === 'security' ? STYLE_PAIRS[m[1].toLowerCase()]?.[last.id] : undefined;
    if (other) add(m.index, m.index + m[0].length, { kind: 'security', id: other });
  }
  const scope = styleScope(text); // "Among small caps, value stocks rose 14%": the styles are the subjects
  const kept = scope ? hits.filter((h) => h.start >= scope.end) : hits;
  const sorted = kept.sort((a, b) => a.start - b.start);
  return withTickers(text, definedClasses(text, sorted)); // "Small caps, defined as the bottom 30% …": Lo 30
}

/**
 * The string id of a subject in `Claim.subjects`: '^RUT', 'IWM', 'Lo 10' / 'Hi 20' / 'Lo 30' (French
 * publishes these), 'Lo 1/3', 'Hi 1/4', 'Lo 1/2', 'small caps', 'US small cap', 'market', 'universe'.
 * @example subjectKey({ kind: 'size-group', side: 'small', fraction: 1 / 3 }) // 'Lo 1/3'
 */
export function subjectKey(s: ClaimSubject): string {
  switch (s.kind) {
    case 'security':
      return s.id;
    case 'size-group': {
      const side = s.side === 'small' ? 'Lo' : 'Hi';
      const pct = Math.round(s.fraction * 100);
      const k = Math.round(1 / s.fraction);
      if (pct === 10 || pct === 20 || pct === 30 || Math.abs(k * s.fraction - 1) > 1e-9)
        return `${side} ${pct}`;
      return `${side} 1/${k}`;
    }
    case 'size-class':
      return s.size === 'all' ? `${s.style} stocks` : `${s.size} caps${s.style ? ` ${s.style}` : ''}`;
    case 'category':
      return s.category;
    case 'sector':
      return sectorKey(s);
    case 'region':
      return `${s.region}:${s.leg}`;
    case 'unheld':
      return `unheld:${s.id}`;
    default:
      return s.kind;
  }
}
