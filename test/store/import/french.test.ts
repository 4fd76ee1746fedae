import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  frenchDatasetName,
  ImportError,
  parseFrench,
  type SeriesBlock,
} from '../../../src/store/import/index.ts';
import { day, fixture, fixtureText } from './helpers.ts';

const ME = 'Portfolios_Formed_on_ME_monthly_vintage202602.CSV';
const ME_DAILY = 'Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv';

function value(blocks: SeriesBlock[], pick: Partial<SeriesBlock>, name: string, iso: string): number {
  const b = blocks.find((x) =>
    Object.entries(pick).every(([k, v]) => (x as unknown as Record<string, unknown>)[k] === v),
  );
  if (!b) throw new Error(`no block ${JSON.stringify(pick)}`);
  const r = b.day.indexOf(day(iso));
  const c = b.names.indexOf(name);
  if (r < 0 || c < 0) throw new Error(`no ${name} on ${iso}`);
  return b.values[r * b.names.length + c];
}

test('parseFrench splits the monthly ME file into its six sections with the header vintage', () => {
  const p = parseFrench(fixtureText(ME), { file: fixture(ME) });
  assert.equal(p.vintage, 'CRSP 202602'); // line 1: "created using the 202602 CRSP database"
  const kinds = p.portfolios!.map((b) => `${b.frequency}/${b.weighting}/${b.measure}`);
  assert.deepEqual(kinds, [
    'monthly/value/return',
    'monthly/equal/return',
    'annual/value/return',
    'annual/equal/return',
    'monthly/none/firms',
    'monthly/none/avg_size',
  ]);
  assert.deepEqual(p.portfolios![0].names.slice(0, 5), ['<= 0', 'Lo 30', 'Med 40', 'Hi 30', 'Lo 20']);
  assert.deepEqual(p.portfolios![0].names.slice(-3), ['8-Dec', '9-Dec', 'Hi 10']);
});

test('parseFrench reads the Nov 2016 values of PROVENANCE spot checks (percent → decimal, month → its last day)', () => {
  const b = parseFrench(fixtureText(ME), { file: ME }).portfolios!;
  const vw = { frequency: 'monthly', weighting: 'value', measure: 'return' } as const;
  const ew = { frequency: 'monthly', weighting: 'equal', measure: 'return' } as const;
  // PROVENANCE.md §1 spot checks, and the file's line 24 (VW) / 40 (EW) / 68 (firms) / 84 (size) read by hand
  assert.equal(value(b, vw, 'Lo 10', '2016-11-30'), 0.0975);
  assert.equal(value(b, vw, 'Hi 10', '2016-11-30'), 0.0342);
  assert.equal(value(b, vw, 'Lo 30', '2016-11-30'), 0.1208);
  assert.equal(value(b, vw, 'Hi 30', '2016-11-30'), 0.0397);
  assert.equal(value(b, ew, 'Lo 10', '2016-11-30'), 0.0698);
  assert.equal(value(b, ew, 'Hi 10', '2016-11-30'), 0.0446);
  assert.equal(
    value(b, { measure: 'firms' }, 'Lo 10', '2016-11-30'),
    1303,
    'firm counts are stored as they are',
  );
  assert.equal(value(b, { measure: 'firms' }, 'Hi 10', '2016-11-30'), 165);
  assert.equal(value(b, { measure: 'avg_size' }, 'Lo 10', '2016-11-30'), 108.5, 'USD millions, as published');
  assert.ok(Number.isNaN(value(b, vw, '<= 0', '2016-11-30')), '-99.99 is missing');
  // annual sections: "  2016" → Dec 31; line 47 VW Lo 10 = 17.02
  assert.equal(value(b, { frequency: 'annual', weighting: 'value' }, 'Lo 10', '2016-12-31'), 0.1702);
});

test('parseFrench counts -99.99 cells as missing per section instead of dropping them', () => {
  const p = parseFrench(fixtureText(ME), { file: ME });
  // the "<= 0" column is -99.99 in every return row; firms of "<= 0" are 0, average size -99.99
  assert.equal(p.stats.missing['Average Value Weight Returns -- Monthly'], 12);
  assert.equal(p.stats.missing['Average Firm Size'], 12);
  assert.equal(p.stats.missing['Number of Firms in Portfolios'], undefined);
});

test('a cleaned daily file is value-weighted because its name says VALUEWEIGHTED; the vintage is inferred from the name', () => {
  const p = parseFrench(fixtureText(ME_DAILY), { file: ME_DAILY });
  assert.equal(p.vintage, 'CRSP 202505 (inferred)');
  const b = p.portfolios!;
  assert.equal(b.length, 1);
  assert.equal(b[0].frequency, 'daily');
  assert.equal(b[0].weighting, 'value');
  // PROVENANCE §1: daily VW Lo 10 = +0.38 (11/8), +3.26 (11/9), +1.70 (11/10), +3.03 (11/11)
  for (const [iso, v] of [
    ['2016-11-08', 0.0038],
    ['2016-11-09', 0.0326],
    ['2016-11-10', 0.017],
    ['2016-11-11', 0.0303],
  ] as const) {
    assert.equal(value(b, {}, 'Lo 10', iso), v);
  }
  // PROVENANCE §1: compounding Nov-2016 daily VW returns gives Lo 10 +9.69%, Hi 10 +3.41%
  const comp = (name: string) => {
    let g = 1;
    for (let r = 0; r < b[0].day.length; r++) {
      if (b[0].day[r] >= day('2016-11-01'))
        g *= 1 + b[0].values[r * b[0].names.length + b[0].names.indexOf(name)];
    }
    return g - 1;
  };
  assert.equal(comp('Lo 10').toFixed(4), '0.0969');
  assert.equal(comp('Hi 10').toFixed(4), '0.0341');
});

test('a cleaned portfolio file whose name does not say its weighting needs --weighting', () => {
  const text = fixtureText(ME_DAILY);
  assert.throws(
    () => parseFrench(text, { file: 'Portfolios_Formed_on_ME_daily.csv', vintage: 'CRSP 202505' }),
    (e: unknown) => e instanceof ImportError && e.line === 1 && /--weighting/.test(e.reason),
  );
  const p = parseFrench(text, {
    file: 'Portfolios_Formed_on_ME_daily.csv',
    vintage: 'CRSP 202505',
    weighting: 'equal',
  });
  assert.equal(p.portfolios![0].weighting, 'equal');
  assert.equal(p.vintage, 'CRSP 202505');
});

test('a cleaned file with no vintage in header or name needs --vintage', () => {
  assert.throws(
    () => parseFrench(fixtureText(ME_DAILY), { file: 'Portfolios_Formed_on_ME_daily_VALUEWEIGHTED.csv' }),
    (e: unknown) => e instanceof ImportError && /--vintage/.test(e.reason),
  );
});

test('factor files: daily cleaned and daily original agree on 2016-11-09 (PROVENANCE: Mkt-RF 1.45, SMB 1.88, HML 1.07)', () => {
  for (const f of [
    'F-F_Research_Data_Factors_daily_vintage202505_cleaned.csv',
    'F-F_Research_Data_Factors_daily_vintage202604.CSV',
  ]) {
    const p = parseFrench(fixtureText(f), { file: f });
    assert.equal(p.portfolios!.length, 0);
    const fb = p.factors!;
    assert.equal(fb.length, 1);
    assert.equal(fb[0].frequency, 'daily');
    assert.equal(value(fb, {}, 'Mkt-RF', '2016-11-09'), 0.0145);
    assert.equal(value(fb, {}, 'SMB', '2016-11-09'), 0.0188);
    assert.equal(value(fb, {}, 'HML', '2016-11-09'), 0.0107);
  }
  assert.equal(
    parseFrench(fixtureText('F-F_Research_Data_Factors_daily_vintage202604.CSV')).vintage,
    'CRSP 202604',
  );
});

test('the monthly factor file keeps its " Annual Factors: January-December " section as annual factors', () => {
  const f = 'F-F_Research_Data_Factors_monthly_vintage202412_preamble_stripped.CSV';
  const p = parseFrench(fixtureText(f), { file: f });
  assert.equal(p.vintage, 'CRSP 202412 (inferred)');
  assert.deepEqual(
    p.factors!.map((b) => b.frequency),
    ['monthly', 'annual'],
  );
  assert.equal(value(p.factors!, { frequency: 'monthly' }, 'SMB', '2016-11-30'), 0.0571); // PROVENANCE: Nov-2016 SMB 5.71 (202412)
  assert.equal(value(p.factors!, { frequency: 'annual' }, 'HML', '2016-12-31'), 0.2271); // line 19: "  2016, 13.30, 6.77, 22.71"
});

test('25_Portfolios_5x5: six sections imported, the four characteristic sections skipped and counted', () => {
  const f = '25_Portfolios_5x5_monthly_vintage202602.CSV';
  const p = parseFrench(fixtureText(f), { file: f });
  assert.equal(p.portfolios!.length, 6);
  assert.equal(p.portfolios![0].names.length, 25);
  assert.equal(p.portfolios![0].names[0], 'SMALL LoBM');
  assert.equal(p.skippedSections!.length, 4); // BE/ME (Dec), BE/ME (Jun), OP, investment
  assert.equal(p.stats.rejected['French characteristic section skipped (BE/ME, OP, investment)'], 8); // 2 rows each
  assert.equal(p.portfolios!.find((b) => b.measure === 'avg_size')!.title, 'Average Market Cap');
});

test('frenchDatasetName drops frequency, weighting, vintage and cleaning suffixes', () => {
  assert.equal(frenchDatasetName(ME_DAILY), 'french/Portfolios_Formed_on_ME');
  assert.equal(frenchDatasetName(`/x/${ME}`), 'french/Portfolios_Formed_on_ME');
  assert.equal(frenchDatasetName('F-F_Research_Data_Factors_daily.CSV'), 'french/F-F_Research_Data_Factors');
  assert.equal(frenchDatasetName('F-F_Research_Data_Factors.CSV'), 'french/F-F_Research_Data_Factors');
});

test('a French row with a bad date or a bad number names its line and column', () => {
  const text =
    'This file was created using the 202602 CRSP database.\n\n  Average Value Weight Returns -- Monthly\n,Lo 10,Hi 10\n201610, 1.00, 2.00\n2016-11, 3.00, 4.00\n';
  assert.throws(
    () => parseFrench(text, { file: 'f.CSV' }),
    (e: unknown) =>
      e instanceof ImportError && e.line === 6 && e.column === 'Date' && /unknown date format/.test(e.reason),
  );
  const bad = text.replace('2016-11, 3.00', '201611, 3.0x');
  assert.throws(
    () => parseFrench(bad, { file: 'f.CSV' }),
    (e: unknown) =>
      e instanceof ImportError &&
      e.line === 6 &&
      e.column === 'Lo 10' &&
      /unparseable number "\s*3.0x"/.test(e.reason),
  );
});
