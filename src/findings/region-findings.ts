/**
 * A region's numbers as findings, so the report, the page's lead and the claim checker print them with the
 * findings' own sentences (./sentences.ts): SMB over a window as a spread of the region's small caps over its
 * large caps ("European small caps beat large caps by 1.8 percentage points (SMB, French regional
 * breakpoints, in US dollars)"), the region's market as a return, the month's SMB with "widest lead / largest
 * shortfall since" in the direction of its sign, and the month's rank as a count.
 *
 * Conventions carried by every finding (and so printed in every footnote): returns in US dollars (French's
 * regional files, currency moves included); SMB with French regional breakpoints (big = the top 90% of the
 * region's market cap), compounded daily as a long-short position; the market is Mkt-RF + RF.
 */
import type { RegionId } from '../calendar/regions.ts';
import { type DataRef, type ReportEvent, t0RuleText } from './build.ts';
import type { Conventions, Finding, FindingWindow, RecordContext } from './finding.ts';
import { validateFinding } from './finding.ts';
import { articleDate } from './format.ts';
import { marketOf, smallCapsOf } from './region-names.ts';

/** Said with every regional SMB number. */
export const SMB_MEASURE = 'SMB, French regional breakpoints, in US dollars';

/** A region as the findings name it. */
export interface RegionRef {
  id: RegionId;
  /** 'Europe', 'Developed ex US'. */
  label: string;
}

function conventions(r: RegionRef, event: ReportEvent | undefined, what: 'smb' | 'market'): Conventions {
  const c: Conventions = {};
  if (what === 'smb') {
    c.breakpoints = `French regional breakpoints for ${r.label} (big = the top 90% of the region's market cap)`;
    c.method = 'SMB (small minus big) compounded daily as a long-short position rebalanced daily';
  } else c.method = `${r.label} market = Mkt-RF + RF, compounded daily`;
  if (event) c.t0Rule = `${t0RuleText(event)}, on ${r.label}'s trading days (the dates of its French file)`;
  c.other =
    what === 'smb'
      ? { measure: SMB_MEASURE, currency: 'returns in US dollars (currency moves included)' }
      : { currency: 'returns in US dollars (currency moves included)' };
  return c;
}

/** What the region findings take besides their number. */
export interface RegionFindingInput {
  region: RegionRef;
  /** The window: base close date, last date, words ('on the first trading day after the Brexit vote'). */
  window: FindingWindow;
  value: number;
  data: DataRef[];
  event?: ReportEvent;
  record?: RecordContext;
  command?: string;
}

/**
 * The region's SMB over a window as a spread of its small caps over its large caps (decimal pp).
 * @example sentenceFor(regionSmbFinding({ region: { id: 'europe', label: 'Europe' }, value: 0.0177, window, data, event }))
 */
export function regionSmbFinding(o: RegionFindingInput): Finding {
  const id = o.region.id;
  return validateFinding({
    id: `smb-${id}-${o.window.from}-${o.window.to}`,
    metric: 'spread',
    subjects: [
      { id: `${id}:small`, name: smallCapsOf(id) },
      { id: `${id}:big`, name: 'large caps' },
    ],
    window: o.window,
    value: o.value,
    unit: 'pp',
    conventions: conventions(o.region, o.event, 'smb'),
    record: o.record,
    provenance: {
      datasets: o.data.map((d) => ({ name: d.name, vintage: d.vintage ?? null })),
      command: o.command,
    },
  });
}

/**
 * The region's market return over a window (Mkt-RF + RF, compounded).
 * @example sentenceFor(regionMarketFinding({ region, value: -0.088, window, data, event })) // 'The European stock market (in US dollars) lost 8.8% …'
 */
export function regionMarketFinding(o: RegionFindingInput): Finding {
  const id = o.region.id;
  return validateFinding({
    id: `market-${id}-${o.window.from}-${o.window.to}`,
    metric: 'return',
    subjects: [{ id: `${id}:market`, name: marketOf(id) }],
    window: o.window,
    value: o.value,
    unit: 'return',
    conventions: conventions(o.region, o.event, 'market'),
    provenance: {
      datasets: o.data.map((d) => ({ name: d.name, vintage: d.vintage ?? null })),
      command: o.command,
    },
  });
}

/** A month's SMB and where it stands (../findings/region-snapshot.ts `month`). */
export interface RegionMonthInput {
  month: string;
  smb: number;
  direction: 'high' | 'low';
  rank: number;
  of: number;
  firstMonth: string;
  since: { month: string; smb: number } | null;
  partial: boolean;
}

/**
 * The month's SMB with "widest lead / largest shortfall of small caps since" in its direction, and its rank
 * among the months to then in that direction as a count finding.
 * @example regionMonthFindings(region, snapshot.month, data, command)[0] // 'In June 2016, European small caps trailed …'
 */
export function regionMonthFindings(
  region: RegionRef,
  m: RegionMonthInput,
  data: DataRef[],
  command?: string,
): [Finding, Finding] {
  const month = articleDate(m.month);
  const window: FindingWindow = {
    from: m.month,
    to: m.month,
    label: m.partial ? `in ${month} to date` : `in ${month}`,
    frequency: 'daily',
  };
  const smb = regionSmbFinding({
    region,
    window,
    value: m.smb,
    data,
    command,
    record: {
      rank: m.rank,
      of: m.of,
      among: 'months',
      historyStart: m.firstMonth,
      since: m.since ? { period: m.since.month, value: m.since.smb } : null,
      direction: m.direction === 'high' ? 'largest' : 'smallest',
      provisional: m.partial || undefined,
    },
  });
  smb.id = `smb-${region.id}-month-${m.month}`;
  smb.conventions.other = {
    ...smb.conventions.other,
    month: "the month's daily SMB compounded (close to, not the same as, French's monthly SMB)",
  };
  const what = m.direction === 'high' ? 'small-cap lead' : 'small-cap shortfall';
  const rank = validateFinding({
    id: `smb-${region.id}-month-rank-${m.month}`,
    metric: 'count',
    subjects: [
      { id: `${region.id}:SMB month rank`, name: `the rank of ${month} by ${what} in ${region.label}` },
    ],
    window: {
      from: m.firstMonth,
      to: m.month,
      label: `of the ${m.of} months from ${articleDate(m.firstMonth)} to ${month} (as it stood at the time; SMB, French regional breakpoints, in US dollars)`,
      frequency: 'monthly',
    },
    value: m.rank,
    unit: 'count',
    conventions: { ...smb.conventions, t0Rule: undefined },
    record: { rank: m.rank, of: m.of, among: 'months', historyStart: m.firstMonth },
    provenance: smb.provenance,
  });
  return [smb, rank];
}
