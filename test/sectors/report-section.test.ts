/**
 * The report's sector section on real fixtures (stock panel, companylists, GICS file and ETF prices cut by
 * scripts/cut-portfolio-fixtures.ts and scripts/cut-sectors-fixtures.ts): its findings carry the engine's
 * numbers with provenance, the chart is snapshot-tested (numbers rounded, test/report/snapshot.ts), and a
 * store without a stock panel gets the one line naming the import.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadSectorReport, NO_PANEL_NOTE } from '../../src/queries/sectors-report.ts';
import type { Report } from '../../src/report/report.ts';
import { validateReport } from '../../src/report/report.ts';
import {
  addSectorSection,
  type SectorReportData,
  sectorSection,
  sectorText,
} from '../../src/report/sectors-section.ts';
import { Store } from '../../src/store/store.ts';
import { addPanelFixture, addSectorFixtures } from '../helpers/fixture-stores.ts';
import { assertSnapshot } from '../report/snapshot.ts';

const _fx = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));
const event = { date: '2016-11-08', name: '2016 US presidential election', short: 'the election' };

describe('the sector section of capgap report', () => {
  let store: Store;
  let data: SectorReportData;
  before(async () => {
    store = await Store.open(':memory:');
    await addPanelFixture(store);
    await addSectorFixtures(store, ['iwm', 'xli']);
    const d = await loadSectorReport(store, event, { instrumentWindow: [0, 14] });
    assert.ok(!('note' in d), 'the fixture store has a stock panel');
    data = d as SectorReportData;
  });
  after(() => store.close());

  test('findings: every ranked sector with its rank, the spread, five contributions, the sector-neutral spread, the funds', () => {
    const { findings, section } = sectorSection(data);
    const ranked = data.ranking.filter((r) => r.rank > 0);
    const returns = findings.filter((f) => f.id.startsWith('sector-return-'));
    assert.equal(returns.length, ranked.length);
    assert.deepEqual(
      returns.map((f) => f.record?.rank),
      ranked.map((_, i) => i + 1),
    );
    assert.equal(returns[0].value, ranked[0].vw);
    const spread = findings.find((f) => f.id === 'sector-size-spread')!;
    assert.equal(spread.value, data.decomposition.spread);
    const contrib = findings.filter((f) => f.id.startsWith('sector-contribution-'));
    assert.equal(contrib.length, 5);
    assert.deepEqual(
      contrib.map((f) => f.value),
      data.decomposition.sectors.slice(0, 5).map((s) => s.contribution),
    );
    const iwm = findings.find((f) => f.id.endsWith('-IWM'))!;
    // iwm.us.txt: Close 117.26 (2016-11-08) and 129.81 (2016-11-30), window [0, 14].
    assert.ok(Math.abs(iwm.value - (129.81 / 117.26 - 1)) < 1e-12);
    assert.match(
      iwm.conventions.other?.tracking ?? '',
      /^correlation 0\.\d{3}, tracking error \d+\.\d\d% a year/,
    );
    for (const f of findings) {
      assert.ok(
        f.provenance.datasets.some((x) => x.name === 'kaggle/stocks'),
        `${f.id} names the panel`,
      );
      assert.ok(f.provenance.command?.startsWith('capgap '), `${f.id} names its command`);
    }
    assert.equal(section.findings.length, findings.length);
    assert.match(
      sectorText(data),
      /^Sectors inside the size effect \(capgap sectors --event 2016-11-08 --window 0,4\):/,
    );
  });

  test('the contributions chart matches its snapshot', () => {
    const { charts } = sectorSection(data);
    assert.equal(charts[0].id, 'sector-contributions');
    assertSnapshot('sector-contributions.svg', charts[0].svg);
  });

  test('a report gains the section, and it validates', () => {
    const report: Report = { title: 't', event, findings: [], charts: [], notes: [], sections: [] };
    validateReport(addSectorSection(report, data));
    assert.equal(report.sections?.at(-1)?.title, 'Sectors inside the size effect');
  });

  test('without a stock panel the report gets one line naming the import', async () => {
    const empty = await Store.open(':memory:');
    try {
      const d = await loadSectorReport(empty, event);
      assert.deepEqual(d, { note: NO_PANEL_NOTE });
      const report: Report = { title: 't', event, findings: [], charts: [], notes: [], sections: [] };
      addSectorSection(report, d);
      assert.deepEqual(report.notes, [NO_PANEL_NOTE]);
      assert.match(NO_PANEL_NOTE, /capgap import/);
    } finally {
      empty.close();
    }
  });
});
