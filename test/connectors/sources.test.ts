import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ConnectorError } from '../../src/connectors/errors.ts';
import { frenchZipUrl, unzipFrench } from '../../src/connectors/french.ts';
import { isharesFundUrl, parseIsharesHistory } from '../../src/connectors/ishares.ts';
import { parseCompanyFacts, parseSecTickers, secFactsUrl, secUserAgent } from '../../src/connectors/sec.ts';
import { checkStooqCsv, stooqSymbol, stooqUrl } from '../../src/connectors/stooq.ts';
import { yahooChartToCsv, yahooChartUrl } from '../../src/connectors/yahoo.ts';

const fx = (name: string) => readFileSync(new URL(`../fixtures/connectors/${name}`, import.meta.url));
const text = (name: string) => fx(name).toString('utf8');
const U = 'http://127.0.0.1/x';
const fails = (failure: string, re: RegExp) => (e: unknown) =>
  e instanceof ConnectorError && e.failure === failure && re.test(e.message);

describe('French library zips', () => {
  it('frenchZipUrl builds the library path and rejects names that are not file names', () => {
    assert.equal(
      frenchZipUrl('Portfolios_Formed_on_ME'),
      'https://mba.tuck.dartmouth.edu/pages/faculty/ken.french/ftp/Portfolios_Formed_on_ME_CSV.zip',
    );
    assert.throws(() => frenchZipUrl('../etc/passwd'), /invalid French dataset: "..\/etc\/passwd"/);
  });
  it('unzipFrench returns the one CSV, header intact (real 202602 file, cut to 2015-2016)', () => {
    const { member, text: csv } = unzipFrench(new Uint8Array(fx('Portfolios_Formed_on_ME_CSV.zip')), U);
    assert.equal(member, 'Portfolios_Formed_on_ME.CSV');
    assert.match(csv, /created using the 202602 CRSP database/);
    // Nov 2016 VW row, read off the original file: Lo 10 9.75, Hi 10 3.42 (PROVENANCE spot check)
    assert.match(csv, /201611, {2}-99\.99, {3}12\.08,.* 9\.75,.* 3\.42\r?\n/);
  });
  it('unzipFrench calls a truncated zip a truncated download', () => {
    const zip = new Uint8Array(fx('Portfolios_Formed_on_ME_CSV.zip'));
    assert.throws(
      () => unzipFrench(zip.subarray(0, 3000), U),
      fails('format', /not a complete zip file .*3000 bytes/),
    );
    assert.throws(
      () => unzipFrench(new TextEncoder().encode('<html>moved</html>'), U),
      fails('format', /not a complete zip/),
    );
  });
});

describe('Stooq CSV', () => {
  it('stooqSymbol adds .us to US tickers and keeps indices', () => {
    assert.equal(stooqSymbol('IWM'), 'iwm.us');
    assert.equal(stooqSymbol('^SPX'), '^spx');
    assert.equal(
      stooqUrl('IWM', { from: '2016-11-01', to: '2016-11-30' }),
      'https://stooq.com/q/d/l/?s=iwm.us&i=d&d1=20161101&d2=20161130',
    );
    assert.throws(() => stooqUrl('IWM', { from: '11/01/2016' }), /invalid from date: "11\/01\/2016"/);
    assert.throws(() => stooqSymbol('IWM;rm'), /invalid ticker: "IWM;rm"/);
  });
  it('checkStooqCsv accepts the real body and counts its rows', () => {
    // stooq-iwm.us.csv: 2016-10-31..2016-11-30 = 1 + 21 sessions (Nov 24 Thanksgiving closed)
    assert.equal(checkStooqCsv(text('stooq-iwm.us.csv'), 'IWM', U).rows, 22);
  });
  it('checkStooqCsv turns "No data", the daily limit, renamed columns and a cut last row into clear errors', () => {
    assert.throws(
      () => checkStooqCsv('No data', 'ZZZZ', U),
      fails('config', /stooq has no data for "ZZZZ" \(zzzz\.us\)/),
    );
    assert.throws(
      () => checkStooqCsv('Exceeded the daily hits limit', 'IWM', U),
      fails('rate-limit', /daily request limit/),
    );
    const renamed = text('stooq-iwm.us.csv').replace(
      'Date,Open,High,Low,Close',
      'Data,Otwarcie,Najwyzszy,Najnizszy,Zamkniecie',
    );
    assert.throws(
      () => checkStooqCsv(renamed, 'IWM', U),
      fails('format', /unexpected columns "Data,Otwarcie.*has the format changed/),
    );
    const body = text('stooq-iwm.us.csv');
    assert.throws(
      () => checkStooqCsv(body.slice(0, body.length - 20), 'IWM', U),
      fails('truncated', /last row is incomplete/),
    );
  });
});

describe('Yahoo chart JSON', () => {
  it('yahooChartUrl asks for the whole history or a date range', () => {
    assert.match(yahooChartUrl('^RUT'), /\/v8\/finance\/chart\/%5ERUT\?interval=1d&.*&range=max$/);
    // 2016-11-01T00:00Z = 1477958400; to 2016-11-30 + 1 day = 1480550400
    assert.match(
      yahooChartUrl('IWM', { from: '2016-11-01', to: '2016-11-30' }),
      /period1=1477958400&period2=1480550400$/,
    );
  });
  it('yahooChartToCsv gives Yahoo CSV rows with the exchange-local date (real IWM, Nov-Dec 2016)', () => {
    const { csv, rows, events } = yahooChartToCsv(text('yahoo-chart-IWM.json'), 'IWM', U);
    assert.equal(rows, 42); // 21 sessions in Nov 2016 (Thanksgiving closed) + 21 in Dec (Dec 26 closed)
    // IWM went ex-dividend 0.5630 on 2016-12-22 (Alpha Vantage IWM.csv dividend_amount)
    assert.deepEqual([...events], [['2016-12-22', { dividend: 0.563 }]]);
    const lines = csv.trim().split('\n');
    assert.equal(lines[0], 'Date,Open,High,Low,Close,Adj Close,Volume');
    // xjcarter/data IWM.csv line 4141: 2016-11-08,118.3,119.46,117.71,118.88,111.02901,26196800.0
    assert.ok(lines.includes('2016-11-08,118.3,119.46,117.71,118.88,111.02901,26196800'));
    assert.equal(lines[1].slice(0, 10), '2016-11-01'); // stamped 13:30 UTC (EDT) — still Nov 1 in New York
  });
  it('yahooChartToCsv reads splits as numerator/denominator on the ex-date', () => {
    // Alpha Vantage IJR.csv, 2017-01-19: split_coefficient 2.0 (a 2-for-1). On and after the ex-date raw and
    // split-adjusted prices agree, so the row's open/high/low/close are AV's: 68.28, 68.54, 67.35, 67.63.
    const t = 1484836200; // 2017-01-19 09:30 EST
    const body = JSON.stringify({
      chart: {
        result: [
          {
            meta: { gmtoffset: -18000 },
            timestamp: [t],
            events: { splits: { [t]: { date: t, numerator: 2, denominator: 1, splitRatio: '2:1' } } },
            indicators: {
              quote: [{ open: [68.28], high: [68.54], low: [67.35], close: [67.63], volume: [2971276] }],
              adjclose: [{ adjclose: [64.0504225105] }],
            },
          },
        ],
        error: null,
      },
    });
    const { events, csv } = yahooChartToCsv(body, 'IJR', U);
    assert.deepEqual([...events], [['2017-01-19', { split: 2 }]]);
    assert.match(csv, /^2017-01-19,68\.28,/m);
  });
  it('yahooChartToCsv reports Yahoo errors and missing arrays', () => {
    const err =
      '{"chart":{"result":null,"error":{"code":"Not Found","description":"No data found, symbol may be delisted"}}}';
    assert.throws(
      () => yahooChartToCsv(err, 'ZZZZ', U),
      fails('config', /yahoo ZZZZ: Not Found: No data found/),
    );
    const renamed = text('yahoo-chart-IWM.json').replace(
      '"adjclose":[{"adjclose"',
      '"adjClose":[{"adjClose"',
    );
    assert.throws(
      () => yahooChartToCsv(renamed, 'IWM', U),
      fails('format', /no "chart\.result\[0\]\.indicators\.adjclose\[0\]\.adjclose"/),
    );
    const body = text('yahoo-chart-IWM.json');
    assert.throws(() => yahooChartToCsv(body.slice(0, 500), 'IWM', U), fails('format', /not JSON/));
  });
});

describe('SEC company facts (format sample, not market data)', () => {
  it('secUserAgent requires a name and an email', () => {
    assert.throws(() => secUserAgent({}), fails('config', /set CAPGAP_SEC_USER_AGENT/));
    assert.throws(
      () => secUserAgent({ CAPGAP_SEC_USER_AGENT: 'capgap' }),
      /invalid CAPGAP_SEC_USER_AGENT: "capgap"/,
    );
    assert.equal(
      secUserAgent({ CAPGAP_SEC_USER_AGENT: 'Jane Doe jane@example.com' }),
      'Jane Doe jane@example.com',
    );
  });
  it('parseSecTickers maps tickers to CIKs and secFactsUrl pads the CIK to 10 digits', () => {
    const m = parseSecTickers(text('sec-company_tickers.sample.json'));
    assert.equal(m.get('SMPL'), 9999901);
    assert.equal(secFactsUrl(320193), 'https://data.sec.gov/api/xbrl/companyfacts/CIK0000320193.json');
  });
  it('parseCompanyFacts reads the two share concepts, later filings winning per end date', () => {
    const [dei, gaap] = parseCompanyFacts(text('sec-companyfacts-CIK0009999901.sample.json'), 'SMPL', U);
    assert.equal(dei.concept, 'dei:EntityCommonStockSharesOutstanding');
    assert.deepEqual(dei.date, ['2016-10-20', '2017-01-20']);
    // 2017-01-20 is in the 10-K (filed 2017-02-10) and the 10-K/A (filed 2017-03-01): the amendment wins
    assert.deepEqual([...dei.shares], [1000000, 1200000]);
    assert.equal(dei.form[1], '10-K/A');
    assert.equal(dei.superseded, 1);
    assert.equal(gaap.concept, 'us-gaap:CommonStockSharesOutstanding');
    assert.deepEqual(gaap.date, ['2016-09-30', '2016-12-31']);
  });
  it('parseCompanyFacts says so when the concepts are renamed or gone', () => {
    const renamed = text('sec-companyfacts-CIK0009999901.sample.json')
      .replace('EntityCommonStockSharesOutstanding', 'EntitySharesOutstanding')
      .replace('"CommonStockSharesOutstanding"', '"SharesOutstanding"');
    assert.throws(
      () => parseCompanyFacts(renamed, 'SMPL', U),
      fails('format', /neither dei:EntityCommonStockSharesOutstanding nor/),
    );
    assert.throws(() => parseCompanyFacts('{"cik":1}', 'SMPL', U), fails('format', /no "facts"/));
  });
});

describe('iShares fund spreadsheet (format sample, not market data)', () => {
  it('isharesFundUrl needs a known product or an explicit one', () => {
    assert.match(
      isharesFundUrl('IWM'),
      /\/us\/products\/239710\/ishares-russell-2000-etf\/1521942788811\.ajax\?fileType=xls&fileName=IWM_fund&dataType=fund$/,
    );
    assert.throws(
      () => isharesFundUrl('SMPL'),
      fails('config', /unknown iShares ticker: "SMPL".*--product SMPL=<id>\/<slug>/),
    );
    assert.match(
      isharesFundUrl('SMPL', { products: { SMPL: '100000/format-sample' } }),
      /products\/100000\/format-sample\//,
    );
  });
  it('parseIsharesHistory reads As Of / NAV per Share / Shares Outstanding, sorted, "--" as missing', () => {
    const h = parseIsharesHistory(text('ishares-fund-SMPL.sample.xml'), 'SMPL', U);
    assert.deepEqual(h.date, ['2016-11-08', '2016-11-09', '2016-11-10']);
    assert.deepEqual([...h.nav], [100, 101, 102.5]);
    assert.ok(Number.isNaN(h.sharesOutstanding[0]));
    assert.equal(h.sharesOutstanding[2], 1050000); // "1,050,000"
    assert.deepEqual(h.missing, { nav: 0, sharesOutstanding: 1 });
  });
  it('parseIsharesHistory names a renamed column and a missing sheet', () => {
    const renamed = text('ishares-fund-SMPL.sample.xml').replace('Shares Outstanding', 'Shares Out');
    assert.throws(
      () => parseIsharesHistory(renamed, 'SMPL', U),
      fails(
        'format',
        /no column "Shares Outstanding" \(columns: As Of, NAV per Share, Ex-Dividends, Shares Out\)/,
      ),
    );
    const noSheet = text('ishares-fund-SMPL.sample.xml').replace('ss:Name="Historical"', 'ss:Name="History"');
    assert.throws(
      () => parseIsharesHistory(noSheet, 'SMPL', U),
      fails('format', /no "Historical" worksheet/),
    );
  });
});
