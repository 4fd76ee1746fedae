/**
 * The stated number as the sentence put it ("more than 13%", "down more than 5%", "nearly a third (33.33%)",
 * "double-digit (10% to 100%)"), and ordinals in words. Moved from ./verdict-line.ts.
 */
import type { Claim } from './claim.ts';
import type { ReadClaim } from './claim-read.ts';

const STATED_UNITS: Partial<Record<Claim['unit'], string>> = {
  percent: '%',
  pp: ' pp',
  'index-points': ' points',
  multiple: '×',
};

/**
 * The sizes a count of digits names (./article/digit-words.ts), signed: "double-digit" 10% to 100% (a loss:
 * -10% to -100%), "single digits" under 10% (a loss: down under 10%).
 */
function digitSpan(claim: Claim, unit: string): string {
  const a = Math.round(claim.stated);
  if (/single/i.test((claim as Partial<ReadClaim>).precision?.written ?? ''))
    return `${a < 0 ? 'down ' : ''}under ${Math.abs(a)}${unit}`;
  return `${a}${unit} to ${a * 10}${unit}`;
}

/** The stated number as the sentence put it: comparator words, then the value ("more than 13%"). */
export function statedWords(claim: Claim): string {
  const r = claim as Partial<ReadClaim>;
  const unit = STATED_UNITS[claim.unit] ?? '';
  const money = claim.unit === 'usd' ? '$' : claim.unit === 'gbp' ? '£' : claim.unit === 'eur' ? '€' : '';
  let v: string;
  if (money) {
    const a = Math.abs(claim.stated);
    v = `${claim.stated < 0 ? '-' : ''}${money}${a >= 1e9 ? `${+(a / 1e9).toPrecision(6)}bn` : a >= 1e6 ? `${+(a / 1e6).toPrecision(6)}m` : a}`;
  } else if (claim.metric === 'rank')
    v = `${ordinal(claim.stated)}${r.rank?.end === 'bottom' ? ' from the bottom' : ''}`;
  else {
    // As written: "−7.0" in a table is -7.0%, its precision (and tolerance) the article's.
    const w = r.precision?.written?.replace(/,/g, '');
    const same = w !== undefined && Number(w) === Math.abs(claim.stated);
    v = `${same ? `${claim.stated < 0 ? '-' : ''}${w}` : Number(claim.stated.toPrecision(6))}${unit}`;
    // A fraction in words ("nearly a third", "a fifth") is said as written, its value in brackets.
    if (w !== undefined && /[a-z]/i.test(w)) {
      // "about eight-tenths of a percentage point": the comparator's words and the number's.
      const [cw, wr] = [r.comparator?.words, r.precision?.written];
      const words = cw && wr && !cw.includes(wr) ? `${cw} ${wr}` : (cw ?? wr);
      // "double-digit" (./article/digit-words.ts): the span of sizes it names, "10% to 100%", "under 10%".
      const span =
        r.comparator?.kind === 'range' && /\bdigits?\b/i.test(wr ?? '') ? digitSpan(claim, unit) : null;
      return `${words} (${span ?? `${Number(claim.stated.toFixed(2))}${unit}`})`;
    }
  }
  const words = r.comparator?.words;
  if (claim.metric === 'breadth')
    return `${words ? `${words} ` : ''}${v}${claim.breadth?.of ? ` of ${claim.breadth.of}` : ''}`;
  // "has yet to top its November 2021 record" (no number): the words alone.
  if (claim.metric === 'distance' && claim.at === 'peak' && words) return words;
  // A distance as written: "about 3% below", "within 1% below", "9% above".
  if (claim.metric === 'distance')
    return `${words ? `${words} ` : ''}${v.replace(/^-/, '')} ${claim.stated < 0 ? 'below' : 'above'}`;
  // A sector named in a list ("Financials and industrials led"): 'top 2 (with Financials)'.
  if (claim.metric === 'rank' && r.comparator?.kind === 'lte')
    return words ?? `${r.rank?.end === 'bottom' ? 'bottom' : 'top'} ${r.comparator.hi}`;
  // "lost more than 5%" is "down more than 5%", never "more than -5%"; "fell less than 1%" (−1 to 0) likewise.
  const bound = ['gt', 'gte', 'lt', 'lte'].includes(r.comparator?.kind ?? '') || r.comparator?.hi === 0;
  if (words && bound && claim.stated < 0 && !money) return `down ${words} ${v.replace(/^-/, '')}`;
  // "The gap between A and B was 8.9 points": either side ahead (./verdict-rules.ts).
  return `${words ? `${words} ` : ''}${v}${r.unsigned ? ' either way' : ''}`;
}

/**
 * An ordinal in words.
 * @example ordinal(3) // '3rd'
 */
export function ordinal(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const k = Math.round(n);
  const teen = k % 100 >= 11 && k % 100 <= 13;
  return `${k}${teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[k % 10] ?? 'th')}`;
}
