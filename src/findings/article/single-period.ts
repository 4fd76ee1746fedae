/**
 * A number stated as an extreme over single sessions ("has not fallen more than 2% in a single session since
 * the vote", "in any single week") rather than a period's return: capgap ranks days (`capgap records`), it
 * does not read such a number as a move. Moved from ./modality.ts.
 */

const SINGLE_PERIOD =
  /\b(?:in|on)\s+(?:a|any)\s+single\s+(?:session|day|week|month)\b|\bon\s+any\s+(?:one\s+)?(?:day|session)\b/i;

/**
 * Why a number is an extreme over single sessions rather than a period's return, or undefined.
 * @example singlePeriodReason('has not fallen more than 2% in a single session since the vote') // 'an extreme …'
 */
export function singlePeriodReason(t: string): string | undefined {
  const s = SINGLE_PERIOD.exec(t);
  // "the most ever in a single week", "a record for a single day": a record among such periods, no extreme.
  if (s && /\b(?:most|biggest|largest|best|worst|record|ever)\b[^,;]{0,25}$/i.test(t.slice(0, s.index)))
    return undefined;
  // "sent it up a further 3.4 per cent in a single session" after the day it names: that day's move. An extreme
  // says "any", a bound, a negation or a "since" ("has not fallen more than 2% in a single session since …").
  const clause = s ? (t.slice(0, s.index).split(/[;:]/).pop() ?? '') : '';
  const extreme =
    /\bany\b/i.test(s?.[0] ?? '') ||
    /\b(?:not|never|no|n['’]t|more\s+than|less\s+than|over|under|at\s+least|as\s+much\s+as)\b/i.test(
      clause,
    ) ||
    /^\s*(?:since|this|so\s+far|in\s+(?:the\s+)?(?:past|last))\b/i.test(
      t.slice((s?.index ?? 0) + (s?.[0].length ?? 0)),
    );
  if (s && !extreme) return undefined;
  return s
    ? `an extreme over single sessions ("${s[0]}"), not the period's return: \`capgap records\` ranks days`
    : undefined;
}
