import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleDate } from '../../../src/findings/article/dateline.ts';
import { prepareArticle, preparedLine, readOptionsOf } from '../../../src/findings/article/prepare.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import { fullYears } from '../../../src/findings/article/two-digit-years.ts';
import { findWindows } from '../../../src/findings/article/windows.ts';
import { firsts, funds, near, pctOf, rawArticle } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { agree, checkedPasted, checkedReadings } from '../../helpers/first-verdict.ts';

// Fifty-seventh round. Each reading was written by hand before the reader ran; every value checked on the
// embedded data is computed here from closes read by hand from ../shared/data/prices: ^RUT's from
// yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv (Date, Close, …), ^GSPC's from
// yfinance_YoussefKh200_slow_turtle/^GSPC.csv (Date, Open, High, Low, Close), IWM's from
// yfinance_autoadjusted_alitalbi_storage_data_fy/IWM.csv (Date, Close, …).
const RUT = {
  oct25y2024: 2207.989990234375,
  oct31y2024: 2196.64990234375,
  nov1y2024: 2210.1298828125,
  nov5y2024: 2260.840087890625,
  nov6y2024: 2392.919921875,
  dec31y2024: 2230.159912109375,
  apr2y2025: 2045.3599853515625,
  apr7y2025: 1810.1400146484373,
  apr8y2025: 1760.7099609375,
  apr9y2025: 1913.1600341796875,
  dec31y2025: 2481.909912109375,
};
const SPX = {
  oct31y2024: 5705.4501953125,
  nov5y2024: 5782.759765625,
  nov6y2024: 5929.0400390625,
  dec31y2024: 5881.6298828125,
  apr2y2025: 5670.97021484375,
  apr8y2025: 4982.77001953125,
  apr9y2025: 5456.89990234375,
  dec31y2025: 6845.5,
};
const IWM = { nov5y2024: 222.4505615234375, nov6y2024: 235.3374786376953 };
/** Dec. 10, 2025 (the Fed's third cut in a row) and the closes its closing-bell table is measured from. */
const DEC10 = {
  rut: {
    dec31y2024: 2230.159912109375,
    sep16: 2403.030029296875,
    nov28: 2500.429931640625,
    dec9: 2526.239990234375,
    dec10: 2559.610107421875,
  },
  spx: {
    dec31y2024: 5881.6298828125,
    sep16: 6606.759765625,
    oct28: 6890.89013671875,
    nov28: 6849.08984375,
    dec9: 6840.509765625,
    dec10: 6886.68017578125,
  },
};
const RAW = rawArticle;
const LETTER = RAW('letter-2026-01-annual-shareholders.txt');
const COLOR = RAW('color-2024-11-07-derivs-desk.txt');
const WIRE = RAW('wire-2025-04-09-tariff-pause.txt');
const BELL = RAW('bell-2025-12-10-fed-cut-table.txt');
const JAN26 = { to: '2026-01-31', funds };

describe("the fifty-seventh round's readings", () => {
  it('a footnote mark after a stop still ends the sentence: "… in 2025.³ The S&P 500 …" is two (was: one, the S&P\'s number given to the Russell 2000)', () => {
    const rs = readArticle(
      'The Russell 2000 returned 11.3% in 2025.³ The S&P 500 gained 16.4% in 2025.',
      JAN26,
    );
    assert.deepEqual(
      rs.map((s) => s.claims.map((c) => [c.readings[0].subjects, c.readings[0].stated])),
      [[[['^RUT'], 11.3]], [[['^GSPC'], 16.4]]],
    );
    // A one-line paragraph ending "….⁴" is a sentence, not a headline.
    const [, s] = readArticle('Letter\n\nThe Russell 2000 returned 11.3% in 2025.⁴\n\nMore.', JAN26);
    assert.equal(s.status, 'claims');
  });
  it('"Annual Letter to Shareholders, January 2026": a month alone dates the letter, as of its last day (was: undated)', () => {
    assert.deepEqual(articleDate(LETTER), {
      date: '2026-01-31',
      source: 'Annual Letter to Shareholders, January 2026',
      month: '2026-01',
    });
    assert.match(preparedLine(prepareArticle(LETTER)), /a month alone: read as of its last day/);
    assert.equal(articleDate('Market Commentary | December 2025\n\nText.')?.date, '2025-12-31');
    // A headline about a month is no dateline: no separator before the month.
    assert.equal(
      articleDate('Small caps in November 2016\n\nThe Russell 2000 rose 11% in the month.'),
      undefined,
    );
  });
  it('"returned 11.3% for the calendar year" in a letter of January 2026: 2025 (was: the day)', () => {
    const [r] = firsts('The Russell 2000 returned 11.3% for the calendar year.', JAN26);
    assert.deepEqual(r.window, { kind: 'dates', from: '2024-12-31', to: '2025-12-31' });
  });
  it('"down to 1,760.71 on April 8, a fall of 21.1% from the end of 2024": from then to that day (was: April 8 alone)', () => {
    for (const text of [
      'Tariff fears drove the index down to 1,760.71 on April 8, a fall of 21.1% from the end of 2024.',
      'Tariff fears drove the index down to 1,760.71 on April 8, a fall of 21.1% from its Dec. 31 close.',
      'The Russell 2000 fell to 1,760.71 on April 8, 21.1% below its level at the end of 2024.',
    ]) {
      const w = findWindows(text, JAN26).map((h) => h.window);
      assert.deepEqual(w.at(-1), { kind: 'dates', from: '2024-12-31', to: '2025-04-08' }, text);
    }
    // In the present, a verb between the day and the number: to the article's date.
    const now = findWindows('The index rose 2% on April 8 and is up 10% from its Dec. 31 close.', JAN26);
    assert.deepEqual(now.at(-1)?.window, { kind: 'dates', from: '2025-12-31', to: '2026-01-31' });
  });
  it('"from Dec. 31 to April 8" in a later year: the Dec. 31 before April 8 (was: no window)', () => {
    for (const text of [
      'The Russell 2000 fell 21.1% from Dec. 31 to April 8.',
      'The Russell 2000 fell 21.1% from its Dec. 31 close to April 8.',
      'The Russell 2000 fell 21.1% between Dec. 31 and April 8.',
    ])
      assert.deepEqual(
        findWindows(text, JAN26).map((h) => h.window),
        [{ kind: 'dates', from: '2024-12-31', to: '2025-04-08' }],
        text,
      );
  });
  it('"closed on Tuesday at 1,790.71, its lowest since November 2023": the close is a claim too (was: only the record)', () => {
    const rs = firsts('The Russell 2000 closed on Tuesday at 1,790.71, its lowest since November 2023.', {
      to: '2025-04-08',
    });
    assert.deepEqual(
      rs.map((r) => [r.metric, r.stated, r.window]),
      [['level', 1790.71, { kind: 'dates', from: '2025-04-07', to: '2025-04-08' }]],
    );
    assert.deepEqual([rs[0].record?.kind, rs[0].record?.direction], ['biggest-since', 'loss']);
  });
  it('"its highest ever", "its highest-ever close", "the highest in its history" after a close: a record close (was: not read)', () => {
    for (const tail of ['its highest ever', 'its highest-ever close', 'the highest in its history']) {
      const [r] = firsts(`The Russell 2000 closed at 2,590.61 on December 11, ${tail}.`, JAN26);
      assert.deepEqual([r.metric, r.record?.kind, r.record?.level], ['level', 'best-on-record', true], tail);
    }
    // No close before it: "its highest ever" is no close's record.
    const [flow] = firsts('IWM took in $5 billion in November, its highest ever.', JAN26);
    assert.notEqual(flow.record?.level, true);
  });
  it('"set their first record close in almost four years on September 18, 2025": the time from the record before it, on that day (was: a record close only)', () => {
    const [r] = firsts(
      'The Russell 2000 set its first record close in almost four years on September 18, 2025.',
      JAN26,
    );
    assert.deepEqual(
      [r.metric, r.record?.drought, r.window],
      [
        'record',
        {
          count: 4,
          unit: 'year',
          comparator: { kind: 'approx', lo: 3.5, hi: 4.5, words: 'almost' },
          ended: true,
        },
        { kind: 'dates', from: '2025-09-17', to: '2025-09-18' },
      ],
    );
  });
  it('"Small caps set … on September 18, 2025, and went on to close at 2,590.61": the close is the sentence\'s subject\'s (was: no subject)', () => {
    const rs = firsts(
      'The Russell 2000 set a record close on September 18, 2025, and went on to close at 2,590.61 on December 11.',
      JAN26,
    );
    assert.deepEqual(
      rs.map((r) => [r.metric, r.subjects, r.stated]),
      [['level', ['^RUT'], 2590.61]],
    );
  });
  it('"US EQUITY DERIVS — MORNING COLOR — 07-Nov-2024": a morning note dated by day-month-year (was: undated)', () => {
    const p = prepareArticle(COLOR);
    assert.deepEqual([p.to, p.morningOf], ['2024-11-06', '2024-11-07']);
    // (Its "Post-elex" names the 2024 election since the fifty-eighth round.)
    assert.deepEqual(readOptionsOf(p), { to: '2024-11-06', event: '2024-11-05', morning: true });
  });
  it('datelines in figures or a desk\'s shorthand: "2024/11/07", "07.11.2024", "7-Nov-24" (was: undated)', () => {
    for (const line of ['2024/11/07', '07.11.2024', '7-Nov-24', 'Research note, 07.11.2024'])
      assert.equal(articleDate(`${line}\n\nThe Russell 2000 fell 0.4% today.`)?.date, '2024-11-07', line);
  });
  it('"RTY +5.84% yday" in a morning note is the session its date already is; in a day\'s own story, the one before', () => {
    const text = 'RTY +5.84% yday.';
    assert.deepEqual(firsts(text, { to: '2024-11-06', morning: true })[0].window, {
      kind: 'dates',
      from: '2024-11-05',
      to: '2024-11-06',
    });
    assert.deepEqual(firsts(text, { to: '2024-11-07' })[0].window, {
      kind: 'dates',
      from: '2024-11-05',
      to: '2024-11-06',
    });
  });
  it('a trader\'s "since Nov-22" is November 2022; "on Nov 22" stays a day', () => {
    assert.equal(
      fullYears('best day since Nov-22. Outperf since Jul-24.', '2024-11-07'),
      'best day since Nov 2022. Outperf since Jul 2024.',
    );
    assert.equal(fullYears('It peaked on Nov-22.', '2024-11-07'), 'It peaked on Nov-22.');
  });
  it('"The Russell 2000\'s close was a record." is a close\'s record (was: no number to check); "its Oct. 28 record of 6,890.89" that day\'s close and its record (was: no number)', () => {
    const ro = { to: '2025-12-10' };
    const [r] = firsts("The Russell 2000's close was a record.", ro);
    assert.deepEqual([r.metric, r.record?.kind, r.record?.level], ['record', 'best-on-record', true]);
    const [l] = firsts('The S&P 500 ended just shy of its Oct. 28 record of 6,890.89.', ro);
    assert.deepEqual(
      [l.metric, l.subjects, l.stated, l.window, l.record?.level],
      ['level', ['^GSPC'], 6890.89, { kind: 'dates', from: '2025-10-28', to: '2025-10-28' }, true],
    );
  });
  it('"RTY +5.8% vs SPX +2.5% (1d)" after a month-to-date line: the bracket closing the line is both numbers\' (was: the Russell\'s month to date)', () => {
    const rs = firsts('* MTD: RTY +8.9%, SPX +3.9%.\n* RTY +5.8% vs SPX +2.5% (1d).', { to: '2024-11-06' });
    const day = { kind: 'dates', from: '2024-11-05', to: '2024-11-06' };
    assert.deepEqual(
      rs.slice(2).map((r) => r.window),
      [day, day],
    );
  });
});

describe("the fifty-seventh round's readings: an e-mail, a forum post", () => {
  const EMAIL = RAW('email-2024-11-07-desk-reply.txt');
  it('"Sent: Thursday, November 7, 2024 7:02 AM": a note before the open, as of the session before (was: its own date)', () => {
    const p = prepareArticle(EMAIL);
    assert.deepEqual([p.to, p.morningOf], ['2024-11-06', '2024-11-07']);
    assert.equal(prepareArticle('Sent: Thursday, November 7, 2024 4:12 PM\n\nText.').to, '2024-11-07');
    assert.equal(prepareArticle('Updated Nov. 7, 2024 9:45 a.m. ET\n\nText.').to, '2024-11-07');
  });
  it('"RUT dumped 1.5%", "IWM popped almost 6%": a trader\'s verbs give the sign (was: a gain either way)', () => {
    const ro = { to: '2024-11-06' };
    assert.equal(firsts('RUT dumped 1.5% today.', ro)[0].stated, -1.5);
    assert.equal(firsts('RUT plummeted 1.5% today.', ro)[0].stated, -1.5);
    assert.equal(firsts('IWM popped almost 6% today.', ro)[0].stated, 6);
  });
  it('"Last week RUT dumped 1.5%, this week it\'s up 8% already": the window after the comma is the next number\'s (was: both this week)', () => {
    const rs = firsts("Last week RUT dumped 1.5%, this week it's up 8% already.", { to: '2024-11-06' });
    assert.deepEqual(
      rs.map((r) => r.window),
      [
        { kind: 'week', weekEnd: '2024-11-01' },
        { kind: 'dates', from: '2024-11-01', to: '2024-11-06' },
      ],
    );
  });
  it('"[Chart: … rising from 2,260.84 on Nov. 5 to 2,392.92 on Nov. 6.]" is a sentence, its closes read (was: a headline)', () => {
    const rs = firsts(EMAIL, { to: '2024-11-06', morning: true }).filter((r) => r.metric === 'level');
    assert.deepEqual(
      rs.slice(0, 2).map((r) => [r.stated, r.window.kind === 'dates' && r.window.to]),
      [
        [2260.84, '2024-11-05'],
        [2392.92, '2024-11-06'],
      ],
    );
  });
  it('a table of days by names with unitless closes ("2024-11-05 | 2260.84 | 5782.76"): each cell a close on its row\'s day (was: no unit); a small unitless number stays unread', () => {
    const table =
      'Closing levels:\n\nDate\tRussell 2000\tS&P 500\n2024-11-05\t2260.84\t5782.76\n2024-11-06\t2392.92\t5929.04';
    assert.deepEqual(
      firsts(table, { to: '2024-11-07' }).map((r) => [
        r.metric,
        r.subjects,
        r.stated,
        r.window.kind === 'dates' && r.window.to,
      ]),
      [
        ['level', ['^RUT'], 2260.84, '2024-11-05'],
        ['level', ['^GSPC'], 5782.76, '2024-11-05'],
        ['level', ['^RUT'], 2392.92, '2024-11-06'],
        ['level', ['^GSPC'], 5929.04, '2024-11-06'],
      ],
    );
    const [s] = readArticle('Date\tRussell 2000\tS&P 500\n2024-11-06\t5.84\t2.53', {
      to: '2024-11-07',
    }).slice(1);
    assert.match(s.reason ?? '', /a table cell with no unit/);
  });
});

describe("the fifty-seventh round's articles, checked (embedded data)", { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  const checked = (text: string) => checkedPasted(data.ev, text);
  it('the tariff-pause wire: 8.7% on the day, 9.5% for the S&P 500, down 6.5% and 3.8% since April 2, 13.9% over four sessions to a 1,760.71 close', async () => {
    const rs = await checked(WIRE);
    agree(rs, Array(6).fill('supported'), [
      pctOf(RUT.apr8y2025, RUT.apr9y2025),
      pctOf(SPX.apr8y2025, SPX.apr9y2025),
      pctOf(RUT.apr2y2025, RUT.apr9y2025),
      pctOf(SPX.apr2y2025, SPX.apr9y2025),
      pctOf(RUT.apr2y2025, RUT.apr8y2025),
      RUT.apr8y2025,
    ]);
    assert.match(rs[4].record?.line ?? '', /lowest since 2023-11-13, when it was 1,705\.50/);
  });
  it('a wrong close beside a right record: "closed on Tuesday at 1,790.71, its lowest since November 2023"', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'The Russell 2000 closed on Tuesday at 1,790.71, its lowest since November 2023.',
      { to: '2025-04-08' },
    );
    assert.equal(r.verdict, 'not supported');
    near(r.computed?.value, RUT.apr8y2025, 1e-6);
    assert.match(r.line ?? '', /"lowest since November 2023": supported/);
  });
  it("the annual letter: 2025's 11.3% and 16.4%, 21.1% down to April 8, 41.0% and 37.4% from there, the first record in 3.86 years", async () => {
    const rs = await checked(LETTER);
    agree(rs, Array(8).fill('supported'), [
      pctOf(RUT.dec31y2024, RUT.dec31y2025),
      pctOf(SPX.dec31y2024, SPX.dec31y2025),
      RUT.apr8y2025,
      pctOf(RUT.dec31y2024, RUT.apr8y2025),
      pctOf(RUT.apr8y2025, RUT.dec31y2025),
      pctOf(SPX.apr8y2025, SPX.dec31y2025),
    ]);
    // Nov. 8, 2021 (2,442.74) to Sept. 18, 2025 (2,467.70): 1,410 days, 3.86 years of 365.2425 days.
    near(rs[7].computed?.value, 1410 / 365.2425, 1e-9);
    assert.match(rs[7].line ?? '', /the one before it was 2,442\.74 on 2021-11-08/);
  });
  it("the morning color: every line as of Nov. 6, 2024's close", async () => {
    const rs = await checked(COLOR);
    const rut = pctOf(RUT.nov5y2024, RUT.nov6y2024);
    const spx = pctOf(SPX.nov5y2024, SPX.nov6y2024);
    agree(rs, Array(8).fill('supported'), [
      rut,
      spx,
      rut - spx,
      pctOf(IWM.nov5y2024, IWM.nov6y2024),
      pctOf(RUT.oct31y2024, RUT.nov6y2024),
      pctOf(SPX.oct31y2024, SPX.nov6y2024),
      rut,
      spx,
    ]);
    assert.match(rs[0].record?.line ?? '', /best since 2022-11-10/);
  });
  it("the closing bell of Dec. 10, 2025: its space-aligned table, the record close, the S&P 500's Oct. 28 record, the gains since the Fed resumed cutting", async () => {
    const rs = await checked(BELL);
    const { rut, spx } = DEC10;
    agree(rs, Array(12).fill('supported'), [
      rut.dec10,
      pctOf(rut.dec9, rut.dec10),
      pctOf(rut.nov28, rut.dec10),
      pctOf(rut.dec31y2024, rut.dec10),
      spx.dec10,
      pctOf(spx.dec9, spx.dec10),
      pctOf(spx.nov28, spx.dec10),
      pctOf(spx.dec31y2024, spx.dec10),
      rut.dec10, // the record close
      spx.oct28,
      pctOf(rut.sep16, rut.dec10), // the Fed decided during the session of Sept. 17: from the close before
      pctOf(spx.sep16, spx.dec10),
    ]);
    assert.match(rs[9].line ?? '', /"record": supported: highest on record/);
  });
  it("the desk's e-mail: the day's moves, last week's +0.10% (not the 0.1% fall it says), the week's 8.3%, and every close of its chart and table", async () => {
    const rs = await checked(RAW('email-2024-11-07-desk-reply.txt'));
    agree(
      rs,
      ['supported', 'supported', 'not supported', ...Array(7).fill('supported')],
      [
        pctOf(RUT.nov5y2024, RUT.nov6y2024),
        pctOf(SPX.nov5y2024, SPX.nov6y2024),
        pctOf(RUT.oct25y2024, RUT.nov1y2024),
        pctOf(RUT.nov1y2024, RUT.nov6y2024),
        RUT.nov5y2024,
        RUT.nov6y2024,
        RUT.nov5y2024,
        SPX.nov5y2024,
        RUT.nov6y2024,
        SPX.nov6y2024,
      ],
    );
  });
});
