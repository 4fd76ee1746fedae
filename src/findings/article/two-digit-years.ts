/**
 * A year written with two digits and an apostrophe, as threads and headlines write it: "its best day since Nov
 * '20", "the biggest gap since '08", "the crash of '87". Made the four digits it stands for before the article is
 * read: the latest such year not after the article's date (else today's), so "'20" in a 2024 article is 2020
 * and "'99" is 1999. Only after a month or a word that takes a year ("since", "in", "of" …), never a quoted
 * number ("a '20s rally" keeps its decade). A trader's "since Nov-22" is November 2022 the same way.
 */
import { MONTH_RE } from './dates.ts';

const TWO_DIGIT = new RegExp(
  `(\\b(?:${MONTH_RE})\\s*|\\b(?:since|in|from|of|to|until|through|before|after|early|late|mid|spring|summer|autumn|fall|winter)\\s+)['’‘](\\d\\d)\\b(?![\\d%'’]|[.,]\\d|s\\b)`,
  'gi',
);

/** A trader's month and year: "best day since Nov-22", "biggest since Jul-24" (November 2022, July 2024). */
const MONTH_YY =
  /(\b(?:since|in|from|of|to|until|through|before|after)\s+)(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)-(\d\d)\b(?![\d%/-]|[.,]\d)/gi;

/**
 * The text with its apostrophe years (and a trader's "Nov-22") written in full.
 * @example fullYears("its best day since Nov '20", '2024-11-15') // 'its best day since Nov 2020'
 */
export function fullYears(text: string, to?: string): string {
  const ref = Number((to ?? new Date().toISOString()).slice(0, 4));
  const full = (yy: string) => (2000 + Number(yy) <= ref ? 2000 + Number(yy) : 1900 + Number(yy));
  return text
    .replace(TWO_DIGIT, (_m, lead: string, yy: string) => `${lead}${full(yy)}`)
    .replace(MONTH_YY, (_m, lead: string, mon: string, yy: string) => `${lead}${mon} ${full(yy)}`);
}
