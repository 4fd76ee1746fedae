import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProvenance, provenanceOf, vintageText } from '../src/provenance.ts';

describe('provenance (one typed object, formatted only at the edge)', () => {
  it("provenanceOf(dataset, fields) reads the store's ' (inferred)' vintage suffix into `inferred`", () => {
    const p = provenanceOf('french/F-F_Research_Data_Factors', {
      frequency: 'daily',
      vintage: 'CRSP 202505 (inferred)',
      series: 'Mkt-RF + RF',
    });
    assert.deepEqual(p, {
      dataset: 'french/F-F_Research_Data_Factors',
      source: null,
      frequency: 'daily',
      weighting: null,
      vintage: 'CRSP 202505',
      inferred: true,
      series: 'Mkt-RF + RF',
    });
    assert.equal(vintageText(p), 'CRSP 202505 (inferred)');
  });
  it('formatProvenance(p) writes series, dataset, frequency, weighting and vintage, skipping the unknown', () => {
    const p = provenanceOf('french/Portfolios_Formed_on_ME', {
      frequency: 'monthly',
      weighting: 'value',
      vintage: 'CRSP 202602',
    });
    assert.equal(formatProvenance(p), 'french/Portfolios_Formed_on_ME, monthly, value-weighted, CRSP 202602');
    assert.equal(formatProvenance(provenanceOf('yfinance/^RUT')), 'yfinance/^RUT');
    assert.equal(
      formatProvenance(
        provenanceOf('french/F-F_Research_Data_Factors', {
          series: 'Mkt-RF + RF',
          vintage: 'CRSP 202505 (inferred)',
        }),
      ),
      'Mkt-RF + RF, french/F-F_Research_Data_Factors, CRSP 202505 (inferred)',
    );
  });
});
