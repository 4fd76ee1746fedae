/**
 * What a page chart hands to its card: title, description, SVG, the table of its data (the "table" toggle)
 * and its source line (drawn into exports); the series it draws, its colours and its labels.
 * Day d is the session t0 + d (t0 = 0 is the first session after the news; the base close is day −1).
 */
import { pp, signedPct } from '../../findings/format.ts';

/** A chart ready for a card. */
export interface ChartOut {
  id: string;
  title: string;
  desc: string;
  svg: string;
  table: { head: string[]; rows: string[][] };
  /** Source and data-through line drawn into exports. */
  source: string;
}

/** The series part of a returns-since answer. */
export interface SinceSeries {
  day: number[];
  date: string[];
  small: (number | null)[];
  large: (number | null)[];
  spread: (number | null)[];
}

/** Colours: text-safe on white (contrast >= 4.5:1), so also >= 3:1 as marks. */
export const COLORS = { small: '#b93a0e', large: '#1d4ed8', muted: '#5f6b7a' };
/** Several events, one colour each (each >= 4.5:1 on white). */
export const PALETTE = [
  '#b93a0e',
  '#1d4ed8',
  '#047857',
  '#7c3aed',
  '#a16207',
  '#be185d',
  '#0e7490',
  '#4d7c0f',
];

/** A leg's name without the breakpoint note, for titles. */
export const bare = (name: string) => name.replace(/ \(NYSE breakpoints\)$/, '');
/** A gap in percentage points, signed. */
export const gapLabel = (v: number) => `${v >= 0 ? '+' : '\u2212'}${pp(v, true)}`;
/** A day number with a true minus sign. */
export const dayLabel = (d: number) => (d < 0 ? `\u2212${-d}` : String(d));
/** A decimal return as a signed percentage, or n/a. */
export const fmtPct = (v: number | null) => (v === null ? 'n/a' : signedPct(v));
