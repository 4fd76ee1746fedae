/**
 * The regional snapshot in the JSON vocabulary (docs/json.md), for `capgap report --region R --json` and
 * `/api/report?region=R`: `unit: 'decimal'` once for every SMB and market value, the datasets read as
 * `provenance` (the one shape: the region's SMB and its market, daily), conventions as an object.
 */
import type { RegionSnapshot } from '../findings/region-snapshot.ts';
import { type Provenance, provenanceOf } from '../provenance.ts';
import { conventionsJson, UNIT } from './json-vocabulary.ts';

/**
 * A regional snapshot as JSON.
 * @example regionSnapshotJson(snapshot).provenance[0].series // 'SMB'
 */
export function regionSnapshotJson(s: RegionSnapshot) {
  const { data, conventions, ...rest } = s;
  const provenance: Provenance[] = data.flatMap((d) =>
    ['SMB', 'Mkt-RF + RF'].map((series) =>
      provenanceOf(d.name, { vintage: d.vintage, frequency: 'daily', series }),
    ),
  );
  return { unit: UNIT, ...rest, provenance, conventions: conventionsJson(conventions) };
}
