/**
 * Event sets for markets outside the US, each with its region (whose trading days set t0, see
 * ../calendar/regions.ts) and a news-timing rule:
 * - UK general elections since 1992 (Thursdays; polls close at 22:00 London time, results overnight):
 *   'after-close', so t0 is the Friday;
 * - French presidential second rounds since 1995 and German federal elections since 1990 (Sundays; the
 *   first projections come at 20:00 / 18:00 local time, markets closed): 'after-close', so t0 is the Monday;
 * - the Brexit referendum (Thursday 2016-06-23, results overnight): t0 is the Friday.
 * Dates: the UK Electoral Commission, the French Conseil constitutionnel and the German Federal Returning
 * Officer (Bundeswahlleiterin). ECB meetings are left out: no public, citable list of the meetings with the
 * largest surprises could be shipped here (capgap does not invent one); give them as a CSV of your own.
 */
import type { RegionId } from '../calendar/regions.ts';
import type { MarketEvent } from './event-sets.ts';

/** A built-in regional set: its events and the region whose calendar and factors it is read on. */
export interface RegionalSet {
  region: RegionId;
  events: MarketEvent[];
}

const after = (date: string, label: string, tags: string[]): MarketEvent => ({
  date,
  timing: 'after-close',
  label,
  tags,
});

const UK: [string, string][] = [
  ['1992-04-09', 'Major'],
  ['1997-05-01', 'Blair'],
  ['2001-06-07', 'Blair'],
  ['2005-05-05', 'Blair'],
  ['2010-05-06', 'hung parliament; Cameron'],
  ['2015-05-07', 'Cameron'],
  ['2017-06-08', 'hung parliament; May'],
  ['2019-12-12', 'Johnson'],
  ['2024-07-04', 'Starmer'],
];

const FRANCE: [string, string][] = [
  ['1995-05-07', 'Chirac'],
  ['2002-05-05', 'Chirac'],
  ['2007-05-06', 'Sarkozy'],
  ['2012-05-06', 'Hollande'],
  ['2017-05-07', 'Macron'],
  ['2022-04-24', 'Macron'],
];

const GERMANY: [string, string][] = [
  ['1990-12-02', 'Kohl'],
  ['1994-10-16', 'Kohl'],
  ['1998-09-27', 'Schröder'],
  ['2002-09-22', 'Schröder'],
  ['2005-09-18', 'Merkel'],
  ['2009-09-27', 'Merkel'],
  ['2013-09-22', 'Merkel'],
  ['2017-09-24', 'Merkel'],
  ['2021-09-26', 'Scholz'],
  ['2025-02-23', 'Merz'],
];

/** The built-in regional sets by name. */
export const REGIONAL_SETS: Record<string, RegionalSet> = {
  'uk-elections': {
    region: 'europe',
    events: UK.map(([d, who]) =>
      after(d, `${d.slice(0, 4)} UK general election (${who})`, ['uk', 'election']),
    ),
  },
  'france-elections': {
    region: 'europe',
    events: FRANCE.map(([d, who]) =>
      after(d, `${d.slice(0, 4)} French presidential election, second round (${who})`, [
        'france',
        'election',
      ]),
    ),
  },
  'germany-elections': {
    region: 'europe',
    events: GERMANY.map(([d, who]) =>
      after(d, `${d.slice(0, 4)} German federal election (${who})`, ['germany', 'election']),
    ),
  },
};
