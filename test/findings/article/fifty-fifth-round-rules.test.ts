import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedDecision } from '../../../src/findings/article/decision-day.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import { reproduceCommand } from '../../../src/findings/check-command.ts';
import { parseClaims } from '../../../src/findings/claim-file.ts';
import { statedMatches } from '../../../src/findings/verdict-rules.ts';
import { funds, near, pctOf } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { checkedReadings } from '../../helpers/first-verdict.ts';

// Fifty-fifth round. Each reading was written by hand before the reader ran; every value checked on the
// embedded data is computed here from closes read by hand from ../shared/data/prices: ^RUT's from
// yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv (Date, Close, …), ^GSPC's from
// yfinance_YoussefKh200_slow_turtle/^GSPC.csv (Date, Open, High, Low, Close).
const RUT = {
  nov8y2021: 2442.739990234375, // the highest close of November 2021 (the record)
  dec31y2020: 1974.8599853515625,
  dec31y2021: 2245.31005859375,
  dec30y2022: 1761.25,
  sep29y2023: 1785.0999755859375,
  nov30y2023: 1809.02001953125,
  dec12y2023: 1881.27001953125,
  dec13y2023: 1947.510009765625,
  dec14y2023: 2000.510009765625,
  dec29y2023: 2027.0699462890625,
};
const SPX = {
  dec31y2020: 3756.070068359375,
  dec31y2021: 4766.18017578125,
  dec30y2022: 3839.5,
  sep29y2023: 4288.0498046875,
  dec29y2023: 4769.830078125,
};
// December 2023's closes of ^RUT, Nov. 30 first: three sessions rose more than 2% (Dec. 1, 13, 14).
const DEC23 = [
  1809.02001953125, 1862.6400146484373, 1882.02001953125, 1856.0400390625, 1852.050048828125, 1868.25,
  1880.8199462890625, 1883.6800537109373, 1881.27001953125, 1947.510009765625, 2000.510009765625,
  1985.1300048828125, 1982.4200439453125, 2020.949951171875, 1982.8399658203125, 2017.06005859375,
  2033.9599609375, 2059.18994140625, 2066.2099609375, 2058.340087890625, 2027.0699462890625,
];
const dayMoves = DEC23.slice(1).map((c, i) => pctOf(DEC23[i], c));
const YEAR_END = { to: '2023-12-30', funds }; // a Saturday: the year-end review
const ALL = (text: string, ro: Parameters<typeof readArticle>[1]) =>
  readArticle(text, ro).flatMap((s) => s.claims.map((c) => c.readings[0]));

describe("the fifty-fifth round's readings", () => {
  it('"The gap between the Russell 2000 and the S&P 500 last year was 8.9 points" states no side: unsigned (was: ^RUT ahead)', () => {
    const [r] = ALL('The gap between the Russell 2000 and the S&P 500 last year was 8.9 percentage points.', {
      to: '2024-01-10',
      funds,
    });
    assert.deepEqual([r.metric, r.subjects, r.stated, r.unsigned], ['spread', ['^RUT', '^GSPC'], 8.9, true]);
  });
  it('a gap written with its minus, or said by a verb, keeps its side', () => {
    const [minus] = ALL('The gap between the Russell 2000 and the S&P 500 last year was -9.1 points.', {
      to: '2024-01-10',
      funds,
    });
    const [trailed] = ALL('Last year the Russell 2000 trailed the S&P 500 by 9.1 percentage points.', {
      to: '2024-01-10',
      funds,
    });
    assert.deepEqual(
      [minus.stated, minus.unsigned, trailed.stated, trailed.unsigned],
      [-9.1, undefined, -9.1, undefined],
    );
  });
  it('"… ended last year 8.9 percentage points apart" and "The performance gap between …" are gaps too (was: nothing measured against)', () => {
    const rs = ALL(
      'The Russell 2000 and the S&P 500 ended last year 8.9 percentage points apart. The performance gap between the Russell 2000 and the S&P 500 last year was 8.9 percentage points.',
      { to: '2024-01-10', funds },
    );
    assert.deepEqual(
      rs.map((r) => [r.metric, r.subjects, r.unsigned]),
      [
        ['spread', ['^RUT', '^GSPC'], true],
        ['spread', ['^RUT', '^GSPC'], true],
      ],
    );
  });
  it('an unsigned rule holds for the magnitude: 8.9 either way bears out -8.94, not -9.14', () => {
    const rule = { kind: 'eq' as const, lo: 8.85, hi: 8.95, unsigned: true };
    assert.deepEqual(
      [statedMatches(-8.94, rule), statedMatches(8.9, rule), statedMatches(-9.14, rule)],
      [true, true, false],
    );
  });
  it('"the gap between the two indexes over 2023 was 9.1 points": a period between the gap and its verb (was: nothing measured against)', () => {
    const rs = ALL(
      "For the year the Russell 2000 returned 15.1%, trailing the S&P 500's 24.2%, and the gap between the two indexes over 2023 was 9.1 percentage points.",
      YEAR_END,
    );
    assert.deepEqual(rs[2] && [rs[2].metric, rs[2].subjects, rs[2].stated], [
      'spread',
      ['^GSPC', '^RUT'],
      9.1,
    ]);
  });
  it('"Since Dec. 13, when policymakers signalled …": that day is the story\'s Fed decision, a meeting that held rates', () => {
    const text =
      'The turn came with the Federal Reserve. Since Dec. 13, when policymakers signalled that rate cuts were coming, the Russell 2000 has climbed 7.8%.';
    assert.equal(namedDecision(text, '2023-12-30'), '2023-12-13');
    assert.equal(namedDecision('Since Dec. 13, when the index rallied, …', '2023-12-30'), undefined); // no Fed
  });
  it('"jumped 3.5% on the day of the decision and another 2.7% the next day, closing above 2,000": Dec. 13, Dec. 14, and the close of Dec. 14 (was: no event; then the close of Dec. 13)', () => {
    const rs = ALL(
      'The Federal Reserve held rates on Dec. 13, when policymakers signalled cuts. The small-cap index jumped 3.5% on the day of the decision and another 2.7% the next day, closing above 2,000 for the first time since July.',
      YEAR_END,
    );
    // (A close is of its window's last day: the 2.7%'s session, Dec. 14.)
    assert.deepEqual(
      rs.map((r) => [r.metric, r.window]),
      [
        ['return', { kind: 'dates', from: '2023-12-12', to: '2023-12-13' }],
        ['return', { kind: 'dates', from: '2023-12-13', to: '2023-12-14' }],
        ['level', { kind: 'dates', from: '2023-12-13', to: '2023-12-14' }],
      ],
    );
  });
  it('"the Russell 2000\'s fourth-quarter gain": the quarter, hyphenated (was: no window)', () => {
    const [r] = ALL(
      "- 13.6%: the Russell 2000's fourth-quarter gain, against 11.2% for the S&P 500",
      YEAR_END,
    );
    assert.deepEqual(r.window, { kind: 'dates', from: '2023-09-30', to: '2023-12-30' });
  });
  it('"17%: how far the Russell 2000 remains below its November 2021 record": a distance (was: no subject)', () => {
    const [r] = ALL('- 17%: how far the Russell 2000 remains below its November 2021 record', YEAR_END);
    assert.deepEqual(
      [r.metric, r.subjects, r.stated, r.extreme?.side, r.extreme?.from, r.extreme?.to],
      ['distance', ['^RUT'], -17, 'high', '2021-11-01', '2021-11-30'],
    );
  });
  it('"rose in 14 of December\'s 20 sessions": a tally over the month its possessive names (was: no claim)', () => {
    const [r] = ALL("The Russell 2000 rose in 14 of December's 20 sessions.", YEAR_END);
    assert.deepEqual(
      [r.metric, r.record?.tally?.hits, r.record?.tally?.of, r.window],
      ['record', 14, 20, { kind: 'month-to-date', month: '2023-12', to: '2023-12-30' }],
    );
  });
  it('counts of moves past a size: "rose more than 2% five times in December", "on three days", a count line (was: a return above 2%)', () => {
    const rs = ALL(
      'The Russell 2000 rose more than 2% five times in December. It has risen more than 2% on three days this month.\n\n- 5: the number of sessions in December in which the index rose more than 2%',
      YEAR_END,
    );
    assert.deepEqual(
      rs.map((r) => [
        r.metric,
        r.subjects,
        r.record?.tally?.hits,
        r.record?.tally?.of,
        r.record?.tally?.beyond,
      ]),
      [
        ['record', ['^RUT'], 5, undefined, { pct: 2, inclusive: false }],
        ['record', ['^RUT'], 3, undefined, { pct: 2, inclusive: false }],
        ['record', ['^RUT'], 5, undefined, { pct: 2, inclusive: false }],
      ],
    );
  });

  it('"since the Fed\'s last rate cut", "since the Fed last cut rates", "the most recent Fed cut": the latest cut on or before the article (Nov. 7, 2024); "the Fed\'s last rate hike": the latest hike (July 26, 2023)', () => {
    const o = { event: '2024-11-05', to: '2024-12-06', funds };
    const since = (s: string) => ALL(`The Russell 2000 is up 0.7% ${s}.`, o)[0]?.window;
    assert.deepEqual(
      [
        since("since the Fed's last rate cut"),
        since('since the Fed last cut rates'),
        since('since the most recent Fed cut'),
        since("since the Fed's last rate hike"),
      ],
      [
        { kind: 'since', event: '2024-11-07', to: '2024-12-06' },
        { kind: 'since', event: '2024-11-07', to: '2024-12-06' },
        { kind: 'since', event: '2024-11-07', to: '2024-12-06' },
        { kind: 'since', event: '2023-07-26', to: '2024-12-06' },
      ],
    );
  });
  it('"Week so far:", "Month so far:", "Year so far:" labels: the week, the month and the year to date (was: since the event)', () => {
    const o = { event: '2024-11-05', to: '2024-11-08', funds };
    const w = (s: string) => ALL(s, o)[0]?.window;
    assert.deepEqual(
      [w('Week so far: RTY +8.6%.'), w('Month so far: RTY +8.6%.'), w('Year so far: RTY +18.4%.')],
      [
        { kind: 'week', weekEnd: '2024-11-08' },
        { kind: 'month-to-date', month: '2024-11', to: '2024-11-08' },
        { kind: 'dates', from: '2023-12-31', to: '2024-11-08' },
      ],
    );
  });
  it('"It would take a 1% rally for the Russell 2000 to get back to its Nov. 25 peak": the move back to the peak (was: a return since the election)', () => {
    const rs = ALL(
      'It would take a 1% rally for the Russell 2000 to get back to its Nov. 25 peak. The Russell 2000 would need a 1.4% gain to regain its Nov. 25 record.',
      { event: '2024-11-05', to: '2024-12-06', funds },
    );
    assert.deepEqual(
      rs.map((r) => [r.metric, r.subjects, r.stated, r.extreme?.from, r.conventions.distanceBase]),
      [
        ['distance', ['^RUT'], -1, '2024-11-25', 'close'],
        ['distance', ['^RUT'], -1.4, '2024-11-25', 'close'],
      ],
    );
  });
  it('"has gone more than 750 trading days without a record close", "hasn\'t set a record close in nearly three years": a drought (was: the day ranked as a record close)', () => {
    const rs = ALL(
      "The Russell 2000 has gone more than 750 trading days without a record close. It hasn't set a record close in nearly three years. It has gone three years without a new high.",
      { to: '2024-12-06', funds },
    );
    assert.deepEqual(
      rs.map((r) => [
        r.metric,
        r.subjects,
        r.record?.drought?.count,
        r.record?.drought?.unit,
        r.record?.drought?.comparator.kind,
      ]),
      [
        ['record', ['^RUT'], 750, 'session', 'gt'],
        ['record', ['^RUT'], 3, 'year', 'approx'],
        ['record', ['^RUT'], 3, 'year', 'range'],
      ],
    );
  });

  it("a drought beside a dated close is a claim of its own, as of the article (was: on the close's day, 0 sessions)", () => {
    const rs = ALL(
      'The Russell 2000 has gone more than 750 trading days without a record close; its last came on Nov. 8, 2021, at 2,442.74.',
      { to: '2024-12-06', funds },
    );
    assert.deepEqual(
      rs.map((r) => [r.metric, r.window, r.record?.drought?.count]),
      [
        ['level', { kind: 'dates', from: '2021-11-05', to: '2021-11-08' }, undefined],
        ['record', { kind: 'dates', from: '2024-12-05', to: '2024-12-06' }, 750],
      ],
    );
  });
  it("\"since the Fed's last rate cut, on Nov. 7, while the S&P 500 has added 2.7%\": the day set off by commas is the cut's, not the second clause's window (was: Nov. 7's session)", () => {
    const rs = ALL(
      "The Russell 2000 is up just 0.7% since the Fed's last rate cut, on Nov. 7, while the S&P 500 has added 2.7%.",
      { event: '2024-11-05', to: '2024-12-06', funds },
    );
    assert.deepEqual(
      rs.map((r) => [r.subjects, r.window]),
      [
        [['^RUT'], { kind: 'since', event: '2024-11-07', to: '2024-12-06' }],
        [['^GSPC'], { kind: 'since', event: '2024-11-07', to: '2024-12-06' }],
      ],
    );
  });

  it('"Small caps\' November outperformance was the largest since February 2000": November, whose window ranks months (was: since the election, no period to rank)', () => {
    const [r] = ALL("Small caps' November outperformance was the largest since February 2000.", {
      event: '2020-11-03',
      to: '2020-11-30',
      funds,
    });
    assert.deepEqual(
      [r.metric, r.subjects, r.window, r.record?.kind, r.record?.sinceYear],
      ['record', ['^RUT', '^GSPC'], { kind: 'month', month: '2020-11' }, 'biggest-since', 2000],
    );
  });

  it('"ended November 9.7% above its Nov. 4 close": from that close to the month\'s end (was: November); "above its pre-election close" is the close the news came after', () => {
    const rs = ALL(
      'The Russell 2000 ended November 9.7% above its Nov. 4 close. The Russell 2000 is 7.7% above its pre-election close.',
      { event: '2024-11-05', to: '2024-11-29', funds },
    );
    assert.deepEqual(
      rs.map((r) => [r.window, r.conventions.base]),
      [
        [{ kind: 'dates', from: '2024-11-04', to: '2024-11-29' }, 'close-before'],
        [{ kind: 'since', event: '2024-11-05', to: '2024-11-29' }, 'close-before'],
      ],
    );
  });

  it("\"After Ronald Reagan's 1980 landslide, … in November\": November of the election's year (was: the last November before the article, 2023's)", () => {
    const rs = ALL(
      "After Ronald Reagan's 1980 landslide, small caps beat large caps by 3 points in November. After the 1992 election, the smallest decile gained 9% in November.",
      { to: '2024-10-30', funds },
    );
    assert.deepEqual(
      rs.map((r) => r.window),
      [
        { kind: 'month', month: '1980-11' },
        { kind: 'month', month: '1992-11' },
      ],
    );
  });

  it("an unsigned gap's reproducing command says `unsigned: true`, and a claims file reads it back", () => {
    const [r] = ALL('The gap between the Russell 2000 and the S&P 500 last year was 9.1 percentage points.', {
      to: '2024-01-10',
      funds,
    });
    const cmd = reproduceCommand(r);
    assert.match(cmd, /, unsigned: true[,}]/);
    const yaml = cmd.replace(/^capgap check --claim '/, '').replace(/'$/, '');
    const [back] = parseClaims(`- ${yaml}`);
    assert.deepEqual(
      [back.metric, back.stated, (back as { unsigned?: boolean }).unsigned],
      ['spread', 9.1, true],
    );
  });

  it('"rose more than 5% in four sessions" is a move over four sessions, not a count of days past 5%', () => {
    const [r] = ALL('The Russell 2000 rose more than 5% in four sessions.', YEAR_END);
    assert.deepEqual([r.metric, r.record, r.comparator.kind, r.stated], ['return', undefined, 'gt', 5]);
  });

  it('"At its widest, the Russell 2000\'s lead … since the vote was 4.5 points", "down from 4.5 points at its widest": the stretch\'s widest spread (was: the spread to the article\'s day)', () => {
    const rs = ALL(
      "At its widest, the Russell 2000's lead over the S&P 500 since the vote was 4.5 points. Small caps' edge over large caps since the vote is now just 1.2 points, down from 4.5 points at its widest.",
      { event: '2024-11-05', to: '2024-12-06', funds },
    );
    assert.deepEqual(
      rs.map((r) => [r.metric, r.stated, r.at]),
      [
        ['spread', 4.5, 'peak'],
        ['spread', 1.2, undefined],
        ['spread', 4.5, 'peak'],
      ],
    );
  });
});

describe("the fifty-fifth round's claims, checked (embedded data)", { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  const JAN24 = { to: '2024-01-10', funds };
  const gap23 = pctOf(RUT.dec30y2022, RUT.dec29y2023) - pctOf(SPX.dec30y2022, SPX.dec29y2023); // −9.14
  it('"the gap … last year was 9.1 points" (2023: ^RUT 15.09%, ^GSPC 24.23%: −9.14 by hand): supported either way', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'The gap between the Russell 2000 and the S&P 500 last year was 9.1 percentage points.',
      JAN24,
    );
    near(r.computed?.value, gap23, 1e-3);
    assert.equal(r.verdict, 'supported');
    assert.match(r.line ?? '', /9\.1 pp either way: supported, -9\.14 pp/);
  });
  it('an unsigned gap takes the side the default gives: no alternative that turns the leader over supports it', async () => {
    // Nov. 5 → Nov. 15, 2024: ^RUT ahead by 0.38; from the close after the vote ^RUT is behind by 2.79.
    const [r] = await checkedReadings(
      data.ev,
      'The gap between the Russell 2000 and the S&P 500 has narrowed to 2.8 points.',
      { event: '2024-11-05', to: '2024-11-15', funds },
    );
    assert.equal(r.verdict, 'not supported');
    assert.ok((r.nearest?.value ?? 0) > 0, `nearest ${r.nearest?.value} is on the default's side`);
  });
  it('"the widest since 2020" of an unsigned gap ranks how far apart: 2021\'s 13.20 points (−13.20 by hand) was wider', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'The gap between the Russell 2000 and the S&P 500 last year was 9.1 percentage points, the widest since 2020.',
      JAN24,
    );
    const gap21 = pctOf(RUT.dec31y2020, RUT.dec31y2021) - pctOf(SPX.dec31y2020, SPX.dec31y2021);
    assert.equal(r.record?.verdict, 'not supported');
    assert.match(r.line ?? '', new RegExp(`widest since 2021, when it was ${Math.abs(gap21).toFixed(2)} pp`));
  });
  it('the day of the decision and the next day: +3.52%, +2.72%, the close of 2,000.51 the first above 2,000 since July 31', async () => {
    const rs = await checkedReadings(
      data.ev,
      'The Federal Reserve held rates on Dec. 13, when policymakers signalled cuts. The small-cap index jumped 3.5% on the day of the decision and another 2.7% the next day, closing above 2,000 for the first time since July.',
      YEAR_END,
    );
    near(rs[0].computed?.value, pctOf(RUT.dec12y2023, RUT.dec13y2023), 1e-3);
    near(rs[1].computed?.value, pctOf(RUT.dec13y2023, RUT.dec14y2023), 1e-3);
    near(rs[2].computed?.value, RUT.dec14y2023, 1e-3);
    assert.deepEqual(
      [rs[0].verdict, rs[1].verdict, rs[2].verdict, rs[2].record?.verdict],
      ['supported', 'supported', 'supported', 'supported'],
    );
  });
  it('Q4 2023 from the lines: ^RUT 13.55%, ^GSPC 11.24% by hand; 17.02% below the November 2021 record', async () => {
    const rs = await checkedReadings(
      data.ev,
      "- 13.6%: the Russell 2000's fourth-quarter gain, against 11.2% for the S&P 500\n- 17%: how far the Russell 2000 remains below its November 2021 record",
      YEAR_END,
    );
    near(rs[0].computed?.value, pctOf(RUT.sep29y2023, RUT.dec29y2023), 1e-3);
    near(rs[1].computed?.value, pctOf(SPX.sep29y2023, SPX.dec29y2023), 1e-3);
    near(rs[2].computed?.value, pctOf(RUT.nov8y2021, RUT.dec29y2023), 1e-3);
    assert.deepEqual(
      rs.map((r) => r.verdict),
      ['supported', 'supported', 'supported'],
    );
  });
  it('December 2023 had 3 sessions up more than 2% of 20 (counted by hand): "five times" not supported, "three days" supported', async () => {
    const beyond = dayMoves.filter((m) => m > 2).length;
    assert.equal(beyond, 3);
    const rs = await checkedReadings(
      data.ev,
      'The Russell 2000 rose more than 2% five times in December. It has risen more than 2% on three days this month.',
      YEAR_END,
    );
    assert.deepEqual(
      rs.map((r) => [r.verdict, r.computed?.value]), // a record alone: its verdict is the claim's
      [
        ['not supported', beyond],
        ['supported', beyond],
      ],
    );
    assert.match(rs[0].line ?? '', new RegExp(`${beyond} of the ${dayMoves.length} days`));
  });
  it('"rose in 14 of December\'s 20 sessions": 12 of 20 up (counted by hand), not supported', async () => {
    const up = dayMoves.filter((m) => m > 0).length;
    const [r] = await checkedReadings(
      data.ev,
      "The Russell 2000 rose in 14 of December's 20 sessions.",
      YEAR_END,
    );
    assert.deepEqual([up, r.computed?.value, r.verdict], [12, up, 'not supported']);
  });
  it('a drought: the last record close 2,442.74 on Nov. 8, 2021; 774 sessions (rows of the CSV) and 1,124 days to Dec. 6, 2024', async () => {
    const rs = await checkedReadings(
      data.ev,
      'The Russell 2000 has gone more than 750 trading days without a record close. It has gone 1,000 days without a record high.',
      { to: '2024-12-06', funds },
    );
    const days = (Date.UTC(2024, 11, 6) - Date.UTC(2021, 10, 8)) / 86_400_000;
    assert.deepEqual(
      rs.map((r) => [r.verdict, r.computed?.value]),
      [
        ['supported', 774],
        ['not supported', days],
      ],
    );
    const close = RUT.nov8y2021.toLocaleString('en-US', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    assert.ok((rs[0].line ?? '').includes(`the last record close was ${close} on 2021-11-08`), rs[0].line);
  });
  it("since the Fed's last rate cut (Nov. 7, 2024, from the close before it): 2,392.92 → 2,408.99, +0.67% by hand", async () => {
    const [r] = await checkedReadings(data.ev, "The Russell 2000 is up 0.7% since the Fed's last rate cut.", {
      event: '2024-11-05',
      to: '2024-12-06',
      funds,
    });
    near(r.computed?.value, pctOf(2392.919921875, 2408.989990234375), 1e-3);
    assert.equal(r.verdict, 'supported');
  });
  it('a first week\'s record names what it ranks in its summary: "ranked 1 of 34 first weeks of a year" (was: "days")', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'Small-cap stocks capped their best first week of a year on record on Friday.',
      { event: '2020-11-03', to: '2021-01-08', funds },
    );
    const summary = (r.computed as { record?: { summary?: string } } | undefined)?.record?.summary ?? '';
    assert.match(summary, /ranked 1 of 34 first weeks of a year since 1988-01-08$/);
  });
  it("a spread at its widest since Nov. 5, 2024: the largest of the sessions' spreads, Nov. 25 (^RUT +8.01%, ^GSPC +3.54% by hand)", async () => {
    const [r] = await checkedReadings(
      data.ev,
      "At its widest, the Russell 2000's lead over the S&P 500 since the vote was 4.5 points.",
      { event: '2024-11-05', to: '2024-12-06', funds },
    );
    const widest = pctOf(2260.840087890625, 2442.030029296875) - pctOf(5782.759765625, 5987.3701171875);
    near(r.computed?.value, widest, 1e-3);
    assert.deepEqual([r.verdict, r.computed?.to], ['supported', '2024-11-25']);
  });
  it('"has handed back about 75% of its post-election gain": the share given back from the Nov. 11 peak (2,434.98) by Nov. 15 (2,303.84), 0.753 by hand (was: a return of 75%)', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'The Russell 2000 has handed back about 75% of its post-election gain.',
      { event: '2024-11-05', to: '2024-11-15', funds },
    );
    const [base, peak, end] = [2260.840087890625, 2434.97998046875, 2303.840087890625];
    near(r.computed?.value, 1 - (end / base - 1) / (peak / base - 1), 1e-4);
    assert.equal(r.verdict, 'supported');
  });
});
