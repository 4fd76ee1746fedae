/**
 * Verdicts in words: what differs between two convention sets, a value in the claim's unit, the claim in
 * words, and the verdict as one line in the report's form (the stated number in words: ./stated-words.ts).
 */
import type { ClaimVerdict } from './check.ts';
import type { Claim } from './claim.ts';
import type { ReadClaim } from './claim-read.ts';
import { regionSubject, regionWords, unheldLabel } from './claim-regions.ts';
import { sectorSubject, sectorWords } from './claim-sectors.ts';
import { levelText } from './claimed-close.ts';
import { closeWords } from './close-words.ts';
import { eventClaimWords } from './election-claim-words.ts';
import { roundHalfAway } from './format.ts';
import { ordinal, statedWords } from './stated-words.ts';
import { meanwhile, notes } from './verdict-meanwhile.ts';
import { overrideWords, stackWords } from './verdict-words.ts';
import { windowWords } from './window-words.ts';

export { ordinal, statedWords } from './stated-words.ts';
export { describeDifference } from './verdict-differs.ts';

/**
 * A value in the claim's unit as a report prints it: '7.23%', '6.2 pp', '$5.5bn'.
 * @example unitValue({ unit: 'percent', stated: 7.2 } as Claim, 7.234) // '7.23%'
 */
export function unitValue(claim: Pick<Claim, 'unit' | 'stated'>, v: number): string {
  if (claim.unit === 'count') return (claim as Partial<Claim>).metric === 'breadth' ? `${v}` : ordinal(v);
  if (claim.unit === 'index-points') return `${levelText(v)} points`;
  if (claim.unit === 'multiple') return `${v.toFixed(2)}×`;
  // A fund's price ("ended at $242"): dollars and cents.
  if ((claim as Partial<Claim>).metric === 'level') return `${v < 0 ? '-' : ''}$${levelText(Math.abs(v))}`;
  if (claim.unit === 'usd') {
    const a = Math.abs(v);
    const s = v < 0 ? '-' : '';
    if (a >= 1e9) return `${s}$${(a / 1e9).toFixed(2)}bn`;
    if (a >= 1e6) return `${s}$${(a / 1e6).toFixed(1)}m`;
    return `${s}$${Math.round(a).toLocaleString('en-US')}`;
  }
  // One more digit than the article wrote ("7.2" → 7.23%): its precision as read, else the stated value's
  // decimals (a fraction in words, "a third" = 33.33…, was written with none).
  const read = (claim as Partial<ReadClaim>).precision?.decimals;
  const written = read ?? (String(Math.abs(claim.stated)).split('.')[1] ?? '').length;
  // More digits where the shorter figure would round, as printed, to another value than the number does
  // (17.449% printed "17.45" reads as 17.5; it is 17.4 to the article's one decimal).
  let digits = Math.min(4, Math.max(2, written + 1));
  const asWritten = roundHalfAway(v, written);
  while (digits < 6 && roundHalfAway(Number(v.toFixed(digits)), written) !== asWritten) digits++;
  return `${v.toFixed(digits)}${claim.unit === 'percent' ? '%' : ' pp'}`;
}

/** The claim in words: 'return of ^RUT since 2016-11-08 through 2016-11-11'. */
export function claimWords(claim: Claim): string {
  const when = windowWords(claim.window);
  const target = (claim as Partial<ReadClaim>).target === 'universe' ? 'the stock universe' : 'the market';
  const subj =
    claim.metric === 'excess-return' && claim.subjects.length === 1
      ? `${subjectWords(claim.subjects[0])} vs ${target}`
      : claim.subjects.map(subjectWords).join(' vs ');
  if (claim.metric === 'rank') return `rank of ${subj} among sectors ${when}`;
  if (claim.metric === 'breadth')
    return `sectors that ${claim.breadth?.side === 'down' ? 'fell' : 'rose'}${claim.breadth?.beyond ? ` more than ${claim.breadth.beyond}%` : ''} ${when}`;
  if (claim.metric === 'ratio' && claim.versus?.of === 'peak')
    return `share of ${subjectWords(claim.subjects[0])}'s gain to its highest close ${when} given back by the end`;
  if (claim.metric === 'ratio' && claim.versus)
    return `ratio of ${subjectWords(claim.subjects[0])}'s ${claim.versus.of} ${when} to its ${claim.versus.of} ${windowWords(claim.versus.window)}`;
  if (claim.metric === 'ratio')
    return `ratio of ${subjectWords(claim.subjects[0])}'s return to ${subjectWords(claim.subjects[1] ?? 'market')}'s ${when}`;
  const events = eventClaimWords(claim, subj, when); // an average or a tally over elections
  if (events) return events;
  const close = closeWords(claim, subj, when);
  if (close) return close;
  // "opened 1.8% higher": to the open of the window's last session.
  const open =
    claim.at === 'open'
      ? ' to the open'
      : claim.at && claim.metric === 'spread'
        ? ` at its ${claim.at === 'peak' ? 'widest' : 'narrowest'} in that stretch`
        : claim.at
          ? ` to its ${claim.at === 'peak' ? 'highest' : 'lowest'} close in that stretch`
          : '';
  if (claim.metric === 'points') return `move in points of ${subj} ${when}${open}`;
  // "an annualized 7.5%": the return's annual rate; a spread of two annual rates (../claim.ts, `rate`).
  if (claim.conventions?.rate === 'annual-mean' || claim.conventions?.rate === 'monthly-mean')
    return `mean ${claim.conventions.rate === 'annual-mean' ? 'yearly' : 'monthly'} ${claim.metric === 'return' ? 'return' : claim.metric} of ${subj} ${when}`;
  if (claim.conventions?.rate === 'annual')
    return claim.metric === 'return'
      ? `annual rate of return of ${subj} ${when}`
      : `${claim.metric} of the annual rates of ${subj} ${when}`;
  if (claim.conventions?.relative === 'ratio')
    return `change in the ratio ${subj.replace(' vs ', ' / ')} ${when}`;
  return `${claim.metric} of ${subj} ${when}${open}`;
}

/**
 * The verdict as one line, in the report's form:
 * `<claim> <stated>: supported under another convention: <the convention in words>, <computed> (default convention: <value>)`.
 * @example verdictLine(v) // 'return of ^RUT since 2016-11-08 through 2016-11-11 7.2%: supported, 7.30%'
 */
export function verdictLine(v: ClaimVerdict): string {
  if (!v.claim) return `${JSON.stringify(v.text ?? '')}: ${v.verdict}${v.reason ? ` (${v.reason})` : ''}`;
  const c = v.claim;
  const head = `${claimWords(c)} ${statedWords(c)}`;
  const dflt = v.computed
    ? unitValue(c, v.computed.value)
    : `cannot be computed${v.reason ? `: ${v.reason}` : ''}`;
  switch (v.verdict) {
    case 'supported':
      return `${head}: supported, ${unitValue(c, v.computed!.value)}${notes(v.computed)}`;
    case 'supported under another convention': {
      const m = v.matches[0];
      // The direction itself depends on the convention: say so, the journalist's "trailed" may be "led".
      const d = v.computed?.value;
      const flip =
        c.unit !== 'count' && d !== undefined && Math.sign(d) * Math.sign(m.value) < 0
          ? '; the default convention gives the opposite sign'
          : '';
      return `${head}: supported under another convention: ${m.differs}, ${unitValue(c, m.value)} (default convention: ${dflt}${flip})${notes(m)}`;
    }
    case 'not supported': {
      const n = v.nearest;
      const near = !n
        ? ''
        : v.oppositeSign
          ? `; the default convention gives the opposite sign, only another convention reproduces the number: ${n.differs}, ${unitValue(c, n.value)}`
          : v.stackedChanges
            ? `; ${stackWords(v.stackedChanges)}: ${n.differs}, ${unitValue(c, n.value)}`
            : v.overrides?.length
              ? `; ${overrideWords(v.overrides)}: ${n.differs}, ${unitValue(c, n.value)}`
              : `; nearest convention: ${n.differs || 'the default'}, ${unitValue(c, n.value)}`;
      return `${head}: not supported: ${v.computed ? unitValue(c, v.computed.value) : dflt}${near}${notes(v.computed ?? n)}`;
    }
    case 'cannot check':
      return `${head}: cannot check (${v.reason}${v.needs ? `: ${v.needs}` : ''})${meanwhile(v)}`;
    default:
      return `${head}: ${v.verdict}`;
  }
}

/** A subject id in words where the id is not plain: sectors and regions; other ids as they are. */
function subjectWords(id: string): string {
  const s = sectorSubject(id);
  if (s) return sectorWords(s);
  const r = regionSubject(id);
  return r ? regionWords(r) : unheldLabel(id);
}
