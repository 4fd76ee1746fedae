import { isMeasurable } from './bound-subject.ts';
import { type Clause, clauseSubject } from './clause-subject.ts';
import { HEDGE } from './hedges.ts';
import { digits, NUMBER_WORDS, MULTIPLE_OBJECT as OBJECT } from './number-words.ts';
import type { Quantity } from './numbers.ts';
import { periodRatio } from './period-ratio.ts';
import type { QuantityClaim } from './quantity-claim.ts';
import { subjectKey } from './subjects.ts';

const MULTIPLE =
  '(?<word>twice|half|double|triple)|(?<n>\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)(?<half>[\\s-]+and[\\s-]+a[\\s-]+half)?[\\s-]+times|(?<x>\\d+(?:\\.\\d+)?)x';
/**
 * "twice as much as", "three times as fast as", "2.5 times the gain of", "two and a half times the advance of",
 * "roughly double what large caps have", "less than half of IWM's advance", "2.5x as much as", "by a factor
 * of (almost) two", "by nearly 3-to-1", "by 2:1".
 */
const RATIO = new RegExp(
  `\\b(?:${MULTIPLE})\\s+(?:as\\s+(?:much|fast|large|big|strong|steep|sharply|quickly|well)(?:\\s+as|(?=\\s*(?:[.;!]|$)))|more\\s+than|the\\s+(?:gain|return|rise|advance|rally|fall|drop|loss|decline|pace|size|performance)s?\\s+(?:of|in|for)|that\\s+of\\b|(?=the\\b)|of\\s+(?=(?:the\\s+)?[\\w&.\\s-]{1,40}?['’]s?\\s+(?:gain|return|rise|advance|rally|performance|move)s?\\b)|(?=what\\s)|(?=(?:its|their)\\s+(?:(?:19|20)\\d\\d\\s+)?(?:gain|rise|advance|rally|return|move|pace|intake|inflows?|outflows?|haul|loss|decline|drop|fall)))|\\bby\\s+a\\s+factor\\s+of\\s+(?:(?:nearly|almost|about|around|roughly|more\\s+than|close\\s+to|over|some)\\s+)?(?<f>two|three|four|five|ten|\\d+(?:\\.\\d+)?)\\b|\\b(?<t>\\d+(?:\\.\\d+)?|two|three|four|five)(?:[- ]to[- ](?:1|one)\\b|:1\\b)|\\b(?<verb>doubled|tripled|trebled|quadrupled)${OBJECT}`,
  'gi',
);
const WORDS: Record<string, number> = {
  twice: 2,
  double: 2,
  triple: 3,
  half: 0.5,
  doubled: 2,
  tripled: 3,
  trebled: 3,
  quadrupled: 4,
};
/** A sentence opening on the move before it: "That's more than double …", "This is twice …". */
const THAT_IS = new RegExp(String.raw`^\s*(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+${HEDGE}$`, 'i');
/** "(half) the gap with large caps", "(a third of) the spread": a share of a difference. */
const GAP_SHARE = /^\s+(?:of\s+)?(?:the|its|their)\s+(?:gap|spread|difference|shortfall|deficit|discount)\b/i;
/** A multiple whose other side is elided at the sentence's end: "rose about half as much." */
export const ELIDED_AS =
  /^\w+\s+as\s+(?:much|fast|large|big|strong|steep|sharply|quickly|well)\s*[.;!]?\s*$/i;
/** After a fraction in words: "more than", "less than" ("a third more than large caps"). */
const MORE_THAN = /^\s+(more|less|better|worse)(?=\s+than\b)/i;

/**
 * The sentence's quantities with its multiples added, in order.
 * @example withRatios('Small caps gained twice as much as large caps.', []) // [{ unit: 'ratio', value: 2, written: 'twice', … }]
 */
export function withRatios(t: string, quantities: Quantity[]): Quantity[] {
  // "rose a third more than large caps": four thirds of their return; "a quarter less than": three quarters.
  const out = quantities.map((q) => {
    const more = q.fraction && q.unit === 'percent' ? MORE_THAN.exec(t.slice(q.end)) : null;
    if (!more) return q;
    const less = /less|worse/i.test(more[1]);
    const value = 1 + ((less ? -1 : 1) * Math.abs(q.value)) / 100;
    const end = q.end + more[0].length;
    return {
      ...q,
      end,
      value,
      unit: 'ratio' as const,
      written: t.slice(q.start, end),
      halfUnit: 0,
      negative: false,
    };
  });
  for (const m of t.matchAll(RATIO)) {
    const g = m.groups ?? {};
    const n = g.n ?? g.x ?? g.f ?? g.t;
    const num = n && /\d/.test(n) ? digits(n) : undefined;
    // "two and a half times the S&P 500's advance": 2.5.
    const value =
      (WORDS[(g.word ?? g.verb)?.toLowerCase() ?? ''] ?? num?.value ?? NUMBER_WORDS[n?.toLowerCase() ?? '']) +
      (g.half ? 0.5 : 0);
    // "less than half the S&P 500's": the words end before the space the lookahead leaves.
    const end = m.index + m[0].trimEnd().length;
    // "by a factor of almost four": the number starts after its hedge, which says how near it is.
    const start = g.f ? end - g.f.length : m.index;
    if (!(value > 0) || out.some((q) => q.start < end && q.end > m.index)) continue;
    out.push({
      start,
      end,
      value,
      unit: 'ratio',
      written: num
        ? num.written
        : (g.word ??
          g.verb ??
          (g.n ? `${g.n}${g.half ?? ''} times` : g.t ? `${g.t} to one` : `a factor of ${n}`)),
      decimals: num ? num.decimals : 0,
      halfUnit: num ? 0.5 * 10 ** -num.decimals : 0,
      negative: false,
      unitWords: 'times',
      // In words, approximate: "twice" is about 2 (../number-readings.ts reads a fraction as "about").
      ...(num ? {} : { fraction: true }),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Counts of issues that rose and fell: "Advancing issues outnumbered declining ones", "decliners beat advancers". */
const ISSUES = /\b(?:advanc|declin)(?:ing\s+(?:issues|stocks|shares)|ers)\b/i;
/** "the typical monthly size premium", "its long-run average": a norm over many periods, not one. */
const TYPICAL =
  /\b(typical|average|usual|normal|historical|long-run|long-term|customary)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * The ratio a multiple claims: the clause's subject (or the one carried to it) over the one named after the
 * words, or why there is none.
 * @example ratioClaim(clause, q) // { metric: 'ratio', subjects: [small caps, large caps], … }
 */
export function ratioClaim(c: Clause, q: Quantity): QuantityClaim | string {
  const { t, subjects } = c;
  const { named, subject: own } = clauseSubject(c, q);
  // "That's more than double the S&P 500's 4% advance": the move the sentence before stated.
  const subject = own ?? (THAT_IS.test(t.slice(0, q.start)) ? c.previous : undefined);
  // "as much as the S&P 500": named after the words; "outpaced large caps by a factor of two": the object.
  const hit = subjects.find((h) => h.start >= q.end && isMeasurable(h.subject)) ?? named[1];
  // "Small caps jumped 5.8% on Wednesday. Large caps rose about half as much.": the move before, elided.
  const elided = !hit && ELIDED_AS.test(t.slice(q.start)) && c.previous ? c.previous : undefined;
  const target = hit && isMeasurable(hit.subject) ? hit.subject : elided;
  const words = JSON.stringify(t.slice(q.start, q.end));
  // "roughly twice the typical monthly size premium": a long-run average, not a period capgap can name.
  const typical = hit && TYPICAL.exec(t.slice(q.end, hit.start));
  if (typical)
    return `a ratio to a long-run norm (${JSON.stringify(t.slice(q.start, hit.end))}): capgap compares periods it can name, not a "${typical[1]}" value; state the average's own figure`;
  // "Advancing issues outnumbered declining ones … by a 2.07-to-1 ratio": how many rose, not by how much.
  if (ISSUES.test(t)) return `not a return (market breadth: advancing against declining issues, ${words})`;
  if (!subject) return `a ratio of returns (${words}) of nothing capgap can name`;
  // "Small caps have closed half the gap with large caps": a share of a gap closed, not a ratio of moves.
  if (GAP_SHARE.test(t.slice(q.end)))
    return `a share of a gap closed (${words}): capgap checks the gap itself ("the gap narrowed to 8 points"), not how much of it closed`;
  // "more than double the previous week's intake": the subject's own period before (./period-ratio.ts).
  const versus = target ? undefined : periodRatio(t, q.end);
  if (versus) return { metric: 'ratio', subjects: [subject], sign: 1, signSource: 'none', versus };
  // "more than double the previous high set in 2020": money's ratio to an earlier record, not a return's.
  const of = subject.kind === 'category' || q.unit === 'money' ? 'flows' : 'returns';
  if (!target) return `a ratio of ${of} (${words}) against nothing capgap can name`;
  // "By comparison, the S&P 500 gained 1.9%. That's more than four times the S&P 500's 1.9% gain.": not itself.
  if (subjectKey(subject) === subjectKey(target))
    return `a ratio of ${of} (${words}) of ${subjectKey(target)} to itself: name the move it is a multiple of`;
  return { metric: 'ratio', subjects: [subject, target], sign: 1, signSource: 'none' };
}
