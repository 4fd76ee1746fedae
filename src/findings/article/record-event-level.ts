/**
 * A close ranked among the closes since the news: "its highest close since the election", "the lowest level
 * since the vote", "a fresh post-election high", "a new post-referendum low". A level record (../record-level.ts)
 * ranked within the closes from the event's day on (`kind: 'rank'`, `from`: the event): it holds when the
 * claimed day's close is the highest (lowest) of them.
 */
import type { RecordPhrase } from '../claim-read.ts';
import { POST_EVENT } from './record-words.ts';
import type { RecordHit } from './records.ts';

const NEWS = String.raw`(?:(?:us|u\.s\.|presidential)\s+)?(?:election(?:\s+day)?|vote|referendum|decision|rate\s+decision)`;
/** "its highest close since the election", "the lowest level since the vote", "its highest since the referendum". */
const SINCE_NEWS = new RegExp(
  String.raw`\b(?:its|their|the|a|an)\s+(?:(?:new|fresh)\s+)?(highest|lowest)(?:\s+(?:close|closing\s+(?:level|high|low)|level|finish))?\s+since\s+(?:the\s+)?${NEWS}\b`,
  'gi',
);
/** "a fresh post-election high", "its post-election closing low", "a new post-Brexit-vote peak". */
const POST_NEWS = new RegExp(
  `\\b(?:its|their|the|a|an)\\s+(?:(?:new|fresh)\\s+)?${POST_EVENT}\\s+(?:closing\\s+)?(high|low|peak|trough)s?\\b`,
  'gi',
);

/** The words before a high or a low it is measured from, not claimed: "from", "since", "above", "below", "off". */
const MEASURED_FROM = /\b(?:from|since|off|above|below|under|over|than|of)\s+$/i;

/**
 * The records of `text` that rank a close among the closes since `event` (none without one).
 * @example eventLevelRecords('closed at 2,434.98, a fresh post-election high', '2024-11-05')[0].record // { kind: 'rank', rank: 1, from: '2024-11-05', level: true, direction: 'gain', … }
 */
export function eventLevelRecords(text: string, event?: string): RecordHit[] {
  if (!event) return [];
  const out: RecordHit[] = [];
  for (const m of [...text.matchAll(SINCE_NEWS), ...text.matchAll(POST_NEWS)]) {
    // "Measured from the post-referendum low on June 27", "10% above its post-election low": a reference, no record.
    if (MEASURED_FROM.test(text.slice(Math.max(0, (m.index ?? 0) - 20), m.index))) continue;
    const low = /^(?:lowest|low|trough)$/i.test(m[1]);
    const record: RecordPhrase = {
      kind: 'rank',
      rank: 1,
      from: event,
      level: true,
      direction: low ? 'loss' : 'gain',
      words: m[0],
    };
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, record });
  }
  return out;
}
