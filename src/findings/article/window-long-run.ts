/**
 * "Over the long run, small caps have returned about 11.9% a year": a long run with no start names no period
 * (before, the stretch since the news, annualised from a few weeks); said, not read, unless the sentence dates it
 * ("over the long run, since 1926, …" reads its year).
 */
import type { Rule } from './window-rules.ts';

export const LONG_RUN_RULE: Rule = {
  re: /\b(?:over|in)\s+the\s+(?:very\s+)?long\s+(?:run|term|haul)\b/gi,
  make: (m) =>
    /\bsince\s+(?:19|20)\d\d\b|\b(?:past|last)\s+\w+\s+(?:years|decades)\b|\bfrom\s+(?:19|20)\d\d\b/i.test(
      m.input,
    )
      ? null
      : { unread: `"${m[0]}" names no period: say from when ("since 1926", "over the past 30 years")` },
};
