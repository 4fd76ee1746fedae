/**
 * The words that make an amount with no subject of its own the one spoken of before: a part of it ("Roughly
 * $5.5bn of that"), an amount set against the last ("That was up from $1.8bn", "The inflow reversed October's
 * $2.1 billion outflow"), and a close's label ("Friday's close: 1,744.04"). ./clause-subject.ts reads them.
 */
import { HEDGE } from './hedges.ts';

/** "$5.5bn of that", "of the total": a part of the amount before, after the number. */
export const PART_AFTER =
  /^\s*(?:[\w-]+\s+)?of\s+(?:that|it|this|those|them|the\s+total|the\s+sum|the\s+haul)\b/i;
/** "Of that, ", "of the week's total, or ": a part of the amount before, before the number. */
export const PART_BEFORE =
  /\bof\s+(?:that|it|this|the\s+(?:(?:week|month|period|day)['’]s\s+)?(?:total|sum|haul))(?:\s+(?:money|cash|sum|amount|total|haul|intake))?\s*[,—–]?\s*(?:or\s+)?(?:[\w-]+\s+){0,2}$/i;

/** "the previous week's ", "October's ": the owner of the amount set against. */
const OWNER = String.raw`(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+`;
/**
 * "That was up from $1.8bn the previous week", "This compares with $4.7 billion", "That is more than double
 * October's $4.1 billion", "The inflow reversed October's $2.1 billion outflow": an amount set against the last.
 */
export const THAT_AMOUNT = new RegExp(
  String.raw`^\s*(?:that|this|the\s+(?:inflows?|outflows?|haul|intake))\s+(?:(?:was|is|compares|compared|came|brought|took|marked|followed)\b[^,;]*?(?:\b(?:from|with|to|after|of)\s+${HEDGE}|\b(?:double|triple|twice|thrice|half)\s+${OWNER})|(?:reversed|erased|wiped\s+out|dwarfed|topped|eclipsed|exceeded)\s+${OWNER})$`,
  'i',
);

/**
 * "Friday's close: ", "Close on Nov. 13: ", "- Record close: ", and a fund page's "1 month: ", "YTD: ": a label,
 * its subject unnamed.
 */
export const CLOSE_LABEL =
  /^\s*(?:[-*•·]\s+)?(?:(?:[\w.]+['’]s\s+)?(?:record\s+|closing\s+)?(?:close|finish)(?:\s+(?:on|of)\s+[^:;,]{3,20}?)?|(?:\d{1,2}[\s-]*(?:days?|weeks?|months?|years?|mo|yrs?|[dwmy])|ytd|mtd|qtd|year\s+to\s+date|since\s+inception)(?:\s+return)?)\s*:\s*$/i;

/**
 * "Joe Biden's victory was followed by a ", "the cut was met with an ": a move the news brought, its subject
 * unnamed; "That followed a ", "This came on top of a ": the move before the one just told, the same subject's.
 */
export const FOLLOWED_BY =
  /(?:\b(?:was|were|has\s+been|have\s+been)\s+(?:followed|met|greeted)\s+(?:by|with)|^\s*(?:that|this|it)\s+(?:followed|came\s+(?:after|on\s+top\s+of|on\s+the\s+heels\s+of)|capped|extended|built\s+on|added\s+to))\s+(?:an?\s+)?$/i;
