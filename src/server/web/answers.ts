/**
 * The two answers the page reads most, as it reads them: returns since an event, and the lead.
 */

/** A returns-since answer as the page reads it. */
export interface Since {
  event: { date: string; timing: string; t0: string; base: string };
  scheme: { id: string; small: string; large: string; weighting: string; label: string };
  window: {
    from: number;
    to: number;
    requestedTo: number;
    firstDate: string;
    lastDate: string;
    cut: string | null;
    /** The data's end (the last date both legs have), or null. */
    dataThrough: string | null;
  };
  series: {
    day: number[];
    date: string[];
    small: (number | null)[];
    large: (number | null)[];
    spread: (number | null)[];
  };
  summary: { small: number | null; large: number | null; spread: number | null };
  sources: { dataset: string; vintage: string | null }[];
  conventions: Record<string, string>;
  findings: string[];
}

/** A /api/lead answer as the page reads it. */
export interface Lead {
  event: { date: string; name: string; timing: string; t0: string; base: string; set: string | null };
  window: { to: number; requestedTo: number; lastDate: string; sessions: number; cut: string | null };
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
