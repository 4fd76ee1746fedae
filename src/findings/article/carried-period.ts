/**
 * The forms of a sentence that keep the period of the sentence before it (./number-window.ts asks here): a
 * restatement in other terms, a thread's next fragment, a multiple whose other side is elided, where the move
 * before left it ("That leaves it 11% below its peak"), the gap between what it told ("The gap between IJR and
 * IWM, 2.6 points, …").
 */

import { NARROW_WORDS } from './hedges.ts';
import { ELIDED_AS } from './ratio-claim.ts';
import { NOUN_SIGNS } from './verbs.ts';

/**
 * An opener that restates the last measurement in other terms ("Measured by quintiles,", "On an equal-weighted
 * basis,", "Equal-weighted,", "In other words,") or sets it against another ("That's more than double the S&P
 * 500's 2.5% advance", "That is well over one and a half times the S&P's gain").
 */
const RESTATED = new RegExp(
  String.raw`^\s*(?:(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:more|less|twice|double|triple|half|${NARROW_WORDS})\b|(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+[^.;:]{0,40}?\btimes\b|(?:when\s+|if\s+)?measured\s+(?:by|with|on|using|in)\b|(?:using|with|by|in)\s+(?:quintiles|deciles|terciles|quartiles|equal\s+weights|value\s+weights)\b|on\s+an?\s+(?:equal|value|cap(?:itali[sz]ation)?)[- ]weighted\s+basis\b|(?:equal|value|cap)[- ]weighted\s*,|in\s+(?:equal|value)[- ]weighted\s+terms\b|(?:in\s+other\s+words|put\s+(?:another\s+way|differently)|that\s+is\s+to\s+say)\s*,)`,
  'i',
);

/**
 * "SPX +2.5%." after "R2K +5.8% today.", "IWM: +5.8%." after "… beat the S&P 500's 2.5% gain on Wednesday",
 * "Large caps: 3.4%." after "Small caps rose 11% in November.": a name and a signed move (or a labelled one)
 * alone, a run-on list's next item, over its period.
 */
const FRAGMENT =
  /^\s*(?:\d{1,2}\/\s*)?[A-Za-z](?:[\w&.'’-]|\s(?!\s)){0,30}?(?::\s(?<!\s\s)[+\-−]?|\s(?<!\s\s)[+\-−])\d[\d.]*\s?%\s*\.\s*$/; // a sentence, not a table's aligned row

/** "That leaves it 11% below its peak", "This put the index up 7.8%": where the move before left it. */
const LEAVES =
  /^\s*(?:that|this|which)\s+(?:leaves|left|puts|put|keeps|kept|takes|took|brings|brought)\s+(?:it|them|the\s+(?:index|gauge|fund|benchmark))\b/i;

/**
 * "Small-cap growth lagged, with the Russell 2000 Growth up 9.1%", "Large caps kept pace: the S&P 500 added
 * 3.1%", "Utilities brought up the rear with a 1.3% gain": a clause that sets its subject against the one just told, with no period of its own, before its move.
 */
const SET_AGAINST =
  /^\s*(?:[\w&.'’-]+\s+){1,5}?(?:lagged|trailed|(?:did|fared|performed)\s+(?:even\s+|far\s+|much\s+)?(?:better|worse)|kept\s+pace|held\s+up(?:\s+better)?|fell\s+behind|outperformed|underperformed|brought\s+up\s+the\s+rear)(?:\s+(?:again|too|as\s+well|for\s+once))?\s*(?:[,:;—–]|\s(?:with|at)\s)/i;

/** "It was a broad advance:", "The rally was broad-based:": the move just told, described, then detailed. */
const DESCRIBED =
  /^\s*(?:it|this|that|the\s+(?:rally|advance|gain|move|rise|selloff|sell-off|decline|drop|slide|rout))\s+(?:was|has\s+been|is)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:advance|rally|gain|move|rise|selloff|sell-off|decline|drop|slide|rout|one|broad(?:-based)?|narrow|lopsided|concentrated|widespread)\s*[:;—–]/i;

/** "That 10.6% gain", "Of this 9% rally": a move the sentence before stated, named again by its number. */
const THAT_MOVE_BEFORE = /^\s*(?:(?:of|out\s+of)\s+)?(?:that|this)\s+$/i;
const THAT_MOVE = new RegExp(
  String.raw`^[\d.]+\s*(?:%|percent|per\s+cent)\s+(?:${Object.keys(NOUN_SIGNS).join('|')})\b`,
  'i',
);

/**
 * True when the number at the start of `from`, after `before` (the sentence up to it), names again a move the
 * sentence before stated ("That 10.6% gain is nearly four times …", "Of that 10.6% gain, …"): its subject and
 * period are that sentence's.
 * @example restatesMove('That ', '10.6% gain is nearly four times the S&P 500's') // true
 */
export function restatesMove(before: string, from: string): boolean {
  return THAT_MOVE_BEFORE.test(before) && THAT_MOVE.test(from);
}

/** "The gap between IJR and IWM, 2.6 percentage points, …": a gap opening the sentence, between what was just told. */
const GAP_OPENS = /^\s*(?:the|that|this)\s+(?:gap|spread|difference|margin)\s+between\s/i;

/**
 * "Small-cap value (Russell 2000 Value, +9.7%) trailed small-cap growth (Russell 2000 Growth, +12.3%).", "Small
 * caps (+9.7%) beat large caps (+5.7%).": a score whose sides hold their numbers in brackets, after the period.
 */
const BRACKET_SCORE =
  /^\s*[^()]{2,60}?\([^()]*?[+\-−]?\d[\d.]*\s?%\)\s+(?:beat|trailed|lagged|outperformed|underperformed|outpaced|topped)\b/i;

/** The forms that keep the sentence before's period: they restate it, continue its list, or elide its move. */
const FORMS: ((sentence: string, fromNumber: string, metric: string) => boolean)[] = [
  (s) => RESTATED.test(s), // "Measured by quintiles, the bottom fifth gained 5.2%": another cut of it
  (s) => FRAGMENT.test(s), // "SPX +2.5%." after "R2K +5.8% today."
  (s) => LEAVES.test(s), // "That leaves it 11% below its Sept. 14 peak." after Thursday's close
  (s) => SET_AGAINST.test(s), // "Small-cap growth lagged, with the Russell 2000 Growth up 9.1%"
  (s) => BRACKET_SCORE.test(s), // "Small-cap value (… +9.7%) trailed small-cap growth (… +12.3%)"
  (s) => DESCRIBED.test(s), // "It was a broad advance: the small-cap value index rose 5.1% …"
  (_, from, metric) => metric === 'ratio' && ELIDED_AS.test(from), // "The S&P 500 rose about half as much."
  (s, _, metric) => metric === 'spread' && GAP_OPENS.test(s), // "The gap between IJR and IWM, 2.6 points, …"
];

/**
 * True when `sentence` keeps the sentence before's period for the number at the start of `fromNumber`.
 * @example carriesPeriodBefore('SPX +2.5%.', '2.5%.', 'return') // true
 */
export function carriesPeriodBefore(sentence: string, fromNumber: string, metric: string): boolean {
  return FORMS.some((f) => f(sentence, fromNumber, metric));
}
