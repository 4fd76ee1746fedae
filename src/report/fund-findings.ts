/**
 * The fund findings of the sector section: for each exposure asked for, each passive fund's return over the
 * window against the exposure's own stock-built series, with tracking statistics in the conventions.
 */
import { t0RuleText } from '../findings/build.ts';
import type { Finding } from '../findings/finding.ts';
import { type SectorReportData, sectionProvenance, sessionWindow } from './sector-report-data.ts';

/** One finding per fund with a return, exposure by exposure. */
export function fundFindings(d: SectorReportData): Finding[] {
  const findings: Finding[] = [];
  const provenance = sectionProvenance(d);
  for (const x of d.instruments ?? []) {
    for (const f of x.funds) {
      if (f.returnSinceEvent === null) continue;
      const t = f.tracking;
      findings.push({
        window: sessionWindow(d.event, x.window, x.base, x.to),
        provenance: {
          datasets: [
            ...provenance.datasets,
            ...(f.historyDataset ? [{ name: f.historyDataset, vintage: null }] : []),
          ],
          command: x.command,
        },
        id: `instrument-${x.exposure}-${f.ticker}`,
        metric: 'return',
        subjects: [{ id: f.ticker, name: `the ${f.name} (${f.ticker}, a fund for “${x.exposure}”)` }],
        value: f.returnSinceEvent,
        unit: 'return',
        ...(x.series.return !== null
          ? {
              comparison: {
                subject: `the exposure’s stock-built series`,
                value: x.series.return,
                difference: f.returnSinceEvent - x.series.return,
              },
            }
          : {}),
        conventions: {
          returnType: 'total',
          t0Rule: t0RuleText(d.event),
          method: 'fund: adjusted close to adjusted close',
          other: {
            series: x.series.name,
            tracking: t
              ? `correlation ${t.correlation.toFixed(3)}, tracking error ${(t.trackingErrorAnnual * 100).toFixed(2)}% a year (${(t.trackingErrorDaily * 100).toFixed(3)}% a day × √252) over ${t.n} daily returns`
              : 'n/a',
          },
        },
      });
    }
  }
  return findings;
}
