/**
 * The page's answer first for a region other than the US: one sentence for the event and the window [0, to]
 * on the region's own trading days (SMB compounded from the base close to the close of t0 + to), written by
 * the findings' own code (src/findings/region-findings.ts → sentenceFor), so it says "SMB, French regional
 * breakpoints, in US dollars" with the number. Under it: the event's rank in its set when it belongs to one
 * (UK, French and German elections, or a US set read on the region: "did a US event move small caps
 * abroad?"), the month's SMB with "widest lead / largest shortfall since" and its rank, the data's end.
 * Pure: the caller passes the loaded inputs (./region-inputs.ts). Same answer shape as ./lead.ts.
 */
import { fromDay, toDay } from '../../calendar/dates.ts';
import { anchorEvent, type NewsTiming } from '../../calendar/trading-days.ts';
import { builtInEvent } from '../../events/event-sets.ts';
import type { QualityFlag } from '../../events/quality/flags.ts';
import { type ReportEvent, windowLabel } from '../../findings/build.ts';
import type { Finding } from '../../findings/finding.ts';
import { type FindingJson, findingJson } from '../../findings/finding-json.ts';
import { ordinal } from '../../findings/format.ts';
import { regionMonthFindings, regionSmbFinding } from '../../findings/region-findings.ts';
import { regionSetStanding } from '../../findings/region-set.ts';
import { regionSnapshot } from '../../findings/region-snapshot.ts';
import { sentenceFor } from '../../findings/sentences.ts';
import { compound } from '../../math/compound.ts';
import { regionalEventName } from '../../report/from-region.ts';
import { UNIT } from '../../report/json-vocabulary.ts';
import type { Lead, SeriesShown } from './lead.ts';
import { regionFlags } from './region-flags.ts';
import type { RegionInputs } from './region-inputs.ts';

/** A regional lead: ./lead.ts's answer with the region named. */
export type RegionLead = Omit<Lead, 'finding' | 'month'> & {
  region: { id: string; label: string; currency: 'USD' };
  finding: FindingJson;
  month: { text: string; rankText: string; source: string; findings: FindingJson[] } | { error: string };
  /** Data-quality flags of SMB and the market over [0, to] on the region's calendar (docs/quality.md). */
  flags: QualityFlag[];
};

/**
 * The lead for an event in a region over [0, to].
 * @example buildRegionLead(inputs, { event: '2016-06-23', timing: 'after-close', to: 0 }).sentence // 'On the first trading day after the Brexit vote, European small caps beat …'
 */
export function buildRegionLead(
  r: RegionInputs,
  q: { event: string; timing: NewsTiming; to: number; name?: string },
): RegionLead {
  const cal = r.calendar;
  if (toDay(q.event) >= cal.last)
    throw new Error(`${q.event} is after the data: ${r.label} SMB runs through ${r.through}`);
  const anchor = anchorEvent(cal, q.event, q.timing);
  const to = Math.min(q.to, cal.days.length - 1 - anchor.t0);
  const lastDate = fromDay(cal.days[anchor.t0 + to]);
  const cut =
    to < q.to
      ? `The window is cut at ${r.through}, the last day of the data (day ${to}; day ${q.to} was asked for).`
      : null;
  const named = regionalEventName(q.event);
  const event: ReportEvent = {
    date: q.event,
    name: named.short === 'the event' && q.name ? q.name : named.name,
    short: named.short,
    timing: q.timing,
    t0Date: anchor.t0Date,
    baseDate: anchor.baseDate,
  };
  const region = { id: r.id, label: r.label };
  const value = compound(r.rs, anchor.base, anchor.t0 + to);
  if (Number.isNaN(value))
    throw new Error(`a ${r.label} SMB return is missing between ${anchor.baseDate} and ${lastDate}`);
  // The set ranks each event under its own news timing: asked with another (an election read as news during
  // the session), the event's closes are not its row's, so it is answered unranked (as the US lead).
  const set =
    builtInEvent(q.event)?.timing === q.timing
      ? regionSetStanding(r.rs, cal, q.event, [0, to], `${r.label} SMB`)
      : null;
  let rank: RegionLead['rank'] = null;
  let record: Finding['record'];
  if (set) {
    const { of, since } = set;
    const shortfall = set.value < 0;
    // A shortfall is ranked among shortfalls (1 = small caps' worst), as the US lead does.
    record = { rank: shortfall ? set.shortfallRank : set.rank, of, among: set.name, historyStart: since };
    rank = {
      rank: set.rank,
      of,
      among: set.name,
      since,
      skipped: set.skipped.map((x) => `${x.label}: ${x.reason}`),
      text: shortfall
        ? `The ${set.rank === of ? '' : `${ordinal(set.shortfallRank)} `}largest shortfall of ${r.label}'s small caps among ${of} ${set.name} since ${since} (${ordinal(set.rank)} of ${of} from the widest gap in their favour), on ${r.label} SMB in US dollars.`
        : `The ${set.rank === 1 ? '' : `${ordinal(set.rank)} `}widest gap in favour of ${r.label}'s small caps among ${of} ${set.name} since ${since} (${ordinal(set.rank)} of ${of}), on ${r.label} SMB in US dollars.`,
    };
  }
  const command = `capgap event --event ${q.event} --regions ${r.id} --metric smb --window 0,${to}`;
  const finding = regionSmbFinding({
    region,
    window: {
      from: anchor.baseDate,
      to: lastDate,
      label: windowLabel(event, to + 1),
      relative: [0, to],
      sessions: to + 1,
      frequency: 'daily',
    },
    value,
    data: r.data,
    event,
    record,
    command,
  });
  let month: RegionLead['month'];
  try {
    const m = regionSnapshot(r.label, r.smb, r.market, cal, q.event, q.timing).month;
    if (!m) throw new Error(`no ${r.label} factor data for ${q.event.slice(0, 7)}`);
    const findings = regionMonthFindings(
      region,
      m,
      r.data,
      `capgap report --event ${q.event} --region ${r.id}`,
    );
    month = {
      text: sentenceFor(findings[0]),
      rankText: sentenceFor(findings[1]),
      source: `${r.data[0].name}, daily, ${r.data[0].vintage ?? ''}, compounded over each month`,
      findings: findings.map(findingJson),
    };
  } catch (err) {
    month = { error: (err as Error).message };
  }
  const shown = (id: string, name: string, detail: string): SeriesShown => ({
    id,
    name,
    detail,
    dataset: r.data[0].name,
    vintage: r.data[0].vintage,
    through: r.through,
  });
  return {
    region: { id: r.id, label: r.label, currency: 'USD' },
    event: {
      eventDate: q.event,
      name: event.name,
      timing: q.timing,
      t0: anchor.t0Date,
      baseDate: anchor.baseDate,
      set: set?.name ?? null,
    },
    window: { from: 0, to },
    requestedTo: q.to,
    endDate: lastDate,
    sessions: to + 1,
    cut,
    unit: UNIT,
    sentence: sentenceFor(finding),
    finding: findingJson(finding),
    flags: regionFlags(r, q.event, q.timing, to),
    rank,
    month,
    series: [
      shown(
        `${r.id}:SMB`,
        `${r.label} SMB (small minus big, French regional breakpoints)`,
        `French "SMB", daily, in US dollars, ${r.smb.source}`,
      ),
      shown(
        `${r.id}:market`,
        `${r.label} market (Mkt-RF + RF)`,
        `French "Mkt-RF" + "RF", daily, in US dollars, ${r.market.source}`,
      ),
    ],
    conventions: {
      currency: "in US dollars: French's regional returns are US-dollar returns (currency moves included)",
      smb: `SMB, French regional breakpoints: ${r.label}'s small minus big (big = the top 90% of the region's market cap), compounded daily as a long-short position`,
      days: `day d is the session t0 + d on ${r.label}'s trading days (the dates of its French file, not NYSE sessions); "the first N sessions" = days [0, N−1], from the base close to the close of t0 + N − 1`,
      month:
        "the month's daily SMB compounded; ranked in the direction of its sign among the months from the file's start to the event's month (as it stood at the time)",
    },
  };
}
