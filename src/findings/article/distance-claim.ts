/**
 * A per cent from a high or a low: "now stands about 3% below the record high it hit on Nov. 25", "remain 6%
 * below their November 2021 record", "up 9% from their August low", "2% off its all-time high", "10% above
 * its 52-week low". The number's claim becomes a `distance` (../claim.ts) with the reference the words name:
 * a day ("hit on Nov. 25"), a month ("its November 2021 record", "their August low": the last such month up
 * to the article's; "its late-October low": its last third), a year ("its 2022 low"), an era ("its pandemic
 * low"), this year ("this year's high"), a look-back ("its 52-week high", "its three-year low"), else every
 * close held ("its record high", "its peak"); a moving average ("5% above its 50-day moving average": the mean
 * of the 50 closes through the claimed day); ./extreme-range.ts reads the days. Below, off, under
 * and short of are negative; above is positive; "from" takes the verb's sign ("down 20% from its peak"), else
 * the side's; "within 1% of its record high" is at most 1% below it. Points or money are not read (./not-a-claim.ts).
 */
import type { Extreme } from '../claim.ts';
import type { TextSpan } from '../claim-read.ts';
import {
  AFTER,
  EARLIER_EXTREME,
  IT,
  LEAD,
  MOVING,
  NEED_BACK,
  REFERENCE_AT,
  RUNNING_FROM,
  SINCE_TURN,
  VALUE_OR_MOVE,
} from './distance-words.ts';
import { range } from './extreme-range.ts';
import { leadPlace } from './lead-line.ts';
import type { Quantity } from './numbers.ts';
import type { QuantityClaim } from './quantity-claim.ts';

/**
 * The reference a distance's words name, or null when the number is not followed by one.
 * @example distanceOf(' below the record high it hit on Nov. 25.', '2024-12-06') // { extreme: { side: 'high', from: '2024-11-25', to: '2024-11-25', … }, sign: -1 }
 */
export function distanceOf(
  rest: string,
  ref?: string,
): { extreme: Extreme; sign: -1 | 1 | 0; length: number } | null {
  // "lost nearly a tenth of its value since its 2021 peak", "20% rally from its August low": the reference after.
  const value = VALUE_OR_MOVE.exec(rest);
  if (value) {
    const d = distanceOf(rest.slice(value[0].length), ref);
    return d && { ...d, length: d.length + value[0].length };
  }
  const ma = MOVING.exec(rest);
  if (ma) {
    const words = ma[0].trim().replace(/^\S+\s+/, '');
    const extreme: Extreme = { side: 'average', sessions: Number(ma[3] ?? ma[6]), words };
    return { extreme, sign: ma[1] || ma[4] ? -1 : 1, length: ma[0].length };
  }
  const turn = SINCE_TURN.exec(rest);
  if (turn) {
    // "since bottoming in March": from the lowest close of that month (a distance above it, the verb's sign).
    const after = AFTER.exec(rest.slice(turn[0].length));
    if (!after) return null;
    const words = (turn[0] + after[0]).trim().replace(/[.,;]$/, '');
    const side = turn[1]
      ? /bottom|trough/i.test(turn[1])
        ? 'low'
        : 'high'
      : /low|bottom|trough/i.test(turn[2])
        ? 'low'
        : 'high';
    return {
      extreme: { side, words, ...range(after[1], ref) },
      sign: 0,
      length: turn[0].length + after[0].length,
    };
  }
  const m = LEAD.exec(rest);
  if (!m) return null;
  const after = AFTER.exec(rest.slice(m[0].length));
  // "fell 28.7% from its Feb. 19 record to its March 23 low": a move between two closes, not a distance.
  if (
    /^\s+(?:to|through|until)\s+(?:(?:its|their|the)\s+)?\w/i.test(
      rest.slice(m[0].length + (after?.[0].length ?? 0)),
    ) &&
    /^\s+from\b/i.test(rest)
  )
    return null;
  const words = (m[0] + (after?.[0] ?? '')).trim().replace(/^\S+\s+(?:from\s+)?/i, '');
  const side = /low|trough|bottom/i.test(`${m[4]} ${m[5] ?? ''}`) ? 'low' : 'high';
  const extreme: Extreme = { side, words, ...range(`${m[0]} ${after?.[1] ?? ''}`, ref) };
  return { extreme, sign: m[1] ? -1 : m[2] ? 1 : 0, length: m[0].length + (after?.[0].length ?? 0) };
}

/**
 * Where each reference phrase lies ("3% below the record high it hit on Nov. 25", "sits just below the record
 * close it set on Nov. 25", "within 2% of its record close, set in November 2021"): its date names the
 * reference, not a claim's period.
 */
export function distanceSpans(t: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (const m of t.matchAll(REFERENCE_AT)) {
    // "Measured from the post-referendum low on June 27, 2016, …", "…: from its June 27 low, …": a window's base.
    if (/(?:^|[:;—–]|\b(?:measured|counted|calculated))\s*$/i.test(t.slice(0, m.index))) continue;
    const d = distanceOf(` ${t.slice(m.index)}`);
    if (d) out.push({ start: m.index, end: m.index + d.length - 1 });
  }
  // "within 2% of its record close of 2,442.74, set in November 2021": read as "below its record close …".
  for (const m of t.matchAll(WITHIN_OF)) {
    const at = m.index + m[0].length;
    const d = distanceOf(` below ${t.slice(at)}`);
    if (d) out.push({ start: at, end: at + d.length - ' below '.length });
  }
  return out;
}

const WITHIN_OF = /\bwithin\s+[^,;%]{0,25}?(?:%|per\s?cent|percent)\s+of\s+/gi;

/**
 * The windows a number inside a distance's words takes: the date those words name ("below its record close
 * of 2,442.74 set on Nov. 8, 2021": the close is that day's), else the sentence's.
 */
export function ownWindows<W extends TextSpan>(
  q: TextSpan,
  all: readonly W[],
  spans: readonly TextSpan[],
  outside: readonly W[],
): readonly W[] {
  const r = spans.find((s) => q.start >= s.start && q.end <= s.end);
  const inside = r ? all.filter((w) => w.start >= r.start && w.end <= r.end) : [];
  return inside.length ? inside : outside;
}

/** A label naming a high or a low before its colon: "Russell 2000 from its Nov. 25 high: ", "Off the peak: ". */
const LABEL_FROM = /\b((?:from|off|below|since)\s+(?:its|their|the)\s+[^:;,]{0,40}?)\s*:\s*[+\-\u2212]?\s*$/i;

/**
 * The claim as a distance when a high or a low follows its per cent (or a label before it names one); else the
 * claim unchanged.
 * @example asDistance(t, q, seg, { metric: 'return', subjects: [rut], sign: 1, signSource: 'none' }, '2024-12-06') // { metric: 'distance', sign: -1, extreme: … }
 */
export function asDistance(
  t: string,
  q: Quantity,
  seg: TextSpan,
  qc: QuantityClaim | string,
  ref?: string,
): QuantityClaim | string {
  if (typeof qc === 'string' || q.unit !== 'percent' || qc.metric !== 'return') return qc;
  // "within 1% of its record high": at most 1% below it.
  const within = /\bwithin\s+$/i.test(t.slice(Math.max(0, q.start - 12), q.start));
  // "17%: how far the Russell 2000 remains below its November 2021 record": the place after its subject.
  const said = leadPlace(t, q) ?? t.slice(q.end, Math.max(seg.end, Math.min(t.length, q.end + 160)));
  // "has still not topped its November 2021 record, sitting about 0.3% below it": the reference named before.
  const named = IT.test(said) ? EARLIER_EXTREME.exec(t.slice(0, q.start)) : null;
  const raw = named ? said.replace(IT, (_m, lead: string) => `${lead} ${named[0]}`) : said;
  // "would need to rise 2.1% to regain its record": below it (above a low: "fall 5% to reach its low").
  const back = NEED_BACK.exec(raw);
  const rest = back
    ? ` ${/fall|drop|decline|lose|shed|slide/i.test(t.slice(seg.start, q.start)) ? 'above' : 'below'} ${raw.slice(back[0].length)}`
    : raw;
  // "Russell 2000 from its Nov. 25 high: -1.2%": a label's reference before its colon, the number's sign.
  const label = LABEL_FROM.exec(t.slice(seg.start, q.start));
  const run = RUNNING_FROM.exec(t.slice(seg.start, q.start)); // "taking its loss from its January peak to 41%"
  const before = label?.[1] ?? run?.[2];
  const d =
    distanceOf(within ? rest.replace(/^\s+of\s/i, ' below ') : rest, ref) ??
    (before ? distanceOf(` ${before}`, ref) : null);
  if (!d) return qc;
  const fromVerb = qc.signSource === 'verb' || qc.signSource === 'number';
  const sign = d.sign || (run ? (run[1] ? -1 : 1) : fromVerb ? qc.sign : d.extreme.side === 'high' ? -1 : 1);
  return {
    ...qc,
    metric: 'distance',
    sign,
    signSource: d.sign || fromVerb ? 'verb' : 'none',
    extreme: d.extreme,
  };
}
