/**
 * Headlines from findings, in headline style (no articles where avoidable, numbers rounded as in the text,
 * 'points' for percentage points). Every number comes from the finding passed in.
 */
import type { Finding } from '../findings/finding.ts';
import { pct, pp, usd } from '../findings/format.ts';
import { recordPhrase } from '../findings/sentences.ts';

function bare(name: string): string {
  return name.replace(/^the /, '');
}

function cap(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function when(f: Finding): string {
  return f.window.label
    .replace(/^over the first /, 'in first ')
    .replace(/^on the first trading day/, 'on first day');
}

/**
 * A headline for one finding.
 * @example headlineFor(spreadNov2016) // 'Smallest US stocks beat largest by 6.3 points in November 2016, widest gap since June 2009'
 */
export function headlineFor(f: Finding): string {
  const v = f.value;
  const points = pp(v).replace('percentage ', '');
  switch (f.metric) {
    case 'return': {
      const s = `${cap(bare(f.subjects[0].name))} ${v >= 0 ? 'up' : 'down'} ${pct(v)} ${f.window.label}`;
      if (f.record) {
        const per =
          f.window.frequency === 'weekly' ? 'week' : f.window.frequency === 'monthly' ? 'month' : 'gain';
        const best = v >= 0 ? `best ${per}` : `worst ${per}`;
        const when =
          f.record.since === null
            ? 'on record'
            : f.record.since
              ? `since ${f.record.since.period.replace(/^the week ended /, '')}`
              : '';
        if (when)
          return `${cap(bare(f.subjects[0].name))} posts ${best} ${when}, ${v >= 0 ? 'up' : 'down'} ${pct(v)}`;
      }
      const c = f.comparison;
      return c ? `${s}; ${bare(c.subject)} ${c.value >= 0 ? 'up' : 'down'} ${pct(c.value)}` : s;
    }
    case 'excess-return': {
      const who = cap(
        bare(f.subjects[0].name)
          .replace(/^smallest (tenth|fifth|30%) of US stocks/, 'smallest US stocks')
          .replace(/^largest (tenth|fifth|30%) of US stocks/, 'largest US stocks'),
      );
      return `${who} ${v >= 0 ? 'beat' : 'trail'} ${bare(f.subjects[1].name)} by ${points} ${when(f)}`;
    }
    case 'spread': {
      const rec = f.record
        ? `, ${recordPhrase(f.record, 'gap', v >= 0 ? 'widest' : 'largest').replace(/^the /, '')}`
        : '';
      return `Smallest US stocks ${v >= 0 ? 'beat' : 'trail'} largest by ${points} ${when(f)}${rec}`;
    }
    case 'flow': {
      const rec = f.record?.rank === 1 ? 'record ' : '';
      return `${cap(f.subjects[0].name)} ${v >= 0 ? `draw ${rec}${usd(v)}` : `lose ${rec}${usd(v)}`} ${f.window.label}`;
    }
    default:
      return cap(f.subjects[0].name);
  }
}
