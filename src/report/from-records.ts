/**
 * Findings from the records engine's plain results: a month's size spread with its record context
 * (src/records/size-spread.ts), and a subject's weekly or monthly return with its own (src/records/record.ts).
 */
import { type DataRef, type ReportEvent, spreadFinding, t0RuleText } from '../findings/build.ts';
import { findingProvenance } from '../findings/data-ref.ts';
import { type Finding, validateFinding } from '../findings/finding.ts';
import { articleDate } from '../findings/format.ts';
import { subjectName } from '../findings/names.ts';

/** What `spreadFromRecord` needs of a SpreadRecord (src/records/size-spread.ts). */
export interface SpreadRecordLike {
  month: string;
  weighting: 'value' | 'equal';
  small: number;
  large: number;
  spread: number;
  record: {
    rank: number;
    of: number;
    historyStart: string;
    largestSince: { periodEnd: string; value: number } | null;
    provisional: boolean;
    summary?: string;
  };
}

/**
 * A month's Lo 10 − Hi 10 spread finding from the records engine, with 'widest since' and rank.
 * @example spreadFromRecord(sizeSpreadRecord(pair, { month: '2016-11', weighting: 'value' }), { data: [{ name: 'french/Portfolios_Formed_on_ME', vintage: 'CRSP 202602' }] })
 */
export function spreadFromRecord(r: SpreadRecordLike, o: { data: DataRef[]; command?: string }): Finding {
  const rec = r.record;
  return spreadFinding({
    small: 'Lo 10',
    large: 'Hi 10',
    smallValue: r.small,
    largeValue: r.large,
    month: r.month,
    weighting: r.weighting,
    data: o.data,
    command: o.command,
    record: {
      rank: rec.rank,
      of: rec.of,
      among: 'months',
      historyStart: /^[A-Z][a-z]{2} \d{4}$/.test(rec.historyStart)
        ? rec.historyStart
        : rec.historyStart.slice(0, 7),
      since: rec.largestSince
        ? { period: rec.largestSince.periodEnd.slice(0, 7), value: rec.largestSince.value }
        : null,
      provisional: rec.provisional,
    },
  });
}

/** What `returnFromRecord` needs of a records-engine RecordContext (src/records/record.ts). */
export interface PeriodRecordLike {
  periodEnd: string;
  value: number;
  rank: number;
  of: number;
  historyStart: string;
  largestSince: { periodEnd: string; value: number } | null;
  provisional: boolean;
}

/**
 * A subject's return over one week or month with its record context ('the largest weekly gain since the
 * week ended Dec. 2, 2011'), from the records engine run on that subject's period returns.
 * @example returnFromRecord(describeRecord({ ends, values, frequency: 'weekly' }, '2016-11-11'), { id: '^RUT', from: '2016-11-04', frequency: 'weekly', basis: 'price index', data })
 */
export function returnFromRecord(
  r: PeriodRecordLike,
  o: {
    id: string;
    from: string;
    frequency: 'weekly' | 'monthly';
    basis: 'total' | 'price' | 'price index';
    data: DataRef[];
    event?: ReportEvent;
    command?: string;
  },
): Finding {
  const weekly = o.frequency === 'weekly';
  const when = (iso: string) =>
    weekly ? `the week ended ${articleDate(iso)}` : articleDate(iso.slice(0, 7));
  return validateFinding({
    id: `return-${o.id}-${o.frequency}-${r.periodEnd}`,
    metric: 'return',
    subjects: [{ id: o.id, name: subjectName(o.id) }],
    window: { from: o.from, to: r.periodEnd, label: `in ${when(r.periodEnd)}`, frequency: o.frequency },
    value: r.value,
    unit: 'return',
    conventions: {
      returnType: o.basis,
      t0Rule: o.event ? t0RuleText(o.event) : undefined,
      other: weekly ? { 'week end': 'Friday (the last close of each week)' } : undefined,
    },
    record: {
      rank: r.rank,
      of: r.of,
      among: weekly ? 'weeks' : 'months',
      historyStart: r.historyStart,
      since: r.largestSince ? { period: when(r.largestSince.periodEnd), value: r.largestSince.value } : null,
      provisional: r.provisional,
    },
    provenance: findingProvenance(o.data, o.command),
  });
}
