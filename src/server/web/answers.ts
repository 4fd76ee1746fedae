/**
 * The two answers the page reads most, as it reads them (the JSON vocabulary, docs/json.md): returns since
 * an event, and the lead. The window is { from, to } in days from t0; the dates beside it name its sessions.
 */
import { type Provenance, vintageText } from '../../provenance.ts';

/** A returns-since answer as the page reads it. */
export interface Since {
  event: { eventDate: string; timing: string; t0: string; baseDate: string };
  scheme: { id: string; small: string; large: string; weighting: string; label: string };
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
  provenance: Provenance[];
  conventions: Record<string, string>;
  findings: string[];
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
  rank: { text: string; skipped: string[] } | null;
  month: { text: string; rankText: string; source: string } | { error: string };
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

/**
 * An answer's provenance as the page's source lines list it: each dataset with its vintage in words.
 * @example sourceItems([provenanceOf('french/Portfolios_Formed_on_ME', { vintage: 'CRSP 202505 (inferred)' })]) // [{ dataset: 'french/Portfolios_Formed_on_ME', vintage: 'CRSP 202505 (inferred)' }]
 */
export function sourceItems(p: readonly Provenance[]): { dataset: string; vintage: string | null }[] {
  return p.map((x) => ({ dataset: x.dataset, vintage: vintageText(x) }));
}
