/**
 * The comparison targets a sentence names as subjects (./subjects.ts reads them): the stock universe ("the wider
 * stock universe", "the average stock") and the market ("the market", "the broader market", "the stock market's
 * average return", a wire's "U.S. stocks"; moved from ./subjects.ts).
 */
import type { ClaimSubject } from '../claim-read.ts';

/** Each target's words and the subject they name. */
export const TARGETS: [RegExp, ClaimSubject][] = [
  [
    /\bthe\s+(?:wider|broader|whole|overall|entire)?\s*(?:us\s+)?stock\s+universe\b|\bthe\s+average\s+stock\b/gi,
    { kind: 'universe' },
  ],
  [
    /\bthe\s+(?:wider\s+|broader\s+|broad\s+|overall\s+|us\s+|stock\s+)*market(?:'s)?(?:\s+average(?:\s+return)?|\s+as\s+a\s+whole)?\b(?![\s-]+(?:model|portfolio|makers?|timing|beta|value|adjusted|cap(?:itali[sz]ation)?)\b)/gi,
    { kind: 'market' },
  ],
  // A wire's "U.S. stocks fell sharply on Wednesday": the market (not "small-cap U.S. stocks", "US stocks funds").
  [
    /(?<!\b(?:small|mid|large|micro|mega)[- ]?caps?\s+)\b(?:U\.S\.|US|American)\s+(?:stocks|equities|shares)\b(?!\s+(?:funds?|etfs?|of|in|that|which)\b)/g,
    { kind: 'market' },
  ],
];
