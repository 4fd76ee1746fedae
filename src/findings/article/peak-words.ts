/**
 * A return told at the stretch's best or worst close: "At its peak, the Russell 2000 was up 10.1% since the
 * vote", "was up 10.1% at its high", "At their lowest, small caps were down 6% since the cut". The claim is
 * the return from the window's base to its highest (lowest) close (../claim.ts `at`: 'peak' | 'trough'), not
 * to the window's end. Intraday words ("at one point", "at the day's high") are not read: capgap holds closes;
 * nor is a record ("to close at its highest level since 2021": ./records.ts).
 */
import type { TextSpan } from '../claim-read.ts';

/** The best close of a stretch: "at its peak", "at the height of the rally", "at its highest". */
const PEAK = String.raw`widest(?:\s+point)?|peak|high(?:\s+point|\s+close)?|highest(?:\s+point|\s+close|\s+level)?|best(?:\s+point|\s+level|\s+close)?|height(?:\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:rally|surge|run|advance|rebound|bounce))?|zenith`;
/** The worst close of a stretch: "at its low", "at the depths of the sell-off", "at its lowest". */
const TROUGH = String.raw`narrowest(?:\s+point)?|trough|nadir|bottom|low(?:\s+point|\s+close)?|lowest(?:\s+point|\s+close|\s+level)?|worst(?:\s+point|\s+level|\s+close)?|depths?\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:sell-?off|slump|rout|decline|slide|fall)`;
const AT = String.raw`\bat\s+(?:its|their|the)\s+(?:(?:recent|post-election|post-vote|post-referendum)\s+)?(?:(${PEAK})|(${TROUGH}))\b(?!\s+(?:(?:of|on|in)\s+(?:the\s+)?(?:day|session|morning|afternoon|\d)|since\b|ever\b|on\s+record\b|in\s+(?:\w+\s+){0,2}(?:years?|months?|weeks?|decades?)\b))`;
/** Fronted, with no other move before the number: "At its peak, …", "At its peak on Nov. 25, …". */
const FRONTED = new RegExp(String.raw`^\s*${AT}(?:\s+on\s+[\w.]+(?:\s+\d{1,2})?)?\s*,[^;%$]*$`, 'i');
/** Right after the number, in its clause: "was up 10.1% since the vote at its peak". */
const AFTER = new RegExp(String.raw`^[^,;.\d()]{0,40}?${AT}`, 'i');

/**
 * Whether the number `q` is a return to the stretch's highest ('peak') or lowest ('trough') close.
 * @example extremeAt('At its peak, the Russell 2000 was up 10.1% since the vote.', q) // 'peak'
 */
export function extremeAt(t: string, q: TextSpan): 'peak' | 'trough' | undefined {
  const m = FRONTED.exec(t.slice(0, q.start)) ?? AFTER.exec(t.slice(q.end));
  if (!m) return undefined;
  return m[1] ? 'peak' : 'trough';
}
