/**
 * An article as pasted, made ready to read: its text (./source-text.ts: HTML and Markdown read as text,
 * line endings and invisible spaces normalised), its date: the one given (--to, the API's "to"), else
 * the article's own (./dateline.ts), and its event: the one given (--event), else the one its words name
 * as of that date ("since the election" in a Nov. 14, 2016 article: 2016-11-08; ./event-infer.ts); each
 * said with where it came from, so every output can state it.
 */
import type { ReadOptions } from '../claim-read.ts';
import { articleDate, yearlessDateline } from './dateline.ts';
import { previousSession } from './dates.ts';
import { inferEvent, yearNamedEvent } from './event-infer.ts';
import { newsDayOf } from './news-day.ts';
import { type ArticleFormat, articleSource } from './source-text.ts';
import { fullYears } from './two-digit-years.ts';

/** A note written before the open: "Morning Briefing", "Morning Color", "Before the Bell", "Premarket", "ahead of the open". */
const MORNING =
  /\b(?:morning\s+(?:briefing|brief|report|note|wrap|call|memo|newsletter|update|colou?r|comment(?:ary)?)|before\s+the\s+bell|pre-?market\s+(?:briefing|report|note|update)|ahead\s+of\s+the\s+open)\b/i;

/**
 * Whether a dateline's time is before the New York open ("7:02 AM", "6.45am"): the last close it can know is
 * the session before its date's (a morning somewhere else is before the open or after the close before).
 */
function beforeTheOpen(source: string): boolean {
  const m = /\b(\d{1,2})[:.](\d\d)\s*a\.?m\b/i.exec(source);
  if (!m) return false;
  const h = Number(m[1]) % 12;
  return h < 9 || (h === 9 && Number(m[2]) < 30);
}

/** An article ready for readArticle: the text read, its format, and the date "last week" counts from. */
export interface PreparedArticle {
  text: string;
  format: ArticleFormat;
  /** The article's date: the given one, else the article's own. */
  to?: string;
  /** Where `to` came from: 'given', or the words of the timestamp or dateline ("Updated Nov. 10, 2016"). */
  toSource?: string;
  /** When the dateline gave no year: the article's words the year came from ("the 2016 election"). */
  toYearFrom?: string;
  /** When the dateline gave a month alone ("January 2026"): that month; `to` is its last day. */
  toMonth?: string;
  /** An undated article's dateline that gives no year ("NEW YORK, Nov 10 (Reuters)"): said in the output. */
  undated?: string;
  /** A morning note's own date ("Morning Briefing — Thursday, Nov. 7, 2024"): `to` is the session before it. */
  morningOf?: string;
  /** With `morningOf`: a next-day story (its lead's day is the session before its date: ./news-day.ts). */
  nextDay?: boolean;
  /** The event "since the election" counts from: the given one, else the one the article names. */
  event?: string;
  /** 'given', or the event's label and the article's words that named it. */
  eventSource?: { label: string; words: string } | 'given';
}

/**
 * The text and date of an article.
 * @example prepareArticle('Updated Nov. 10, 2016\r\n\r\nThe Russell 2000 rose 1.6 pct on Thursday.', { event: '2016-11-08' }).to // '2016-11-10'
 */
export function prepareArticle(
  raw: string,
  o: { format?: ArticleFormat; event?: string; to?: string } = {},
): PreparedArticle {
  const src = articleSource(raw, o.format);
  const d = o.to ? null : articleDate(src.text, { event: o.event, markup: src.date });
  // "since Nov '20", "since '08": a two-digit year as the four digits it stands for, by the article's date.
  const base = { text: fullYears(src.text, o.to ?? d?.date), format: src.format };
  const yearless = o.to || d ? undefined : yearlessDateline(src.text);
  // A note written before the open ("Morning Briefing — Thursday, Nov. 7, 2024") speaks of the close before.
  const head = src.text
    .trimStart()
    .split(/\n\s*\n/, 1)[0]
    .slice(0, 200); // its title, not its body's "before the bell"
  const early = d && beforeTheOpen(d.source); // "Sent: Thursday, November 7, 2024 7:02 AM"
  const morning = d && (MORNING.test(head) || early) ? previousSession(d.date) : undefined;
  // "July 17 - The Russell 2000 jumped 3.5% on Tuesday, …": a next-day story speaks of Tuesday's close too
  // (not one stamped in the afternoon, "Published 4:10 PM ET, July 17, 2024": its day's session is known).
  const nextDay = d && !morning && !/\bp\.?m\b/i.test(d.source) ? newsDayOf(src.text, d.date) : undefined;
  const dated: PreparedArticle = o.to
    ? { ...base, to: o.to, toSource: 'given' }
    : d
      ? {
          ...base,
          to: morning ?? nextDay ?? d.date,
          toSource: d.source,
          ...(d.yearFrom ? { toYearFrom: d.yearFrom } : {}),
          ...(d.month ? { toMonth: d.month } : {}),
          ...(morning || nextDay ? { morningOf: d.date } : {}),
          ...(nextDay ? { nextDay: true } : {}),
        }
      : { ...base, ...(yearless ? { undated: yearless } : {}) };
  if (o.event) return { ...dated, event: o.event, eventSource: 'given' };
  // Undated, an event named with its year is still that event ("the 2016 U.S. presidential election").
  const e = dated.to ? inferEvent(src.text, dated.to) : yearNamedEvent(src.text);
  return e ? { ...dated, event: e.date, eventSource: { label: e.label, words: e.words } } : dated;
}

/**
 * The reader's options for a prepared article: its event and date, and whether that date is the session
 * before the article's own (`morning`: its "yesterday" is that session).
 * @example readOptionsOf(prepareArticle('Morning Briefing — Thursday, Nov. 7, 2024\n\n…')) // { to: '2024-11-06', morning: true }
 */
export function readOptionsOf(p: PreparedArticle): ReadOptions {
  return {
    ...(p.event ? { event: p.event } : {}),
    ...(p.to ? { to: p.to } : {}),
    ...(p.morningOf ? { morning: true } : {}),
  };
}

/**
 * One line saying how the article was read ("Read as HTML; dated 2016-06-27 by "27 June 2016"").
 * @example preparedLine({ text: '', format: 'text', to: '2016-11-10', toSource: 'Updated Nov. 10, 2016' })
 * // 'Read as text; article dated 2016-11-10 from "Updated Nov. 10, 2016" (give --to to change it)'
 */
export function preparedLine(p: PreparedArticle): string {
  const as = p.format === 'html' ? 'HTML' : p.format === 'markdown' ? 'Markdown' : 'text';
  if (!p.to && p.undated)
    return `Read as ${as}; the article is UNDATED: its dateline ${JSON.stringify(p.undated)} gives no year and no other date in it does, so claims that need its date ("last week", "on Thursday", "since the election") are not checked (give --to YYYY-MM-DD)`;
  const named =
    p.eventSource && p.eventSource !== 'given'
      ? `; ${JSON.stringify(p.eventSource.words)} read as the ${p.eventSource.label}, ${p.event} (give --event to change it)`
      : '';
  if (!p.to)
    return `Read as ${as}; no article date found or given: "last week", "this month" need --to${named}`;
  const year = p.toYearFrom
    ? `, its year from ${JSON.stringify(p.toYearFrom)}`
    : p.toMonth
      ? ', a month alone: read as of its last day'
      : '';
  const morning = p.morningOf
    ? `${p.morningOf} from ${JSON.stringify(p.toSource)}, ${p.nextDay ? 'a story of the session before its date (the first day it names)' : 'a note before the open'}: read as of the close of ${p.to}`
    : undefined;
  const dated =
    p.toSource === 'given'
      ? `Read as ${as}; article dated ${p.to} (given)`
      : `Read as ${as}; article dated ${morning ?? `${p.to} from ${JSON.stringify(p.toSource)}`}${year} (give --to to change it)`;
  return `${dated}${named}`;
}

/**
 * How the article was read, for JSON answers (the CLI's --json, /api/check): its format, its date and where
 * that came from, its event and where that came from ('given', or the words and the event they name).
 * @example articleFacts(prepareArticle('Nov 14, 2016\n\nUp 10% since the election.')).eventDate // '2016-11-08'
 */
export function articleFacts(p: PreparedArticle) {
  const e = p.eventSource;
  return {
    format: p.format,
    date: p.to ?? null,
    dateFrom: p.toSource ? `${p.toSource}${p.toYearFrom ? ` (year from ${p.toYearFrom})` : ''}` : null,
    ...(p.undated
      ? { undated: `dateline ${p.undated} gives no year; claims needing the date are not checked` }
      : {}),
    eventDate: p.event ?? null,
    eventFrom: e === undefined ? null : e === 'given' ? 'given' : `${e.words} (${e.label})`,
  };
}
