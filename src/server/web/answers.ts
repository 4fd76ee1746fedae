/**
 * The two answers the page reads most, as it reads them: returns since an event, and the lead.
 */

import { type Provenance, vintageText } from '../../provenance.ts';
import type { PageFlag } from './flags.ts';

export type { Provenance };

/** A dataset with its vintage, once each, for a source line: 'french/Europe_3_Factors (Bloomberg 202603)'. */
export function sourceNames(p: readonly Provenance[]): string[] {
  return [...new Set(p.map((x) => `${x.dataset}${x.vintage ? ` (${vintageText(x)})` : ''}`))];
}

/** A returns-since answer as the page reads it. */
export interface Since {
  event: { eventDate: string; timing: string; t0: string; baseDate: string };
  scheme: { id: string; small: string; large: string; weighting: string; label: string };
  /** Days relative to t0 (docs/json.md). */
  window: { from: number; to: number };
  requestedTo: number;
  /** The sessions of days `from` and `to`. */
  startDate: string;
  endDate: string;
  cut: string | null;
  /** The data's end (the last date both legs have), or null. */
  dataThrough: string | null;
  series: {
    day: number[];
    date: string[];
    small: (number | null)[];
    large: (number | null)[];
    spread: (number | null)[];
  };
  summary: { small: number | null; large: number | null; spread: number | null };
  /** Each leg's dataset (the one provenance shape, src/provenance.ts). */
  provenance: Provenance[];
  conventions: Record<string, string>;
  findings: string[];
  /** Data-quality flags (docs/quality.md): 't0-moved' when the event date was not a session. */
  flags?: PageFlag[];
}

/** A /api/lead answer as the page reads it. */
export interface Lead {
  event: {
    eventDate: string;
    name: string;
    timing: string;
    t0: string;
    baseDate: string;
    set: string | null;
  };
  window: { from: number; to: number };
  requestedTo: number;
  endDate: string;
  sessions: number;
  cut: string | null;
  sentence: string;
  /** The finding behind the sentence: its value is the gap (decimal). */
  finding?: { value: number | null };
  rank: { text: string; skipped: string[] } | null;
  month:
    | { text: string; rankText: string; source: string; historyStart?: string; historyEnd?: string }
    | { error: string };
  series: {
    id: string;
    name: string;
    detail: string;
    dataset: string;
    vintage: string | null;
    through: string;
  }[];
  conventions: Record<string, string>;
}
