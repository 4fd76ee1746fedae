/**
 * The regional snapshot (../findings/region-snapshot.ts) as text: windows, the month's SMB with its rank
 * and "widest since" in its direction, sources and conventions.
 */
import type { RegionSnapshot } from '../findings/region-snapshot.ts';

const pct = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}%` : 'n/a');
const pp = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)} pp` : 'n/a');

/** The month line: "2016-06 SMB +1.20 pp, small caps ahead: the widest in favour of small caps since …". */
export function regionMonthSentence(s: RegionSnapshot): string {
  const m = s.month;
  if (!m) return `no ${s.region} factor data for the event's month`;
  const ahead = m.direction === 'high';
  const what = ahead ? 'the widest lead of small caps' : 'the largest shortfall of small caps';
  const since = m.since
    ? `${what} since ${m.since.month} (${pp(m.since.smb)})`
    : `${what} of any month since ${m.firstMonth}`;
  return `${m.month} ${s.region} SMB ${pp(m.smb)}${m.partial ? ' (month to date, provisional)' : ''}: ${since}; rank ${m.rank} of the ${m.of} months ${m.firstMonth} .. ${m.month} by ${ahead ? 'small-cap lead' : 'small-cap shortfall'}`;
}

/** The set line: "Among the 9 UK general elections since 1992 (first three sessions, Europe SMB): …". */
export function regionSetSentence(s: RegionSnapshot): string {
  const t = s.set;
  if (!t) return '';
  const where =
    t.value >= 0
      ? `rank ${t.rank} of ${t.of} by gap in favour of small caps`
      : `rank ${t.shortfallRank} of ${t.of} by shortfall of small caps (${t.rank} of ${t.of} from the widest gap in their favour)`;
  return `Among the ${t.of} ${t.name} since ${t.since} in ${s.region}'s data (first three sessions, ${s.region} SMB ${pp(t.value)}): ${where}${t.skipped.length ? `; not ranked (outside the data): ${t.skipped.length}` : ''}`;
}

/** The whole text report. */
export function formatRegionSnapshot(s: RegionSnapshot): string {
  const out = [
    `capgap report: ${s.region}, event of ${s.eventDate} (t0 = ${s.t0} on ${s.region}'s trading days, base = close of ${s.baseDate}), in US dollars`,
    '',
    `SMB (small minus big, French regional breakpoints) and the ${s.region} market since the event`,
    `  ${'window'.padEnd(12)}${'closes'.padEnd(26)}${'SMB'.padStart(10)}${'market'.padStart(10)}`,
  ];
  for (const w of s.windows)
    out.push(
      `  ${`${w.sessions} session${w.sessions > 1 ? 's' : ''}`.padEnd(12)}${`${w.baseDate} → ${w.endDate}`.padEnd(26)}${pct(w.smb).padStart(10)}${pct(w.market).padStart(10)}`,
    );
  out.push('', regionMonthSentence(s));
  if (s.set) out.push(regionSetSentence(s));
  out.push('', 'Sources');
  for (const x of s.sources) out.push(`  ${x}`);
  out.push('', 'Conventions');
  for (const c of s.conventions) out.push(`  ${c}`);
  return out.join('\n');
}
