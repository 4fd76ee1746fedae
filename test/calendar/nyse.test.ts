import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fromDay, toDay, weekday } from '../../src/calendar/dates.ts';
import { isNyseSession, nyseClosure, nyseClosures, nyseSessions } from '../../src/calendar/nyse.ts';
import { easter, ruleHolidays } from '../../src/calendar/nyse-holidays.ts';

const SHARED = new URL('../../../shared/data/kenfrench_data_library/', import.meta.url);

/** The sessions (day numbers) of a French daily file or our fixture: the YYYYMMDD first cells. */
function frenchDays(text: string): Set<number> {
  const out = new Set<number>();
  for (const line of text.split(/\r?\n/)) {
    const s = line.split(',')[0].trim();
    if (/^\d{8}$/.test(s)) out.add(toDay(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`));
  }
  return out;
}

/** Every disagreement between our calendar and a set of sessions over the years it covers. */
function disagreements(french: Set<number>, from: string, to: string, years?: Set<number>): string[] {
  const ours = nyseSessions(from, to);
  const out: string[] = [];
  const inYears = (d: number) => !years || years.has(Number(fromDay(d).slice(0, 4)));
  const mine = new Set<number>();
  for (const d of ours) {
    if (!inYears(d)) continue;
    mine.add(d);
    if (!french.has(d)) out.push(`${fromDay(d)}: a session by our rules, absent from French's file`);
  }
  for (const d of french) {
    if (!mine.has(d) && inYears(d))
      out.push(`${fromDay(d)}: in French's file, but closed by us (${nyseClosure(d)})`);
  }
  return out;
}

describe('NYSE calendar against French daily sessions', () => {
  it('agrees with every session of the fixture years cut from French daily factors (CRSP 202604)', () => {
    const text = readFileSync(new URL('../fixtures/events/french-daily-dates.txt', import.meta.url), 'utf8');
    const days = frenchDays(text);
    const years = new Set([...days].map((d) => Number(fromDay(d).slice(0, 4))));
    assert.equal(years.size, 25);
    assert.deepEqual(disagreements(days, '1926-07-01', '2025-12-31', years), []);
  });

  const skip = existsSync(SHARED)
    ? false
    : 'skipped: ../shared/data is absent (the full French files live there)';
  it('agrees with all 26,233 sessions of F-F_Research_Data_Factors_daily, 1926-07-01 .. 2026-04-30', {
    skip,
  }, () => {
    const days = frenchDays(
      readFileSync(new URL('F-F_Research_Data_Factors_daily_vintage202604.CSV', SHARED), 'utf8'),
    );
    assert.equal(days.size, 26233); // PROVENANCE.md: 26,233 daily rows
    assert.deepEqual(disagreements(days, '1926-07-01', '2026-04-30'), []);
  });
  it('agrees with all 26,003 sessions of the daily VW size portfolios, 1926-07-01 .. 2025-05-30', {
    skip,
  }, () => {
    const file = 'Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv';
    const days = frenchDays(readFileSync(new URL(file, SHARED), 'utf8'));
    assert.equal(days.size, 26003); // PROVENANCE.md: 26,003 daily rows
    assert.deepEqual(disagreements(days, '1926-07-01', '2025-05-30'), []);
  });
});

describe('NYSE rules', () => {
  it('Easter Sunday by the computus matches published dates', () => {
    // Published Easter dates: 1928-04-08, 2016-03-27, 2025-04-20.
    assert.equal(fromDay(easter(1928)), '1928-04-08');
    assert.equal(fromDay(easter(2016)), '2016-03-27');
    assert.equal(fromDay(easter(2025)), '2025-04-20');
  });
  it('observes a Sunday holiday on Monday and, from 1959, a Saturday one on Friday', () => {
    const names = (y: number) => ruleHolidays(y).map((h) => `${fromDay(h.day)} ${h.name}`);
    assert.ok(names(2022).includes('2022-06-20 Juneteenth')); // 19 June 2022 was a Sunday
    assert.ok(names(2021).includes('2021-12-24 Christmas Day')); // 25 Dec 2021 was a Saturday
    assert.ok(!names(2022).some((n) => n.startsWith('2021-12-31'))); // New Year 2022 on Saturday: no closing
  });
  it("matches the NYSE's published holiday schedules for 2026 and 2027 (beyond French's data)", () => {
    // nyse.com "Holidays & Trading Hours": 2026 and 2027 closings
    const days = (y: number) => ruleHolidays(y).map((h) => fromDay(h.day));
    assert.deepEqual(days(2026), [
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-04-03',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-11-26',
      '2026-12-25',
    ]);
    assert.deepEqual(days(2027), [
      '2027-01-01',
      '2027-01-18',
      '2027-02-15',
      '2027-03-26',
      '2027-05-31',
      '2027-06-18',
      '2027-07-05',
      '2027-09-06',
      '2027-11-25',
      '2027-12-24',
    ]);
  });
  it('had Saturday sessions until 1952-05-24 and none after', () => {
    assert.equal(weekday(toDay('1952-05-24')), 6);
    assert.ok(isNyseSession(toDay('1952-05-24')));
    assert.ok(!isNyseSession(toDay('1952-06-07')));
  });
  it('names the one-off closures', () => {
    assert.equal(nyseClosure(toDay('2012-10-29')), 'Hurricane Sandy');
    assert.equal(nyseClosure(toDay('1933-03-08')), 'national bank holiday');
    assert.deepEqual(
      nyseClosures('2001-09-10', '2001-09-17').map((c) => c.date),
      ['2001-09-11', '2001-09-12', '2001-09-13', '2001-09-14'],
    );
    assert.equal(
      nyseClosures('1968-06-01', '1968-12-31').filter((c) => c.reason.includes('Wednesday')).length,
      23,
    );
    // 23 Wednesdays absent from French's file from 1968-06-12 to 1968-12-18 (weeks with a holiday traded)
  });
  it('rejects a reversed range, naming it', () => {
    assert.throws(() => nyseSessions('2016-11-10', '2016-11-01'), /2016-11-10 \.\. 2016-11-01/);
  });
});
