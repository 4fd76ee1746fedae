/**
 * NYSE closures that no holiday rule explains, 1926 onward: national days of mourning, weather, blackouts,
 * the 1933 bank holiday, paperwork days (1928–1929 Saturdays, the 1968 Wednesdays), summer Saturday
 * closings (1933, 1944–1951) and days added next to holidays.
 *
 * Every date was checked against the sessions of CRSP/French's daily file (absent there, and not a rule
 * holiday). The reason is the NYSE's published reason where it is well known; where it is not, the entry
 * says so ("reason not documented here") rather than guessing.
 */

/** One closure, or a range: every day from `date` to `to`, or (weekly) the weekday of `date` each week. */
export interface Closure {
  date: string;
  /** Last date of the range (inclusive). */
  to?: string;
  /** The range closes only the weekday of `date`, once a week (Saturdays, the 1968 Wednesdays). */
  weekly?: boolean;
  reason: string;
}

const NO_DOC = 'Saturday closure (in CRSP/French data; reason not documented here)';

export const NYSE_CLOSURES: readonly Closure[] = [
  { date: '1926-07-03', reason: 'Saturday before the Independence Day holiday' },
  { date: '1926-09-04', reason: 'Saturday before Labor Day' },
  { date: '1927-06-13', reason: 'parade for Charles Lindbergh' },
  { date: '1928-04-07', reason: 'Saturday after Good Friday' },
  { date: '1928-04-21', reason: 'paperwork Saturday (heavy volume, 1928)' },
  { date: '1928-05-05', to: '1928-05-26', weekly: true, reason: 'paperwork Saturdays (heavy volume, 1928)' },
  { date: '1928-11-24', reason: 'Saturday after Thanksgiving' },
  { date: '1929-02-09', reason: NO_DOC },
  { date: '1929-02-23', reason: "Saturday after Washington's Birthday" },
  { date: '1929-03-30', reason: 'Saturday after Good Friday' },
  { date: '1929-08-31', reason: 'Saturday before Labor Day' },
  { date: '1929-11-01', reason: 'paperwork backlog after the October 1929 crash' },
  {
    date: '1929-11-02',
    to: '1929-11-30',
    weekly: true,
    reason: 'paperwork Saturdays after the October 1929 crash',
  },
  { date: '1929-11-29', reason: 'day after Thanksgiving (paperwork backlog after the crash)' },
  { date: '1930-04-19', reason: 'Saturday after Good Friday' },
  { date: '1930-05-31', reason: 'Saturday after Memorial Day' },
  { date: '1930-07-05', reason: 'Saturday after Independence Day' },
  { date: '1930-08-30', reason: 'Saturday before Labor Day' },
  { date: '1931-09-05', reason: 'Saturday before Labor Day' },
  { date: '1931-12-26', reason: 'Saturday after Christmas' },
  { date: '1932-07-02', reason: 'Saturday before the Independence Day holiday' },
  { date: '1933-01-07', reason: 'funeral of former President Calvin Coolidge' },
  { date: '1933-03-04', reason: 'banking crisis (state bank holidays; inauguration day)' },
  { date: '1933-03-06', to: '1933-03-14', reason: 'national bank holiday' },
  { date: '1933-07-29', to: '1933-09-02', weekly: true, reason: 'summer Saturday closings (1933)' },
  { date: '1936-12-26', reason: 'Saturday after Christmas' },
  { date: '1937-05-29', reason: 'Saturday before the Memorial Day holiday' },
  { date: '1937-07-03', reason: 'Saturday before the Independence Day holiday' },
  { date: '1944-08-19', to: '1944-09-02', weekly: true, reason: 'summer Saturday closings (1944)' },
  { date: '1945-04-14', reason: 'funeral of President Franklin D. Roosevelt' },
  { date: '1945-07-07', to: '1945-09-01', weekly: true, reason: 'summer Saturday closings (1945)' },
  { date: '1945-08-15', reason: 'V-J Day (end of World War II)' },
  { date: '1945-08-16', reason: 'V-J Day (end of World War II)' },
  { date: '1945-10-13', reason: 'Saturday after Columbus Day' },
  { date: '1945-10-27', reason: 'Navy Day' },
  { date: '1945-12-24', reason: 'Christmas Eve' },
  { date: '1946-02-23', reason: "Saturday after Washington's Birthday" },
  { date: '1946-05-25', to: '1946-09-28', weekly: true, reason: 'summer Saturday closings (1946)' },
  { date: '1947-05-31', to: '1947-09-27', weekly: true, reason: 'summer Saturday closings (1947)' },
  { date: '1948-01-03', reason: "Saturday after New Year's Day" },
  { date: '1948-05-29', to: '1948-09-25', weekly: true, reason: 'summer Saturday closings (1948)' },
  { date: '1949-05-28', to: '1949-09-24', weekly: true, reason: 'summer Saturday closings (1949)' },
  { date: '1949-12-24', reason: 'Christmas Eve' },
  { date: '1950-06-03', to: '1950-09-30', weekly: true, reason: 'summer Saturday closings (1950)' },
  { date: '1950-12-23', reason: 'Saturday before Christmas' },
  { date: '1951-06-02', to: '1951-09-29', weekly: true, reason: 'summer Saturday closings (1951)' },
  { date: '1954-12-24', reason: 'Christmas Eve' },
  { date: '1956-12-24', reason: 'Christmas Eve' },
  { date: '1958-12-26', reason: 'day after Christmas' },
  { date: '1961-05-29', reason: 'day before Memorial Day' },
  { date: '1963-11-25', reason: 'funeral of President John F. Kennedy' },
  { date: '1964-05-29', reason: 'Friday before Memorial Day (closed although it ended the month)' },
  { date: '1968-02-12', reason: "Lincoln's Birthday" },
  { date: '1968-04-09', reason: 'day of mourning for Martin Luther King Jr.' },
  {
    date: '1968-06-12',
    to: '1968-06-26',
    weekly: true,
    reason: 'paperwork crisis (Wednesday closings, 1968)',
  },
  { date: '1968-07-05', reason: 'day after Independence Day' },
  {
    date: '1968-07-10',
    to: '1968-08-28',
    weekly: true,
    reason: 'paperwork crisis (Wednesday closings, 1968)',
  },
  {
    date: '1968-09-11',
    to: '1968-10-30',
    weekly: true,
    reason: 'paperwork crisis (Wednesday closings, 1968)',
  },
  { date: '1968-11-11', reason: 'Veterans Day' },
  { date: '1968-11-20', reason: 'paperwork crisis (Wednesday closings, 1968)' },
  {
    date: '1968-12-04',
    to: '1968-12-18',
    weekly: true,
    reason: 'paperwork crisis (Wednesday closings, 1968)',
  },
  { date: '1969-02-10', reason: 'snowstorm' },
  { date: '1969-03-31', reason: 'funeral of former President Dwight D. Eisenhower' },
  { date: '1969-07-21', reason: 'Apollo 11 moon landing' },
  { date: '1972-12-28', reason: 'funeral of former President Harry S. Truman' },
  { date: '1973-01-25', reason: 'funeral of former President Lyndon B. Johnson' },
  { date: '1977-07-14', reason: 'New York City blackout' },
  { date: '1985-09-27', reason: 'Hurricane Gloria' },
  { date: '1994-04-27', reason: 'funeral of former President Richard Nixon' },
  { date: '2001-09-11', to: '2001-09-14', reason: 'September 11 attacks' },
  { date: '2004-06-11', reason: 'funeral of former President Ronald Reagan' },
  { date: '2007-01-02', reason: 'national day of mourning for former President Gerald Ford' },
  { date: '2012-10-29', reason: 'Hurricane Sandy' },
  { date: '2012-10-30', reason: 'Hurricane Sandy' },
  { date: '2018-12-05', reason: 'national day of mourning for former President George H. W. Bush' },
  { date: '2025-01-09', reason: 'national day of mourning for former President Jimmy Carter' },
];
