/**
 * Whether a verdict's JSON carries every number its line prints (test/server/check-json.test.ts,
 * test/findings/corpus-verdicts.test.ts): the numbers of a line, and whether one is in a reading's JSON.
 */

// biome-ignore lint/suspicious/noExplicitAny: the answer is walked as plain JSON
type Json = any;

/** The numbers a line prints, with their text: dates, names, the quoted phrase and the data bracket left out. */
export function lineNumbers(line: string): string[] {
  const bare = line
    .replace(/\[data: [^\]]*\]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\d{4}-\d{2}(-\d{2})?/g, '')
    .replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/g, '')
    .replace(/\b\d{4} Q[1-4]\b/g, '') // a quarter's label, "2020 Q1", as a month's
    .replace(/\b(18|19|20)\d{2}\b(?![.%]| pp)/g, '')
    .replace(/S&P 500|Russell 2000|\^[A-Z]+|\b(Lo|Hi) \d+(\/\d+)?|Mkt-RF|smallest \d+%|largest \d+%/g, '');
  // Money is printed in billions or millions ("-$500m"): its scale rides on the token. A hyphen between two
  // digits is a range ("3-4"), not a minus sign.
  return [...bare.replace(/(\d)-(?=\d)/g, '$1 ').matchAll(/([$€£])?(-?\d[\d,]*(?:\.\d+)?)(bn|m)?/g)].map(
    (m) => (m[1] ? `${m[2]}${m[3] === 'bn' ? 'e9' : m[3] === 'm' ? 'e6' : ''}` : m[2]),
  );
}

/** Every number anywhere in a JSON value, and every string (where a reason or command carries its numbers). */
function walk(v: Json, nums: number[], strs: string[]): void {
  if (typeof v === 'number') nums.push(v);
  else if (typeof v === 'string') strs.push(v);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x, nums, strs);
}

/** The printed number is a JSON number at the printed precision (a decimal return as percent), or text. */
export function carried(token: string, reading: Json): boolean {
  const nums: number[] = [];
  const strs: string[] = [];
  const { line, ...rest } = reading;
  walk(rest, nums, strs);
  if (/e\d$/.test(token)) {
    // Money: the same amount to the printed digits ($500m is 5e8 ± half a million).
    const [m, e] = token.replace(/,/g, '').split('e');
    const half = 0.5 * 10 ** (Number(e) - (m.split('.')[1] ?? '').length);
    return nums.some((n) => Math.abs(Math.abs(n) - Number(m) * 10 ** Number(e)) <= half);
  }
  const t = token.replace(/,/g, '');
  const d = (t.split('.')[1] ?? '').length;
  const printed = (x: number) => (Object.is(Number(x.toFixed(d)), -0) ? 0 : x).toFixed(d);
  // Signs: a stated "down more than 5%" prints the magnitude of −5.
  const same = (x: number) => printed(x) === t || printed(Math.abs(x)) === t;
  if (nums.some((n) => same(n) || same(n * 100))) return true;
  // Text the line quotes from a reason, a command, a convention (e.g. "14 funds", "end 1 session later") or a
  // note on how the value was computed ("an annual rate: (1 + 337.22%)^(365.25 / 7305 days) − 1").
  const texts = [
    rest.reason,
    rest.needs,
    rest.computed?.differs,
    rest.nearest?.differs,
    rest.matches?.[0]?.differs,
    ...(rest.computed?.notes ?? []),
    ...(rest.matches?.[0]?.notes ?? []),
    ...(rest.nearest?.notes ?? []),
  ];
  return texts.some((s) => typeof s === 'string' && s.includes(token));
}
