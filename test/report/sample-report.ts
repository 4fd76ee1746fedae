// A fixed report on the 2016 election built from real numbers, each with its source, for renderer tests.
import {
  excessReturnFinding,
  type ReportEvent,
  returnFinding,
  spreadFinding,
} from '../../src/findings/build.ts';
import { shortName } from '../../src/findings/names.ts';
import { bucketWindowChart } from '../../src/report/charts/bucket-window.ts';
import { eventSetChart } from '../../src/report/charts/event-set.ts';
import type { Report } from '../../src/report/report.ts';
import { electionSpreads, frenchDeciles2016, market2016 } from './fixture-data.ts';

export const EVENT: ReportEvent = {
  date: '2016-11-08',
  name: '2016 US presidential election',
  short: 'the election',
  timing: 'after-close',
  t0Date: '2016-11-09',
  baseDate: '2016-11-08',
};

const SIZE = [{ name: 'french/Portfolios_Formed_on_ME', vintage: 'CRSP 202505 (inferred)' }];
const FACTORS = [{ name: 'french/F-F_Research_Data_Factors', vintage: 'CRSP 202505 (inferred)' }];

export function sampleReport(): Report {
  const d = frenchDeciles2016();
  const t0 = d.dates.indexOf('2016-11-09');
  const c3 = (r: number[]) => r.slice(t0, t0 + 3).reduce((g, x) => g * (1 + x), 1) - 1;
  const market = c3(market2016().returns);
  const elections = electionSpreads();
  const e2016 = elections.find((e) => e.date === '2016-11-08')!;
  const findings = [
    // French monthly file (vintage 202602): Nov 2016 VW Lo 10 9.75, Hi 10 3.42. Widest since Apr 2010 (10.55 − 0.72
    // = 9.83), 110th widest of 1,085 months from Jul 1926: both found scanning the file with awk.
    spreadFinding({
      small: 'Lo 10',
      large: 'Hi 10',
      smallValue: 0.0975,
      largeValue: 0.0342,
      month: '2016-11',
      weighting: 'value',
      data: [{ name: 'french/Portfolios_Formed_on_ME', vintage: 'CRSP 202602' }],
      record: {
        rank: 110,
        of: 1085,
        among: 'months',
        historyStart: '1926-07',
        since: { period: '2010-04', value: 0.0983 },
      },
    }),
    excessReturnFinding({
      portfolio: 'Lo 10',
      value: c3(d.series[0].returns),
      market,
      window: [0, 2],
      from: '2016-11-08',
      to: '2016-11-11',
      weighting: 'value',
      data: [...SIZE, ...FACTORS],
      event: EVENT,
    }),
    excessReturnFinding({
      portfolio: 'Hi 10',
      value: c3(d.series[9].returns),
      market,
      window: [0, 2],
      from: '2016-11-08',
      to: '2016-11-11',
      weighting: 'value',
      data: [...SIZE, ...FACTORS],
      event: EVENT,
    }),
    // ^RUT.csv / ^GSPC.csv (yahoo_xjcarter_data): closes 11/08 and 11/15.
    returnFinding({
      id: '^RUT',
      value: 1302.14001 / 1195.14001 - 1,
      from: '2016-11-08',
      to: '2016-11-15',
      basis: 'price index',
      data: [{ name: 'yahoo/^RUT', vintage: '2022-11-18' }],
      event: EVENT,
      against: {
        id: '^GSPC',
        value: 2180.38989 / 2139.56006 - 1,
        data: [{ name: 'yahoo/^GSPC', vintage: '2022-11-18' }],
      },
    }),
    spreadFinding({
      small: 'Lo 10',
      large: 'Hi 10',
      smallValue: e2016.lo,
      largeValue: e2016.hi,
      window: {
        from: '2016-11-08',
        to: '2016-11-11',
        label: 'over the first three sessions after the election',
        relative: [0, 2],
      },
      weighting: 'value',
      data: SIZE,
      event: EVENT,
      record: { rank: 1, of: elections.length, among: 'US presidential elections', historyStart: '1928' },
    }),
  ];
  const charts = [
    bucketWindowChart({
      buckets: d.series.map((s) => ({ label: shortName(s.name), value: c3(s.returns) })),
      market: { label: 'Market (Mkt-RF + RF)', value: market },
      windowLabel: 'over the first three sessions after the election',
    }),
    eventSetChart({
      events: elections,
      highlight: '2016-11-08',
      metricLabel: 'Smallest minus largest decile, days 0 to 2 (pp)',
      setName: 'US presidential elections',
    }),
  ];
  return {
    title: 'Small caps after the 2016 election',
    event: EVENT,
    findings,
    charts,
    notes: [
      'French daily size portfolios are value-weighted only: no daily equal-weighted file is available.',
    ],
    sections: [
      {
        title: 'Size',
        findings: [findings[0].id, findings[1].id, findings[2].id, findings[4].id],
        charts: ['bucket-window', 'event-set'],
      },
      { title: 'Indices since the election', findings: [findings[3].id] },
    ],
    command: 'capgap report --event 2016-11-08 --to 2016-11-15',
  };
}
