/**
 * Regional phrases: "European small caps", "small caps in Europe", "Europe's smaller companies", "European
 * stocks", "stocks in the euro zone", "the developed world outside the US", "international small caps",
 * "small caps outside the US", "Japanese small caps", "emerging-market stocks", and the UK ("UK mid caps" =
 * the FTSE 250, "UK large caps" = the FTSE 100, "UK small caps": no series). Each becomes a region's small
 * caps, large caps or market (../claim-regions.ts; French's regions: "European" is French's Europe of 16
 * developed markets including the UK, "international" / "outside the US" is Developed ex US, "global" is
 * Developed). Regional index names: the Stoxx 600 (^STOXX), Euro Stoxx 50, DAX, CAC 40, Nikkei 225 are
 * securities (checked when their prices are imported); small-cap indices capgap holds nothing for (STOXX
 * Europe Small 200, MSCI small-cap indices, FTSE SmallCap) are `unheld`. A regional claim the sentence puts
 * in local currency ("in euro terms", "in local currency") is `unheld` too: the data are US-dollar returns.
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import { companyNames } from './company-names.ts';

/** A regional phrase found in a sentence. */
export interface RegionHit extends TextSpan {
  subject: ClaimSubject;
}

const ADJ: [string, string][] = [
  ["european|europe's|euro[- ]?zone|euro[- ]area|continental(?:\\s+european)?", 'europe'],
  ["japanese|japan's", 'japan'],
  [
    'international|non[- ]u\\.?s\\.?|overseas|developed[- ]markets?\\s+ex[- ]u\\.?s\\.?|developed\\s+ex[- ]u\\.?s\\.?',
    'developed-ex-us',
  ],
  ['emerging[- ]markets?', 'emerging'],
  ['asia[- ]pacific\\s+ex[- ]japan|asia[- ]pacific', 'asia-pacific-ex-japan'],
  ['north\\s+american', 'north-america'],
  ['global|world', 'developed'],
  ["uk|u\\.k\\.|british|britain's", 'uk'],
];

const NOUNS: [string, string][] = [
  ['europe|the\\s+euro\\s?zone|the\\s+euro\\s+area', 'europe'],
  ['japan', 'japan'],
  ['emerging\\s+markets', 'emerging'],
  ['the\\s+uk|the\\s+u\\.k\\.|britain', 'uk'],
  [
    '(?:the\\s+)?(?:developed\\s+world\\s+)?outside\\s+(?:of\\s+)?(?:the\\s+)?(?:us|u\\.s\\.|united\\s+states|america)|the\\s+developed\\s+world\\s+(?:outside|excluding|ex)\\s+(?:the\\s+)?(?:us|u\\.s\\.|united\\s+states|america)',
    'developed-ex-us',
  ],
];

const LEGS: [string, 'small' | 'mid' | 'large' | 'market'][] = [
  [
    'small[- ]caps?(?:\\s+(?:stocks|shares|equities|companies))?|small(?:er)?\\s+(?:companies|stocks|firms|caps)',
    'small',
  ],
  ['mid[- ]caps?(?:\\s+(?:stocks|shares|equities|companies))?', 'mid'],
  [
    'large[- ]caps?(?:\\s+(?:stocks|shares|equities|companies))?|larger\\s+(?:companies|stocks)|big\\s+caps|blue[- ]chips?(?:\\s+stocks)?|(?:big|biggest|largest)\\s+(?:companies|stocks)',
    'large',
  ],
  ['stocks|shares|equities|stock\\s+markets?|equity\\s+markets?|markets?|bourses', 'market'],
];

const LEG = LEGS.map(([w]) => `(?:${w})`).join('|');
const NOUN = NOUNS.map(([w]) => `(?:${w})`).join('|');
const ADJ_RE = ADJ.map(([w]) => `(?:${w})`).join('|');

/** "European small-cap funds" are a fund category (./subjects.ts), not the region's stocks. */
const NOT_FUNDS = '(?!\\s+(?:funds?|etfs?|exchange[- ]traded|managers?|investors?|trusts?)\\b)';

/** "U.S. small caps have beaten their European peers": the region's stocks of the size named before. */
const PEERS = new RegExp(
  `\\b(?:their|its)\\s+(${ADJ_RE})\\s+(?:peers|counterparts|rivals|equivalents)\\b`,
  'gi',
);

const FORMS: RegExp[] = [
  new RegExp(
    `\\b(?:the\\s+)?(?:(?:wider|broader|broad|overall)\\s+)?(${ADJ_RE})\\s+(${LEG})\\b${NOT_FUNDS}`,
    'gi',
  ),
  new RegExp(`\\b(?:the\\s+)?(${LEG})\\s+(?:in|across|from|of)?\\s*(${NOUN})\\b`, 'gi'),
  new RegExp(`\\b(europe|japan|britain|the\\s+uk)'s\\s+(${LEG})\\b${NOT_FUNDS}`, 'gi'),
  /\bthe\s+developed\s+world\s+(?:outside|excluding|ex)\s+(?:the\s+)?(?:us|u\.s\.|united\s+states|america)\b|\bdeveloped\s+markets?\s+(?:outside|excluding|ex)\s+(?:the\s+)?(?:us|u\.s\.)/gi,
  // "Developed-market small caps excluding the US", "international large caps outside the U.S.".
  new RegExp(
    `\\b(?:developed[- ]markets?|developed[- ]world|international)\\s+(${LEG})\\s+(?:excluding|ex|outside(?:\\s+of)?)\\s+(?:the\\s+)?(?:us|u\\.s\\.|united\\s+states|america)\\b`,
    'gi',
  ),
];

/** Regional indices as written → a security id (prices imported) or an unheld id. */
const INDICES: [RegExp, ClaimSubject][] = [
  [
    /\b(?:the\s+)?stoxx\s+(?:europe\s+)?(?:small\s+200|600\s+small(?:[- ]cap)?)(?:\s+index)?/gi,
    { kind: 'unheld', id: 'stoxx-small' },
  ],
  [/\b(?:the\s+)?msci\s+[\w\s-]{0,25}?small[- ]cap(?:\s+index)?/gi, { kind: 'unheld', id: 'msci-small' }],
  [/\b(?:the\s+)?ftse\s+small[- ]?cap(?:\s+index)?/gi, { kind: 'unheld', id: 'uk-small' }],
  // Indexes capgap holds no prices for, named so that a claim on one says so (not "no subject", not small caps).
  [/\b(?:the\s+)?russell\s+2500(?:\s+index)?/gi, { kind: 'unheld', id: 'index:the Russell 2500' }],
  [
    /\b(?:the\s+)?(?:dow\s+jones\s+)?wilshire\s+5000(?:\s+index)?/gi,
    { kind: 'unheld', id: 'index:the Wilshire 5000' },
  ],
  [
    /\b(?:the\s+)?msci\s+(?:world|acwi|all[- ]country\s+world|eafe|emerging[- ]markets?|usa)\b(?!\s+small)(?:\s+index)?/gi,
    { kind: 'unheld', id: 'index:an MSCI index' },
  ],
  [/\b(?:the\s+)?crsp\s+u\.?s\.?\s+[\w\s-]{0,20}?index\b/gi, { kind: 'unheld', id: 'index:a CRSP US index' }],
  [
    /\b(?:the\s+)?(?:pan-european\s+)?stoxx\s+(?:europe\s+)?600(?:\s+index)?/gi,
    { kind: 'security', id: '^STOXX' },
  ],
  [/\b(?:the\s+)?euro\s+stoxx\s+50(?:\s+index)?/gi, { kind: 'security', id: '^STOXX50E' }],
  [/\b(?:germany's\s+|the\s+german\s+)?dax(?:\s+index)?\b/gi, { kind: 'security', id: '^GDAXI' }],
  [/\b(?:france's\s+|the\s+french\s+)?cac\s+40(?:\s+index)?/gi, { kind: 'security', id: '^FCHI' }],
  [
    /\b(?:japan's\s+|the\s+)?nikkei(?:\s+225)?(?:\s+(?:index|average|stock\s+average))?/gi,
    { kind: 'security', id: '^N225' },
  ],
];

/** "in euro terms", "in local currency", "in sterling terms", "measured in yen". */
const LOCAL_CURRENCY =
  /\bin\s+(?:local[- ]currency|euro|sterling|yen|pound|local)\s+terms\b|\bin\s+local\s+currenc(?:y|ies)\b|\b(?:measured|priced)\s+in\s+(?:euros?|sterling|pounds|yen|local\s+currenc(?:y|ies))\b|\bin\s+(?:euros|sterling)\b/i;

function regionOf(words: string, table: [string, string][]): string {
  for (const [w, id] of table) if (new RegExp(`^(?:${w})$`, 'i').test(words.trim())) return id;
  return 'developed-ex-us';
}

function legOf(words: string): 'small' | 'mid' | 'large' | 'market' {
  for (const [w, leg] of LEGS) if (new RegExp(`^(?:${w})$`, 'i').test(words.trim())) return leg;
  return 'market';
}

/** The subject for a region and a leg: UK legs are indices or unheld; mid caps elsewhere are unheld. */
function subjectOf(region: string, leg: 'small' | 'mid' | 'large' | 'market', local: boolean): ClaimSubject {
  if (region === 'uk') {
    if (leg === 'mid') return { kind: 'security', id: '^FTMC' };
    if (leg === 'large') return { kind: 'security', id: '^FTSE' };
    return { kind: 'unheld', id: leg === 'small' ? 'uk-small' : 'uk-market' };
  }
  if (local) return { kind: 'unheld', id: `local-currency-${region}` };
  if (leg === 'mid') return { kind: 'unheld', id: `mid-caps-${region}` };
  return { kind: 'region', region, leg };
}

/**
 * The regional phrases of `text`, in order, non-overlapping (index names first, then the forms in order).
 * @example findRegions('European small caps beat large caps') // [{ subject: { kind: 'region', region: 'europe', leg: 'small' } }]
 */
export function findRegions(text: string): RegionHit[] {
  const hits: RegionHit[] = [];
  const add = (start: number, end: number, subject: ClaimSubject) => {
    if (!hits.some((h) => start < h.end && end > h.start)) hits.push({ start, end, subject });
  };
  for (const [re, subject] of INDICES)
    for (const m of text.matchAll(re)) add(m.index, m.index + m[0].length, subject);
  const local = LOCAL_CURRENCY.test(text);
  // "S&P Global shares", "Marriott International shares": a company's name, not a region (./company-names.ts).
  const companies = companyNames(text);
  FORMS.forEach((re, f) => {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      if (companies.some((c) => m.index < c.end && end > c.start)) continue;
      if (f === 3) add(m.index, end, subjectOf('developed-ex-us', 'market', local));
      else if (f === 4) add(m.index, end, subjectOf('developed-ex-us', legOf(m[1]), local));
      else if (f === 0) {
        // "Global small caps ex-US": the developed markets outside the US.
        const ex = /^\s+(?:ex[- ]|excluding\s+(?:the\s+)?)u\.?s\.?(?![\w.])/i.exec(text.slice(end));
        const region = ex && regionOf(m[1], ADJ) === 'developed' ? 'developed-ex-us' : regionOf(m[1], ADJ);
        add(m.index, end + (ex?.[0].length ?? 0), subjectOf(region, legOf(m[2]), local));
      } else if (f === 1) add(m.index, end, subjectOf(regionOf(m[2], NOUNS), legOf(m[1]), local));
      else add(m.index, end, subjectOf(regionOf(m[1], NOUNS), legOf(m[2]), local));
    }
  });
  for (const m of text.matchAll(PEERS)) {
    const size = [...text.slice(0, m.index).matchAll(/\b(small|mid|large)[- ]?caps?\b/gi)]
      .pop()?.[1]
      .toLowerCase();
    if (size)
      add(m.index, m.index + m[0].length, subjectOf(regionOf(m[1], ADJ), legOf(`${size}-caps`), local));
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * A size class written without a region in a sentence about a region is that region's ("European small caps
 * beat large caps": Europe's large caps); the opposite of a regional leg is the other leg.
 * @example regionalise([{ kind: 'region', region: 'europe', leg: 'small' }, { kind: 'size-class', size: 'large' }])
 */
export function regionalise(subjects: readonly ClaimSubject[]): ClaimSubject[] {
  const r = subjects.find((s) => s.kind === 'region');
  if (r?.kind !== 'region') return [...subjects];
  // "U.S. small caps have beaten their European peers": a class the region already has on that leg stays.
  return subjects.map((s) =>
    s.kind === 'size-class' &&
    (s.size === 'small' || s.size === 'large') &&
    !subjects.some((x) => x.kind === 'region' && x.leg === s.size)
      ? { kind: 'region', region: r.region, leg: s.size }
      : s,
  );
}
