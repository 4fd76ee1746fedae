import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifySecurity, duplicateClasses } from '../../src/formats/security-type.ts';

// Tickers and companylist fields as they appear in ../shared/data (Kaggle panel and NASDAQ companylist 2016-09-21).
describe('classifySecurity(ticker, fields)', () => {
  const cases: [string, Parameters<typeof classifySecurity>[1], string][] = [
    ['ABR_A', null, 'preferred'],
    ['HLM_', null, 'preferred'],
    ['BAC-WS-A', null, 'warrant'],
    ['ABEOW', null, 'warrant'],
    [
      'NTRSP',
      { name: 'Northern Trust Corporation', sector: 'Finance', industry: 'Major Banks' },
      'preferred',
    ],
    [
      'BRK-B',
      { name: 'Berkshire Hathaway Inc.', sector: 'Finance', industry: 'Property-Casualty Insurers' },
      'common',
    ],
    ['YPRO', { name: 'AdvisorShares YieldPro ETF', sector: 'n/a', industry: 'n/a' }, 'etf'],
    ['ARCC', { name: 'Ares Capital Corporation', sector: 'n/a', industry: 'n/a' }, 'fund'],
    ['NVS', { name: 'Novartis AG', sector: 'Health Care', industry: 'Major Pharmaceuticals' }, 'foreign'],
    [
      'MDT',
      { name: 'Medtronic plc', sector: 'Health Care', industry: 'Medical/Dental Instruments' },
      'foreign',
    ],
    ['NTRS', { name: 'Northern Trust Corporation', sector: 'Finance', industry: 'Major Banks' }, 'common'],
    [
      'AAPL',
      { name: 'Apple Inc.', sector: 'Technology', industry: 'Computer Manufacturing', adrTso: 'n/a' },
      'common',
    ],
    ['XYZ', null, 'unknown'],
  ];
  for (const [ticker, fields, type] of cases) {
    test(`${ticker}${fields?.name ? ` (${fields.name})` : ''} is ${type}`, () => {
      assert.equal(classifySecurity(ticker, fields).type, type);
    });
  }
});

describe('duplicateClasses(rows)', () => {
  test('keeps GOOG and drops GOOGL: the companylist gives both classes the whole of Alphabet (522 and 542 $bn)', () => {
    const d = duplicateClasses([
      { id: 'GOOGL', name: 'Alphabet Inc.', cap: 541.9e9 },
      { id: 'GOOG', name: 'Alphabet Inc.', cap: 522.1e9 },
      { id: 'FOX', name: 'Twenty-First Century Fox, Inc.', cap: 44.9e9 },
      { id: 'FOXA', name: 'Twenty-First Century Fox, Inc.', cap: 28.8e9 },
    ]);
    assert.deepEqual([...d], ['GOOGL']);
  });
});
