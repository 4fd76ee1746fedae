/**
 * `capgap report --event D --region R [--format text|md|html|json|article|png] [--out DIR] [--json]`: the
 * regional report in every format. Text is ../report/region-text.ts; the rendered formats come from the
 * same snapshot through ../report/from-region.ts, so they print the same numbers.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RegionId } from '../calendar/regions.ts';
import type { RegionSnapshot } from '../findings/region-snapshot.ts';
import { regionSnapshotJson } from '../report/json-region.ts';
import { formatRegionSnapshot } from '../report/region-text.ts';
import { io, outFolder, printJson } from './context.ts';

/** Prints or writes the regional report in the formats asked for (none: the text report, or --json). */
export async function writeRegionReport(
  s: RegionSnapshot,
  o: { region: RegionId; formats: string[]; out?: string; json?: boolean },
): Promise<void> {
  const textOnly = o.formats.length === 0 || (o.formats.length === 1 && o.formats[0] === 'text' && !o.out);
  if (textOnly) {
    if (o.json) printJson(regionSnapshotJson(s));
    else io().out(formatRegionSnapshot(s));
    return;
  }
  const { buildRegionReport } = await import('../report/from-region.ts');
  const { renderReport, reportFiles } = await import('../report/render.ts');
  const report = buildRegionReport(s, { region: o.region });
  if (!o.out) {
    io().out(renderReport(report, o.formats[0] as 'md' | 'html' | 'json' | 'article'));
    return;
  }
  const written: string[] = [];
  for (const f of reportFiles(
    report,
    o.formats.filter((f) => f !== 'text'),
  )) {
    const path = join(o.out, f.name);
    outFolder('--out', dirname(path), o.out);
    writeFileSync(path, f.data);
    written.push(path);
  }
  if (o.formats.includes('text')) {
    const path = join(o.out, 'report.txt');
    outFolder('--out', o.out);
    writeFileSync(path, `${formatRegionSnapshot(s)}\n`);
    written.push(path);
  }
  if (o.json) printJson({ written });
  else io().out(`capgap report: wrote ${written.length} files\n${written.map((w) => `  ${w}`).join('\n')}`);
}
