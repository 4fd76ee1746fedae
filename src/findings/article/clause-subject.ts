/**
 * The subject of a clause that names none of its own: the one carried from an earlier clause, "it" / "they"
 * / "the index" (the one named last before it in the sentence, else the previous sentence's), the sentence's last subject for an elided clause ("…, and is up
 * 12.9%"), and "the index" after a fund (the index the fund tracks, IWM → ^RUT; never the fund).
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import { INDEX_ETF } from '../claim-subjects.ts';
import { CLOSE_LABEL, FOLLOWED_BY, PART_AFTER, PART_BEFORE, THAT_AMOUNT } from './amount-words.ts';
import { BOTH_EARLIER } from './both-earlier.ts';
import { isMeasurable, NOUN_AFTER } from './bound-subject.ts';
import { restatesMove } from './carried-period.ts';
import { CLASS_INDEX } from './class-index.ts';
import { DATE_RE, WEEKDAY_RE } from './dates.ts';
import { HEDGE } from './hedges.ts';
import { BLUE_CHIP } from './index-names.ts';
import { dayMoveOwner, laterOwner } from './later-owner.ts';
import { opensOnMove, PERIOD_LABEL } from './move-opening.ts';
import type { Quantity } from './numbers.ts';
import { asideOwner, comparedObject, ELIDED } from './participle-aside.ts';
import type { Carry } from './quantity-claim.ts';
import type { SubjectHit } from './subjects.ts';

/** ", with a gain of nearly 11%", ", up 11%", ", having risen 4%": a trailing phrase with no subject of its own. */
const TRAILING = new RegExp(
  String.raw`^[\s,;:—–-]+(?:(?:with|after|on|thanks\s+to)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:gains?|rises?|advances?|returns?|rally|jump|surge|loss(?:es)?|declines?|drops?|falls?|slide|slump)\s+of|up|down|rising|falling|gaining|losing|having\s+(?:gained|lost|risen|fallen|climbed|dropped))\s+${HEDGE}$`,
  'i',
);
/** "… more than triple the previous week's $1.8bn": the same subject's earlier period. */
const EARLIER_PERIOD =
  /\b(?:previous|prior|preceding|last)\s+(?:day|session|week|month|quarter|year)['’]s\s+$/i;
const RELATIVE =
  /^[\s,;(—–-]*(?:which|who)\s+(?:is|was|has|had|are|were|have|rose|fell|lost|sank|slid|[a-z]{2,}ed)\b/i;
/** "outpacing the blue-chip benchmark by …": the blue-chip index is what the subject is measured against. */
const BLUE_CHIP_TARGET =
  /\b(?:outpac|outperform|outstrip|beat|trail|lagg?|underperform)\w*\s+the\s+blue[- ]chip\b/i;
const BLUE_CHIPS = ['^FTSE', '^GSPC', '^DJI'];
const BROADER = /\bthe\s+(?:broad|broader|wider)(?:[- ]based)?\s+(?:market\s+)?(?:index|gauge|benchmark)\b/i;
/**
 * "it", "the index", and an index with a describing word or two: "the rate-sensitive index", "the tech-heavy
 * gauge" (not one set against the last: "the broader index", "the blue-chip index", "the other gauge"); a
 * clause going on from the last ("…, and went on to close at 2,590.61").
 */
const PRONOUN =
  /\b(?:it|its|they|their|them|the fund|the group|the sector|the category|the\s+(?:(?!(?:broad|broader|wider|wide|larger|bigger|large-cap|big-cap|mega-cap|blue-chip|other|second|main|headline)\s)(?:[a-z]+-[a-z]+|[a-z]+)\s+){0,2}(?:index|gauge|benchmark|barometer))\b|^\s*,?\s*(?:and|but|then)\s+(?:then\s+|later\s+)?went\s+on\s+to\b/i;
/** "That" alone before a clause break: "That| compares with …" (the clause splitter ends one at "compares with"). */
const THAT_COMPARES = /^\s*(?:that|this)\s*$/i;
/** A sentence opening on a close, up to its level: "Monday's close of ", "From its Nov. 25 record close of ". */
const OPENING_CLOSE = new RegExp(
  `^\\s*(?:(?:${WEEKDAY_RE}|${DATE_RE})['’]s|(?:from|since|off)\\s+(?:its|their)\\s+(?:${DATE_RE}\\s+)?)\\s*(?:record\\s+)?(?:close|closing\\s+(?:level|high)|high|peak)\\s+(?:of|at)\\s+$`,
  'i',
);

/** A sentence opening on a participle, up to a number in it: "After peaking at ", "Having risen ". */
const OPENING_PARTICIPLE =
  /^\s*(?:(?:after|before|despite|since|while|following|having|upon)\s+(?:(?:first|briefly|initially)\s+)?[a-z]+(?:ing|en|ed)\b|(?:after|following|despite)\s+(?:an?|its|their)\s+(?:[a-z-]+\s+)?$)[^;:]*$/i;

/**
 * The subject quantity `q` in clause `seg` speaks of when the clause names none, or undefined.
 * @example unnamedSubject('…, and is up 12.9%', seg, q, hits, {}, undefined) // the sentence's last subject
 */
export function unnamedSubject(
  t: string,
  seg: TextSpan,
  q: Quantity,
  allSubjects: readonly SubjectHit[],
  carry: Carry,
  previousSubject: ClaimSubject | undefined,
): ClaimSubject | undefined {
  const head = t.slice(seg.start, q.start);
  // "…, edging out the Vanguard Small-Cap ETF (VB), which is up 7.1%": a relative clause speaks of the
  // subject named just before it, not of the clause before's.
  if (RELATIVE.test(head)) {
    const last = allSubjects.filter((h) => h.end <= seg.start && h.subject.kind !== 'opposite').pop();
    if (last && isMeasurable(last.subject)) return last.subject as ClaimSubject;
  }
  // "After peaking at 2,442.03 on Nov. 25, the small-cap index slid …", "After rising 5.8% on Nov. 6, the Russell
  // 2000 fell …": an opening participle's number is the main clause's subject's, named after its comma.
  // "Monday's close of 2,434.98 left the Russell 2000 (the index) 7.7% above …": the subject named after it.
  const opening = OPENING_CLOSE.test(t.slice(0, q.start));
  if (opening || OPENING_PARTICIPLE.test(t.slice(0, q.start))) {
    const main = allSubjects.find((h) => h.start >= q.end && isMeasurable(h.subject));
    if (main && (opening || /,\s*(?:the\s+)?$/i.test(t.slice(q.end, main.start))))
      return main.subject as ClaimSubject;
  }
  // Its words: what comes before the number, or for an opening close, after it ("left the index").
  const own = opening ? t.slice(q.end, seg.end) : head;
  // "That 10.6% gain is nearly four times …": the move the sentence before stated, its subject's.
  if (previousSubject && restatesMove(t.slice(0, q.start), t.slice(q.start))) return previousSubject;
  const day = dayMoveOwner(t, q, allSubjects, previousSubject); // "Friday's 0.9% rebound did little …"
  if (day) return day;
  // "…, beating the S&P 500's 4.4% gain, and ended 2023 up 15.1%": the first clause's subject (./participle-aside.ts).
  let subject = asideOwner(t, seg, q, allSubjects) ?? carry.subject;
  // "The FTSE 250, which is more exposed … than the FTSE 100, dropped 7.2%, while the blue-chip index lost
  // 3.2%": the large-cap index named last (the FTSE 100 beside the FTSE 250), never the carried one.
  // "The FTSE 250 … has fallen 13.8% … The blue-chip index has lost 5.6%": the previous sentence's too.
  const last = subject ?? previousSubject;
  const lastId = last?.kind === 'security' ? last.id : undefined;
  // "…, against 0.8% for the blue-chip index": the index named after the number is the number's.
  const forIndex = /^\s*(?:for|in|by)\s+the\s+(?:[\w-]+\s+){0,3}?(?:index|gauge|benchmark)\b/i.exec(
    t.slice(q.end, seg.end),
  );
  const near = forIndex ? `${head} ${forIndex[0]}` : head;
  if (BLUE_CHIP.test(near) && !BLUE_CHIP_TARGET.test(near)) {
    const named = allSubjects.filter((h) => h.end <= q.start && h.subject.kind === 'security');
    const large = named.filter((h) => BLUE_CHIPS.includes((h.subject as { id: string }).id)).pop();
    if (large) return large.subject as ClaimSubject;
    if (lastId === '^FTMC') return { kind: 'security', id: '^FTSE' };
    // "the small-cap gauge rallied 2.1%, against 1.7% for the blue-chip index": the S&P 500 beside the Russell.
    if (lastId === '^RUT' || lastId === 'IWM') return { kind: 'security', id: '^GSPC' };
  }
  // "The small-cap index rose 2%, while the broader index gained 1%": the broad US index beside the small one.
  if (BROADER.test(near) && lastId && ['^RUT', 'IWM'].includes(lastId))
    return { kind: 'security', id: '^GSPC' };
  // "The small-cap benchmark has erased its gains: it is up 1.6%": a pronoun is the subject named last
  // before it in the sentence (its clause gave no number to carry), else the previous sentence's.
  // "That compares with an average post-election gain of 2.1%": the sentence before's ("compares with" ends a clause).
  if (!subject && previousSubject && THAT_COMPARES.test(t.slice(0, seg.start))) return previousSubject;
  if (!subject && (PRONOUN.test(own) || BOTH_EARLIER.test(own))) {
    subject = previousSubject;
    // ("Industrials led the small-cap rally, with the sector up 14%": "the sector" is a sector named before.)
    const sector = /\bthe\s+sector\b/i.test(own);
    for (const h of allSubjects)
      if (h.end <= seg.start && isMeasurable(h.subject) && (!sector || h.subject.kind === 'sector'))
        subject = comparedObject(t, h, allSubjects) ? subject : h.subject; // "X beat Y …, and it rose": X
    // "Small caps have been left for dead," … "The index had gained just 10%": the class's index.
    const id = subject?.kind === 'size-class' && !subject.style ? CLASS_INDEX[subject.size] : undefined;
    if (id && /\b(?:index|gauge|benchmark)\b/i.test(own)) subject = { kind: 'security', id };
    // "the category" is a category of funds spoken of (one fund named since is not it).
    if (/\bthe\s+category\b/i.test(own) && subject && !['category', 'unheld'].includes(subject.kind))
      subject = undefined;
  }
  // "This time, the gain is 8%": the move of the one the sentence before spoke of.
  if (!subject && opensOnMove(t.slice(0, q.start))) subject = previousSubject;
  // "• 8.6%: its gain in the week of the election", "- 10.8%: the index's return in November": a number
  // labelled after it by its owner's pronoun; "• December 2023: +12.1%": by a period alone (a slide's list).
  const owner = /^\s*[:—–]\s*(?:its|their|the\s+(?:index|gauge|benchmark)['’]s)\s/i;
  if (!subject && (owner.test(t.slice(q.end)) || PERIOD_LABEL.test(t.slice(0, q.start))))
    subject = previousSubject;
  // "Tuesday's 1.8% drop was the index's worst day since Oct. 10" (the previous sentence's subject), "Wednesday's
  // 4.4% plunge was the Russell 2000's worst …": the owner a later record names (./later-owner.ts).
  if (!subject) subject = laterOwner(t, q, seg, allSubjects, previousSubject);
  // "Roughly $5.5 billion of that came after Election Day", "Of that, $5.5bn …": a part of the amount the
  // previous sentence spoke of, its subject.
  if (!subject && (PART_AFTER.test(t.slice(q.end, seg.end)) || PART_BEFORE.test(head)))
    subject = previousSubject;
  // "That was up from $1.8bn …", and a close's label ("… Friday's close: 1,744.04."): the one spoken of.
  if (!subject && (q.unit === 'money' ? THAT_AMOUNT : CLOSE_LABEL).test(head)) subject = previousSubject;
  // "Joe Biden's victory was followed by a 14.5% gain": the move of the one the article speaks of.
  // (not one that names what moved: "was followed by a 0.2% rise in Treasury yields")
  const moved =
    NOUN_AFTER.test(t.slice(q.end)) && !/^\s+\w+\s+(?:in|of|for|among|across)\s/i.test(t.slice(q.end));
  if (!subject && FOLLOWED_BY.test(head) && moved) subject = previousSubject;
  // "The Russell 2000 has risen for 11 sessions, …, and is up 12.9%": a clause with no subject of its own
  // (a connective, auxiliaries and at most two words before the number; a trailing ", with a gain of") continues
  // the sentence's last one.
  const earlier = EARLIER_PERIOD.test(head);
  if (!subject && (earlier || ELIDED.test(head) || TRAILING.test(head))) {
    for (const h of allSubjects)
      if (h.end <= seg.start && h.subject.kind !== 'opposite' && isMeasurable(h.subject)) subject = h.subject;
    // ("It has fallen in 11 of the past 13 sessions, and is 8.6% below its high": the pronoun's.)
    if (!subject && (earlier || ELIDED.test(head)) && PRONOUN.test(t.slice(0, seg.start)))
      subject = previousSubject;
  }
  // "… the iShares Russell 2000 ETF added 1.6%, and the index is up 10.2%": "the index" is the index the
  // fund just named tracks (IWM → ^RUT), else the last index named; never the fund.
  const isIndex = (x?: ClaimSubject) => x?.kind === 'security' && x.id.startsWith('^');
  if (/\bthe\s+(?:index|gauge|benchmark)\b/i.test(own) && subject?.kind === 'security' && !isIndex(subject)) {
    const id = subject.id;
    const tracked = Object.keys(INDEX_ETF).find((k) => INDEX_ETF[k] === id);
    if (tracked) subject = { kind: 'security', id: tracked };
    else if (isIndex(previousSubject)) subject = previousSubject;
  }
  return subject;
}

/** A number's clause as the claim makers read it: the sentence `t`, the clause, the sentence's subjects, what carries. */
export interface Clause {
  t: string;
  seg: TextSpan;
  subjects: readonly SubjectHit[];
  carry: Carry;
  /** The previous sentence's subject ("it", "the index"). */
  previous: ClaimSubject | undefined;
}

/**
 * The subject a number's clause names before it (the first measurable one), else the one ./unnamedSubject
 * gives it (carried, "it", "the index"); with the clause's named subjects before the number, in order.
 * @example clauseSubject({ t, seg, subjects: hits, carry, previous }, q) // { named: [^RUT hit], subject: ^RUT }
 */
export function clauseSubject(
  { t, seg, subjects, carry, previous }: Clause,
  q: Quantity,
): { named: SubjectHit[]; subject?: ClaimSubject } {
  const named = subjects.filter((h) => h.start >= seg.start && h.end <= q.start && isMeasurable(h.subject));
  const first = named[0]?.subject;
  const subject = first && isMeasurable(first) ? first : unnamedSubject(t, seg, q, subjects, carry, previous);
  return { named, ...(subject && isMeasurable(subject) ? { subject } : {}) };
}
