/**
 * A rendered chart: its SVG, the words around it, and the findings its numbers come from.
 */

/** One chart of a report. */
export interface Chart {
  /** File-name-safe id: 'size-cumulative', 'indices-since'. */
  id: string;
  title: string;
  /** Standalone SVG document (inline in HTML, rasterised to PNG for Markdown). */
  svg: string;
  /** One-line description for alt text and captions. */
  alt: string;
  /** Path of the PNG relative to the report, once written (Markdown links it). */
  png?: string;
  /** Ids of the findings whose numbers the chart shows, if any. */
  findings?: string[];
}

/** Options every chart takes. */
export interface ChartOptions {
  /** Source line; defaults to the chart's data source in words. */
  source?: string;
  /** Width in px; defaults to 720. */
  width?: number;
  /** Height of the plot body in px; defaults to 340. */
  height?: number;
}

/** A chart id from words: 'Indices since the election' → 'indices-since-the-election'. */
export function chartId(words: string): string {
  return words
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
