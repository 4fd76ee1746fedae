/**
 * The subjects a record speaks of: those its phrase does not hide (`outsideRecords`), and the sides of a
 * record with no number (`namedSides`): the first two named, "small and large stocks" as the extreme
 * deciles, and the subject after an opener that names what it is set against first ("Relative to large
 * caps, small caps …": small caps, then large caps).
 */
import type { ClaimSubject } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { RELATIVE_OPENER } from './comparison-claim.ts';
import { opposite, sameFirstReading } from './readings.ts';
import { OTHER_THING_HEAD } from './record-words.ts';
import type { RecordHit } from './records.ts';
import type { SubjectHit } from './subjects.ts';

/** "small and large stocks", "small-cap and large-cap shares", "small versus big companies". */
const SMALL_AND_LARGE =
  /\bsmall(?:-cap)?\s+(?:and|versus|vs\.?)\s+(?:large|big)(?:-cap)?\s+(?:stocks|shares|companies|caps)\b/i;

/** A record's opening up to a name: "the biggest one-day ", "its best ". */
const SUPERLATIVE_BEFORE =
  /^\s*(?:the\s+|its\s+|their\s+)?(?:best|worst|biggest|largest|strongest|weakest|sharpest|steepest)\s+(?:[\w-]+\s+){0,2}$/i;
/** The move a name before it qualifies: "R2K gain", "small-cap rally". */
const MOVE_NOUN_AFTER =
  /^[\s-]+(?:gains?|rise|advance|rally|jump|surge|drop|decline|fall|loss|slide|selloff|sell-off)\b/i;

/**
 * The subjects a sentence's record phrases do not hide: a name inside a record's words is part of the
 * phrase ("its best week since the 2016 election"), except the one it ranks after "for" ("November was the
 * best month for small caps on record", "the strongest five-day showing for small caps"), the one it ranks
 * against ("… relative to large caps since 2008") and the one whose history it is ("in the Russell 2000's
 * history").
 * @example outsideRecords('the best month for small caps on record', hits, records) // [small caps]
 */
export function outsideRecords(t: string, hits: SubjectHit[], records: readonly RecordHit[]): SubjectHit[] {
  return hits.filter((h) =>
    records.every(
      (r) =>
        h.start >= r.end ||
        h.end <= r.start ||
        /^\s*(?:the\s+)?(?:best|worst|biggest|largest|strongest|weakest|widest|narrowest|greatest)\s+(?:[\w-]+\s+){0,4}for\s+(?:the\s+)?$/i.test(
          t.slice(r.start, h.start),
        ) ||
        // "the widest monthly margin of outperformance for small caps over large caps since 2021": both sides.
        /\bfor\s+[^,;]{1,40}?\s+over\s+(?:the\s+)?$/i.test(t.slice(r.start, h.start)) ||
        // "the best month in the Russell 2000's history": the history is the name's own.
        (/\bin\s+(?:the\s+)?$/i.test(t.slice(r.start, h.start)) &&
          /^['’]s?\s+(?:\d{1,3}-year\s+)?history\b/i.test(t.slice(h.end, r.end))) ||
        // "the biggest one-day R2K gain since Nov 9, 2020": a name before the move it ranks.
        (SUPERLATIVE_BEFORE.test(t.slice(r.start, h.start)) && MOVE_NOUN_AFTER.test(t.slice(h.end, r.end))) ||
        // "… best month for small caps relative to large caps since 2008", "its biggest monthly
        // outperformance of the S&P 500 since 2020": the target inside it, too.
        /\b(?:relative\s+to|against|versus|vs\.?|compared\s+(?:with|to)|(?:out|under)performance\s+(?:of|over)|lead\s+over)\s+(?:the\s+)?$/i.test(
          t.slice(r.start, h.start),
        ),
    ),
  );
}

/**
 * The first two subjects a record with no number ranks, in the order the sentence sets them.
 * @example namedSides('Relative to large caps, small caps are near their weakest level since 2001', hits, hit) // [small caps, large caps]
 */
export function namedSides(t: string, subjects: readonly SubjectHit[], hit: RecordHit): ClaimSubject[] {
  // (not what a cause after the record names: "… as the collapse of Silicon Valley Bank hit regional lenders")
  const cause = (h: SubjectHit) => h.start >= hit.end && CAUSE_AFTER.test(t.slice(hit.end, h.start));
  const sides = subjects.filter((h) => h.subject.kind !== 'opposite' && !cause(h));
  const named = sides.map((h) => h.subject as ClaimSubject).slice(0, 2);
  if (named.length === 2 && sameFirstReading(named[0], named[1])) named.pop(); // not ^RUT against ^RUT
  // "the gap between small and large stocks" names no cut-off: read as the smallest and largest deciles,
  // the spread `capgap records` ranks (docs/report.md, "Record claims").
  if (named.length === 0 && SMALL_AND_LARGE.test(t))
    named.push(
      { kind: 'size-group', side: 'small', fraction: 0.1 },
      { kind: 'size-group', side: 'large', fraction: 0.1 },
    );
  // "Relative to large caps, small caps remain near their weakest level": the subject after the opener first.
  const opener = RELATIVE_OPENER.exec(t);
  if (opener && named.length === 2 && subjects.find((h) => h.end <= opener[0].length)?.subject === named[0])
    named.reverse();
  return named;
}

/** A cause after a record: "… worst week since January 2022 as the collapse of Silicon Valley Bank hit …". */
const CAUSE_AFTER =
  /^[^.;]*?\s(?:as|after|because|amid|following)\s+(?:the|a|an|investors|traders|news|data|reports?)\b/i;

/** The market as a whole, which capgap names no series for: "US stocks", "Wall Street", "equities". */
const MARKET_NOUN =
  /\b(?:(?:US|U\.S\.|American)\s+)?(?:stocks|equities|shares)\b|\bWall\s+Street\b|\bthe\s+(?:stock\s+|broad\s+)?market\b/i;

/**
 * The subjects a record is not about: "US stocks rose for a fifth straight session on Friday, with small caps
 * leading the way" is the market's run (small caps only led it), when no subject comes before the record.
 * @example ledBy('US stocks rose for a fifth straight session, with small caps leading the way', hits, record) // [small caps]
 */
export function ledBy(t: string, subjects: readonly SubjectHit[], hit: RecordHit): SubjectHit[] {
  // (A wire's "US stocks" before the record is the market the noun names: ./market-subjects.ts.)
  const named = subjects.some((h) => h.end <= hit.start && h.subject.kind !== 'market');
  if (named || !MARKET_NOUN.test(t.slice(0, hit.start))) return [];
  return subjects.filter(
    (h) => h.start >= hit.end && /,\s+with\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, h.start - 12), h.start)),
  );
}

/**
 * A break between clauses: a semicolon, a sentence's end, or ", but" / ", while" / ", yet" before a new subject
 * ("but", "while" without the comma too: "hit a record high but the Nasdaq was down"), or ", and its" before
 * another of its records ("…, and its best relative performance against the S&P 500 since January 2021").
 */
const CLAUSE_BREAK =
  /;|[.!?]\s|,\s+(?:but|while|whereas|yet|although|though)\b|\s(?:but|while|whereas|although|though)\s|,\s+and\s+(?:its|their)\s/i;

/**
 * The subjects of a record's own clause: a subject after the record and past a clause break is another
 * clause's ("Stocks posted their best week since June …, but smaller companies trailed": not small caps').
 * @example ownClause('Stocks had their best week since June, but small caps trailed.', hits, hit) // []
 */
export function ownClause(t: string, hits: readonly SubjectHit[], hit: RecordHit): SubjectHit[] {
  const own = hits.filter((h) => h.start < hit.end || !CLAUSE_BREAK.test(t.slice(hit.end, h.start)));
  // "The Russell 2000 rose 2% on Friday, and small caps are on course for their biggest monthly outperformance":
  // a clause of its own that opens on its subject leaves the clause before it out (not "…, and trailed the …").
  const opened = clauseOpen(t, hit.start);
  const from = opened ?? 0;
  const opens = (h: SubjectHit) => h.start >= from && /^\s*(?:the\s+)?$/i.test(t.slice(from, h.start));
  const named = own.some((h) => opens(h) && h.end <= hit.start && h.subject.kind !== 'opposite');
  const mine = opened && named ? own.filter((h) => h.start >= from) : own;
  // "The Russell 2000's gain was its biggest since November 2022, and the equal-weighted S&P 500 rose 3.6%": a
  // later clause that opens on a subject of its own is left out too, when the record's clause named one.
  const next = [...t.slice(hit.end).matchAll(CLAUSE_OPEN)][0];
  if (!next) return mine;
  const to = hit.end + next.index + next[0].length;
  const later = mine.some((h) => h.start >= to && /^\s*(?:the\s+)?$/i.test(t.slice(to, h.start)));
  const before = mine.some((h) => h.end <= hit.start && h.subject.kind !== 'opposite');
  return later && before ? mine.filter((h) => h.start < to) : mine;
}

/** ", and ", "; ", ", while ": where a clause with a subject of its own opens. */
const CLAUSE_OPEN = /[,;]\s+(?:and|but|while|whereas|yet)\s+|;\s+/gi;

/** Where the last clause opened before `at` starts (after its ", and "), or undefined. */
export function clauseOpen(t: string, at: number): number | undefined {
  const opened = [...t.slice(0, at).matchAll(CLAUSE_OPEN)].pop();
  return opened ? opened.index + opened[0].length : undefined;
}

/**
 * The subject of a record whose sentence names none: "The index's weekly gain was its biggest since 2011" is
 * the index the article last named (not the funds); none when a leader is named after it, or when the sentence
 * is led by a thing that is no equity ("Oil prices fell for a 12th straight day"); else the article's subject.
 */
export function unnamedSubject(
  t: string,
  hit: RecordHit,
  led: boolean,
  ctx: ArticleContext,
): ClaimSubject | undefined {
  const before = t.slice(0, hit.start);
  if (/\bthe\s+(?:index|gauge)\b/i.test(before) && ctx.subject?.kind !== 'security' && ctx.indexes?.length)
    return ctx.indexes.at(-1);
  return led || OTHER_THING_HEAD.test(before) ? undefined : ctx.subject;
}

/**
 * "the biggest small-cap outperformance of any presidential election": the size class the record's words name,
 * against the other end; else none.
 * @example classInWords('biggest small-cap outperformance') // [small caps, large caps]
 */
export function classInWords(words: string): ClaimSubject[] {
  const m = /\b(small|large|mid)[- ]cap\s+(?:outperformance|underperformance|gap|lead|edge)\b/i.exec(words);
  if (!m) return [];
  const own: ClaimSubject = { kind: 'size-class', size: m[1].toLowerCase() as 'small' };
  return [own, ...[opposite(own)].filter((x): x is ClaimSubject => !!x)];
}

/** A clause whose subject is news and whose verb sets off a move: "even as Thursday's CPI data ignited the". */
const SET_OFF =
  /\b(?:even\s+as|as|while|after|when)\s+(?:[\w'’.-]+\s+){0,6}?(?:data|reports?|news|print|figures|numbers|release|reading|decision|announcement|results?)\s+(?:ignited|sparked|triggered|fu?el(?:l)?ed|set\s+off|touched\s+off|unleashed|spurred|prompted)\s+(?:(?:the|a|an)\s+)?$/i;

/**
 * Why a record of the move news set off ("Small caps trailed the market this week even as Thursday's CPI data
 * ignited the biggest one-day rally in more than two years") is not read: whose rally, the sentence does not
 * say (before, small caps' lead over the market that week); null for any other record.
 * @example newsSetOff("… even as Thursday's CPI data ignited the biggest one-day rally in two years", hit) // 'a record …'
 */
export function newsSetOff(t: string, hit: RecordHit): string | null {
  if (!SET_OFF.test(t.slice(Math.max(0, hit.start - 120), hit.start))) return null;
  return `a record of the move news set off (${JSON.stringify(hit.record.words)}): whose? the sentence names no index or fund for it; give the move its subject ("the S&P 500's biggest one-day rally in more than two years")`;
}
