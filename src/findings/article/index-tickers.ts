/**
 * Index tickers as research notes and terminals write them ("Small caps (R2K) outperformed large (SPX) by
 * 310bp", "RTY Index +2.1%", the S&P 600's "SML" and the S&P 400's "MID"), London's indices by description ("London's mid-cap index"), and a subject with a subject in
 * brackets right after it ("the iShares Russell 2000 ETF (IWM)").
 */
import type { SubjectHit } from './subjects.ts';

/** Index tickers as research notes write them, capitals only ("R2K", "SPX"; "rut" is a word). */
const INDEX_TICKERS: Record<string, string> = {
  R2K: '^RUT',
  RTY: '^RUT',
  RUT: '^RUT',
  RIY: '^RUI',
  RAY: '^RUA',
  SPX: '^GSPC',
  NDX: '^NDX',
  INDU: '^DJI',
  UKX: '^FTSE',
  MCX: '^FTMC',
  SML: '^SP600',
  MID: '^SP400',
};
/** A ticker, with a terminal's " Index" after it ("SPX Index +1.4%"), not "MID-CAP" in a headline. */
const INDEX_TICKER =
  /(?<![\w.^$])(R2K|RTY|RUT|RIY|RAY|SPX|NDX|INDU|UKX|MCX|SML|MID)(?![\w-])(?:\s+Index\b)?/g;

/**
 * The index tickers in `text` ("R2K", "SPX"), capitals only.
 * @example findIndexTickers('R2K +3%') // [{ start: 0, end: 3, subject: { kind: 'security', id: '^RUT' } }]
 */
export function findIndexTickers(text: string): SubjectHit[] {
  const hits: SubjectHit[] = [...text.matchAll(INDEX_TICKER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    subject: { kind: 'security', id: INDEX_TICKERS[m[1]] },
  }));
  // "London's mid-cap index", "the UK blue-chip index": the FTSE 250 and FTSE 100, not the S&P 400.
  for (const m of text.matchAll(UK_INDEX))
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      subject: { kind: 'security', id: /mid/i.test(m[1]) ? '^FTMC' : '^FTSE' },
    });
  return hits;
}

const UK_INDEX =
  /\b(?:the\s+)?(?:london's|britain's|the\s+uk's|(?<=the\s+)uk|(?<=the\s+)british)\s+((?:mid[- ]cap|domestically[- ]focus{1,2}ed\s+mid[- ]cap|blue[- ]chip|benchmark|leading\s+share)\s+(?:index|gauge|benchmark))\b/gi;

/**
 * "Small caps (R2K)", "the iShares Russell 2000 ETF (IWM)": a subject and a subject in brackets right after it
 * are one, the bracketed (what the writer meant exactly). So is a size class and the index set off by commas
 * after it ("The index of smaller companies, the FTSE 250, lost 7%"): the index names it.
 */
export function withTickers(text: string, hits: SubjectHit[]): SubjectHit[] {
  const out: SubjectHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev && /^\s*\($/.test(text.slice(prev.end, h.start)) && /^\s*\)/.test(text.slice(h.end)))
      out[out.length - 1] = { start: prev.start, end: text.indexOf(')', h.end) + 1, subject: h.subject };
    else if (prev && appositive(text, prev, h))
      out[out.length - 1] = { start: prev.start, end: h.end, subject: h.subject };
    else out.push(h);
  }
  return out;
}

/**
 * A size class, ", ", an index and "," (not ", and": a list); or a class's one fund and its name ("the
 * biggest small-cap fund, IWM,"); or one subject named again between commas ("The value factor, HML, …").
 */
function appositive(text: string, prev: SubjectHit, h: SubjectHit): boolean {
  // "The value factor, HML, posted …", "The size factor, SMB, …": one subject named twice.
  const same = JSON.stringify(prev.subject) === JSON.stringify(h.subject);
  if (same && /^\s*,\s*$/.test(text.slice(prev.end, h.start)) && /^\s*,/.test(text.slice(h.end))) return true;
  if (prev.subject.kind !== 'size-class' || h.subject.kind !== 'security') return false;
  const between = text.slice(prev.end, h.start);
  const named = h.subject.id.startsWith('^')
    ? /^\s*,\s*$/.test(between)
    : /^\s*(?:fund|etf|exchange[- ]traded\s+fund|tracker)\s*,\s*$/i.test(between);
  return (
    named && /^\s*(?:,(?!\s*(?:and|or)\b)|\s+(?:this|last|in|on|since|over)\b|[.;]|$)/.test(text.slice(h.end))
  );
}

/** A fund's full name with its ticker in brackets: "the Avantis U.S. Small Cap Value ETF (AVUV)". */
const BRACKETED_FUND =
  /\b(?:the\s+)?[A-Z][\w.&'’-]*\s+(?:[A-Z0-9][\w.&'’-]*\s+){0,8}(?:ETF|Fund|Trust)\s*\(\s*(?:NYSE\s*Arca:\s*|Nasdaq:\s*)?([A-Z]{2,5})\s*\)/g;

/**
 * Funds the registry does not hold, named in full with their ticker: that ticker (its prices can be fetched),
 * not the category its name sounds like ("a small cap value ETF" is a category; "… ETF (AVUV)" is AVUV).
 * @example bracketedFunds('The Avantis U.S. Small Cap Value ETF (AVUV) rose 14%')[0].subject // { kind: 'security', id: 'AVUV' }
 */
export function bracketedFunds(text: string): SubjectHit[] {
  return [...text.matchAll(BRACKETED_FUND)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    subject: { kind: 'security', id: m[1] },
  }));
}
