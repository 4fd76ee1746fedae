/**
 * The Fed decision a story names beside another event: "Fed cuts again; small caps extend post-election rally
 * … The Federal Reserve lowered rates by a quarter point on Thursday. The Russell 2000 added 0.1% after the
 * decision" — "the decision" there is the Fed's of that Thursday (Nov. 7, 2024), not the election the article is
 * read against (./election-years.ts `eventDay`).
 */
import { MONTH_RE, resolveDate } from './dates.ts';
import { allEvents } from './event-days.ts';
import { inferEvent } from './event-infer.ts';

/** A sentence about the Fed's own move: "The Federal Reserve lowered rates", "the Fed's rate cut". */
const FED = /\b(?:Fed|Federal\s+Reserve|FOMC)\b/;

/**
 * The last Fed decision on or before `to` that a sentence of `text` names, or undefined.
 * @example namedDecision('The Federal Reserve lowered rates by a quarter point on Thursday.', '2024-11-07') // '2024-11-07'
 */
export function namedDecision(text: string, to: string | undefined): string | undefined {
  if (!to || !FED.test(text)) return undefined;
  let last: string | undefined;
  for (const m of text.matchAll(DATED_FED)) {
    const day = resolveDate(m[1], { to });
    if (day && day <= to && (!last || day > last)) last = day;
  }
  for (const s of text.split(/(?<=[.!?;])\s+|\n+/)) {
    if (!FED.test(s)) continue;
    const e = inferEvent(s, to);
    const fomc = e && allEvents().some((x) => x.date === e.date && x.tags.includes('fomc'));
    if (fomc && (!last || e.date > last)) last = e.date;
  }
  return last;
}

/**
 * "Since Dec. 13, when policymakers signalled that rate cuts were coming", "on Dec. 13, the day the Fed held
 * rates": a day the story itself ties to the Fed, whether or not the rate changed (a meeting that held it is no
 * event in capgap's list, ../../events/event-sets-fomc.ts), so a later "the day of the decision" is that day.
 */
const DATED_FED = new RegExp(
  String.raw`\b(${MONTH_RE}\s+\d{1,2}(?:,?\s+\d{4})?),?\s+(?:when|the\s+day)\s+(?:the\s+)?(?:Fed\b|Federal\s+Reserve|FOMC|(?:Fed\s+|U\.S\.\s+)?(?:policymakers|policy\s+makers|rate[- ]setters|central\s+bankers)|central\s+bank\b)`,
  'gi',
);

/** "after the decision", "since the announcement", "the rate cut": a Fed decision named by its noun alone. */
export const DECISION_NOUN =
  /^the\s+(?:(?:rate|policy|Fed['’]s|Fed)\s+)?(?:decision|announcement|(?:rate\s+)?cut|(?:rate\s+)?hike)$/i;
