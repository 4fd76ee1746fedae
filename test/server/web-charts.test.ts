import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COLORS, PALETTE } from '../../src/server/web/chart-out.ts';
import { setChart } from '../../src/server/web/ranked-chart.ts';
import { fedLabel, setNote } from '../../src/server/web/set-chart.ts';
import { spreadChart } from '../../src/server/web/since-charts.ts';
import { dateProblem, windowProblem } from '../../src/server/web/state.ts';
import { dayTicks, decimalsFor, valueAxis } from '../../src/server/web/svg.ts';

/** WCAG 2 contrast ratio of a colour against white (relative luminance, sRGB). */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (l + 0.05);
}

describe('the page charts (src/server/web)', () => {
  it('valueAxis labels a 1.82 pp gap 0.0, 0.5, 1.0, 1.5, 2.0: every label the value at its tick', () => {
    // The bug of issue 15: gridlines at 0.5 pp steps labelled "0, 1, 1, 2" by rounding to whole points.
    const a = valueAxis([0.0182, -0.002], { count: 5, scale: 100 });
    assert.deepEqual(
      a.ticks.map((t) => t.label),
      ['\u22120.5', '0.0', '0.5', '1.0', '1.5', '2.0'],
    );
    for (const t of a.ticks)
      assert.equal(Number(t.label.replace('\u2212', '-')), Math.round(t.value * 1000) / 10);
    assert.deepEqual(a.domain, [-0.005, 0.02]);
  });

  it('decimalsFor gives the decimals a 1-2-5 step needs', () => {
    assert.deepEqual(
      [decimalsFor(5), decimalsFor(1), decimalsFor(0.5), decimalsFor(0.2), decimalsFor(0.05)],
      [0, 0, 1, 1, 2],
    );
  });

  it('dayTicks thins whole-day labels to the width and always keeps day 0', () => {
    assert.deepEqual(dayTicks(-5, 2, 800), [-5, -4, -3, -2, -1, 0, 1, 2]);
    const narrow = dayTicks(-5, 20, 260);
    assert.ok(narrow.includes(0) && narrow.length <= 8, narrow.join());
    assert.deepEqual(dayTicks(0, 250, 300), [0, 50, 100, 150, 200, 250]);
  });

  it('draws chart text at 12 px with a <title> and <desc>, and marks carry their values', () => {
    const out = spreadChart(
      {
        day: [0, 1],
        date: ['2016-06-24', '2016-06-27'],
        small: [0, 0],
        large: [0, 0],
        spread: [0.0112, -0.003],
      },
      { small: 'Smallest 10%', large: 'Largest 10%' },
      400,
      'Source: test',
    );
    assert.match(
      out.svg,
      /^<svg [^>]*role="img" aria-labelledby="spread-svg-t spread-svg-d"[^>]*font-size="12"/,
    );
    assert.match(
      out.svg,
      /<title id="spread-svg-t">Gap by day: Smallest 10% minus Largest 10%<\/title><desc id="spread-svg-d">/,
    );
    assert.deepEqual(
      [...out.svg.matchAll(/<rect class="mark"[^>]*data-value="([^"]+)"/g)].map((m) => Number(m[1])),
      [0.0112, -0.003],
    );
    assert.deepEqual(out.table.rows, [
      ['0', '2016-06-24', '+1.1 pp'],
      ['1', '2016-06-27', '\u22120.3 pp'],
    ]);
  });

  it('keeps every chart colour at 4.5:1 or more on white (text-safe, so marks clear 3:1)', () => {
    for (const c of [...Object.values(COLORS), ...PALETTE])
      assert.ok(contrastOnWhite(c) >= 4.5, `${c}: ${contrastOnWhite(c).toFixed(2)}:1`);
  });

  it('names what is wrong with a typed date or window', () => {
    assert.equal(dateProblem('1999-13-45'), '1999-13-45 is not a date: there is no month 13');
    assert.equal(dateProblem('2023-02-29'), '2023-02-29 is not a date: 2023-02 has 28 days');
    assert.match(dateProblem('11/08/2016') ?? '', /write it as YYYY-MM-DD/);
    assert.equal(dateProblem('2024-02-29'), null);
    assert.equal(windowProblem(5, 2), 'from day 5 is after to day 2');
    assert.match(windowProblem(0, 1000) ?? '', /to day 1000 is after 756/);
  });

  it('labels each Fed decision of the ranked chart by its date and move, so rows sharing a label stay apart', () => {
    // Rows as /api/event-set?set=fomc answers them for days 0 to 2 (Lo 10 − Hi 10, embedded data).
    const rows = [
      ['2008 Fed rate cut (to a 0-0.25% range)', '2008-12-16', 0.02256909103, 7, 93.3615384615],
      ['2024 Fed rate cut (50 bp)', '2024-09-18', -0.006612550733, 50, 29.3538461538],
      ['2024 Fed rate cut (25 bp)', '2024-11-07', 0.004518961544, 31, 64.9],
      ['2024 Fed rate cut (25 bp)', '2024-12-18', -0.010697659948, 57, 19.8153846154],
    ].map(([label, eventDate, value, rank, percentile]) => ({
      label: label as string,
      eventDate: eventDate as string,
      value: value as number,
      rank: rank as number,
      percentile: percentile as number,
      short: fedLabel(label as string, eventDate as string),
    }));
    const out = setChart(rows, '2024-12-18', {
      title: 'Every Fed rate decision',
      width: 360,
      source: 'test',
    });
    const labels = [
      ...out.svg.matchAll(
        /<text x="[^"]+" y="[^"]+" dy="0.32em" text-anchor="end" font-weight="(\w+)">([^<]+)</g,
      ),
    ];
    assert.deepEqual(
      labels.map((m) => [m[2], m[1]]),
      [
        ['2008-12-16 cut', 'normal'],
        ['2024-11-07 cut 25 bp', 'normal'],
        ['2024-09-18 cut 50 bp', 'normal'],
        ['2024-12-18 cut 25 bp', 'bold'],
      ],
    );
    assert.equal(
      out.desc,
      '4 events ranked by the gap, widest in favour of small caps first; the chosen event is 4 of 4 at \u22121.1 pp.',
    );
    // The table keeps the whole label.
    assert.deepEqual(out.table.rows[3].slice(0, 4), [
      '57',
      '2024 Fed rate cut (25 bp)',
      '2024-12-18',
      '\u22121.1 pp',
    ]);
  });

  it('the set card says when the page reads the news at another time than the set, and the 250-day bound', () => {
    assert.equal(setNote({ to: 2, timing: 'intraday' }, 'intraday'), null);
    assert.equal(setNote({ to: 2, timing: 'intraday' }, undefined), null);
    assert.equal(
      setNote({ to: 300, timing: 'before-open' }, 'after-close')?.text,
      "The set is compared over days 0 to 250 at most. Each event is ranked with its news after the close, as the set dates it; the answer above reads the news before the open, so its numbers differ from this chart's bar.",
    );
  });
});
