/**
 * The NASDAQ → GICS sector mapping, exposures and tracking statistics: small inline cases worked out by hand,
 * and the mapping checked against the 2016 S&P 500 GICS file on the stocks in both files (real fixtures cut by
 * scripts/cut-sectors-fixtures.ts and scripts/cut-portfolio-fixtures.ts).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { exposuresWithoutFund, fundsFor, parseExposure, relate } from '../../src/sectors/exposure.ts';
import { parseSector } from '../../src/sectors/gics.ts';
import { sectorOf } from '../../src/sectors/sector-map.ts';
import { tracking } from '../../src/sectors/tracking.ts';
import { readEtfRegistryFile } from '../../src/store/etf-registry.ts';
import { Store } from '../../src/store/store.ts';

const PRICES = fileURLToPath(new URL('../../../shared/data/prices/', import.meta.url));
const fx = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));

describe('sectorOf(sector, industry)', () => {
  test('a GICS sector name is kept as GICS', () => {
    assert.deepEqual(sectorOf('Industrials', 'Industrial Conglomerates'), {
      sector: 'Industrials',
      source: 'gics',
    });
    assert.deepEqual(sectorOf('Health Care', 'Health Care Equipment'), {
      sector: 'Health Care',
      source: 'gics',
    });
  });
  test('a NASDAQ sector maps by industry first, then by sector', () => {
    assert.deepEqual(sectorOf('Capital Goods', 'Auto Manufacturing'), {
      sector: 'Consumer Discretionary',
      source: 'nasdaq',
    });
    assert.deepEqual(sectorOf('Consumer Services', 'Real Estate Investment Trusts'), {
      sector: 'Real Estate',
      source: 'nasdaq',
    });
    assert.deepEqual(sectorOf('Finance', 'Major Banks'), { sector: 'Financials', source: 'nasdaq' });
    assert.deepEqual(sectorOf('Public Utilities', 'Telecommunications Equipment'), {
      sector: 'Telecommunications Services',
      source: 'nasdaq',
    });
  });
  test('"Health Care" and "Energy" with a NASDAQ industry are read as NASDAQ (mapped)', () => {
    assert.deepEqual(sectorOf('Energy', 'Natural Gas Distribution'), {
      sector: 'Utilities',
      source: 'nasdaq',
    });
    assert.deepEqual(sectorOf('Health Care', 'Major Pharmaceuticals'), {
      sector: 'Health Care',
      source: 'nasdaq',
    });
  });
  test("'n/a', empty and Miscellaneous without a mapped industry have no sector", () => {
    assert.deepEqual(sectorOf('n/a', 'n/a'), { sector: null, source: 'none' });
    assert.deepEqual(sectorOf(null), { sector: null, source: 'none' });
    assert.deepEqual(sectorOf('Miscellaneous', 'Multi-Sector Companies'), {
      sector: 'Industrials',
      source: 'nasdaq',
    });
    assert.deepEqual(sectorOf('Miscellaneous', 'Publishing'), {
      sector: 'Consumer Discretionary',
      source: 'nasdaq',
    });
    assert.deepEqual(sectorOf('Miscellaneous', 'Other Consumer Services'), { sector: null, source: 'none' });
  });
  test('parseSector reads names, prefixes and common words, and names a bad value', () => {
    assert.equal(parseSector('industrials'), 'Industrials');
    assert.equal(parseSector('banks'), 'Financials');
    assert.equal(parseSector('tech'), 'Information Technology');
    assert.equal(parseSector('Communication Services'), 'Telecommunications Services');
    assert.throws(() => parseSector('railways'), /invalid sector: "railways"; expected one of Consumer/);
    assert.throws(() => parseSector('consumer'), /invalid sector: "consumer"/); // two sectors start so
  });
});

describe('the mapping against the S&P 500 GICS file (stocks in both files)', () => {
  test('maps 501 of the 503 shared stocks and agrees with GICS on 452 (90.2%)', async () => {
    // The count was measured when the table was written (docs/sectors.md); the test pins it so a change to
    // the table shows its effect on the agreement.
    const store = await Store.open(':memory:');
    const rows = await store.all<{ ns: string; ni: string; g: string }>(`
      WITH cl AS (SELECT replace(replace(upper(trim(Symbol)), '^', '_'), '.', '-') AS id, Sector, Industry
                  FROM read_csv(['${fx('portfolios/companylist_NYSE_2016-09-21.csv.gz')}', '${fx('portfolios/companylist_NASDAQ_2016-09-21.csv.gz')}'], header = true, all_varchar = true)),
           g AS (SELECT replace(upper(trim(Tickersymbol)), '.', '-') AS id, GICSSector
                 FROM read_csv('${fx('sectors/securities_gics_2016.csv')}', header = true, all_varchar = true))
      SELECT DISTINCT ON (id) Sector AS ns, Industry AS ni, GICSSector AS g FROM cl JOIN g USING (id) ORDER BY id`);
    store.close();
    let mapped = 0;
    let agree = 0;
    for (const r of rows) {
      const m = sectorOf(r.ns, r.ni).sector;
      if (!m) continue;
      mapped++;
      if (m === sectorOf(r.g).sector) agree++;
    }
    assert.equal(rows.length, 503);
    assert.equal(mapped, 501);
    assert.equal(agree, 452);
  });
});

describe('exposures and the registry', () => {
  const reg = readEtfRegistryFile();
  test('parseExposure reads size, sector and style, and names what it cannot read', () => {
    assert.deepEqual(parseExposure('US small cap industrials'), {
      size: 'small',
      sector: 'Industrials',
      style: null,
      name: 'US small cap industrials',
    });
    assert.equal(parseExposure('US smaller companies').size, 'small');
    assert.equal(parseExposure('US industrials').size, null);
    assert.equal(parseExposure('US small-cap value').style, 'value');
    assert.throws(() => parseExposure('US small cap widgets'), /could not read "widgets"/);
    assert.throws(() => parseExposure('US small cap large cap'), /two sizes/);
  });
  test('relate: exact, style tilt, narrower, broader', () => {
    const x = (t: string) => parseExposure(t);
    assert.equal(relate(x('US small cap'), x('US small cap')), 'exact');
    assert.equal(relate(x('US small cap'), x('US small cap value')), 'style tilt');
    assert.equal(relate(x('US industrials'), x('US small cap industrials')), 'narrower');
    assert.equal(relate(x('US small cap industrials'), x('US industrials')), 'broader');
    assert.equal(relate(x('US small cap industrials'), x('US small cap')), 'broader');
    assert.equal(relate(x('US industrials'), x('US financials')), null);
  });
  test('"US industrials" is carried by XLI; PSCI is the small-cap slice; mid and large cap industrials have no fund', () => {
    const f = fundsFor(reg, parseExposure('US industrials'));
    assert.deepEqual(
      f.map((r) => `${r.entry.ticker}:${r.match}`),
      ['XLI:exact', 'PSCI:narrower'],
    );
    assert.deepEqual(exposuresWithoutFund(reg, parseExposure('US industrials')), [
      'US mid cap industrials',
      'US large cap industrials',
    ]);
  });
  test('"US small cap" lists the six blend funds of the registry as exact matches', () => {
    const exact = fundsFor(reg, parseExposure('US small cap')).filter((r) => r.match === 'exact');
    assert.deepEqual(
      exact.map((r) => r.entry.ticker),
      ['IJR', 'IWM', 'SCHA', 'SLY', 'VB', 'VTWO'],
    );
  });
  test('every sector fund has a sector and every fund a note on its inception', () => {
    for (const e of reg) {
      if (/sector/.test(e.category)) assert.ok(e.sector, `${e.ticker} has a sector`);
      assert.match(e.note ?? '', /^(checked|not checkable|unverified)/, `${e.ticker} note`);
    }
  });
});

describe('tracking(fund, series)', () => {
  test('a hand-worked three-day case: r = √3/2, tracking error 0.5774 pp a day', () => {
    // fund 1%, 2%, 3%; series 1%, 1%, 2%. Differences 0, 1, 1 pp: mean 2/3 pp, sample sd
    // sqrt(((2/3)² + (1/3)² + (1/3)²) / 2) = sqrt(1/3) = 0.57735 pp. Correlation: cov 1e-4 / sqrt(2e-4 × 6.667e-5)
    // = 0.866025 (= √3/2).
    const t = tracking([0.01, 0.02, 0.03], [0.01, 0.01, 0.02]);
    assert.ok(Math.abs(t.correlation - Math.sqrt(3) / 2) < 1e-12);
    assert.ok(Math.abs(t.trackingErrorDaily - Math.sqrt(1 / 3) / 100) < 1e-12);
    assert.ok(Math.abs(t.trackingErrorAnnual - (Math.sqrt(1 / 3) / 100) * Math.sqrt(252)) < 1e-12);
    assert.ok(Math.abs(t.meanDifference - 0.02 / 3) < 1e-12);
    assert.equal(t.n, 3);
  });
  test('NaN pairs are skipped and counted; unequal lengths throw', () => {
    const t = tracking([0.01, Number.NaN, 0.02, 0.03], [0.01, 0.5, 0.01, 0.02]);
    assert.equal(t.skipped, 1);
    assert.ok(Math.abs(t.correlation - Math.sqrt(3) / 2) < 1e-12);
    assert.throws(() => tracking([1, 2], [1]), /2 fund returns but 1 series returns/);
  });
});

describe('registry notes against the price files of ../shared/data', {
  skip: !existsSync(PRICES) && 'needs ../shared/data (not in a user clone)',
}, () => {
  test('every "checked: first bar D (source)" note names the earliest first bar among the files, and "unverified" funds have no file', () => {
    const files = (t: string) =>
      readdirSync(PRICES).flatMap((d) =>
        [`${d}/${t}.csv`, `${d}/${t.toLowerCase()}.us.txt`].filter((f) => existsSync(`${PRICES}${f}`)),
      );
    let checked = 0;
    for (const e of readEtfRegistryFile()) {
      const firsts = files(e.ticker)
        .map((f) => readFileSync(`${PRICES}${f}`, 'utf8').split('\n')[1].slice(0, 10))
        .sort();
      const m = /^checked: first bar (\d{4}-\d\d-\d\d)/.exec(e.note ?? '');
      if (m) {
        assert.equal(m[1], firsts[0], `${e.ticker}: note ${m[1]}, files ${firsts.join(', ')}`);
        const lag = (Date.parse(m[1]) - Date.parse(String(e.inception))) / 86_400_000;
        assert.ok(lag >= 0 && lag <= 10, `${e.ticker}: first bar ${lag} days after inception`);
        checked++;
      } else if (e.note?.startsWith('unverified'))
        assert.deepEqual(firsts, [], `${e.ticker} has no price file`);
      else assert.match(e.note ?? '', /^not checkable: the price files start (1999-11-01|2000-01-03)/);
    }
    assert.equal(checked, 30);
  });
});
