/**
 * What every renderer needs from a report: validated input, one sentence per finding and the numbered
 * footnotes of their conventions (shared by all formats so they number identically).
 */

import type { Footnote } from '../findings/footnotes.ts';
import { articleDate } from '../findings/format.ts';
import { type Sentence, writeSentences } from '../findings/sentences.ts';
import type { Report } from './report.ts';
import { validateReport } from './report.ts';

/** A report ready to render. */
export interface Prepared {
  report: Report;
  /** Sentence per finding id. */
  sentences: Map<string, Sentence>;
  footnotes: Footnote[];
  /** 'Nov. 8, 2016'. */
  eventDate: string;
}

/**
 * Validates and writes the sentences.
 * @example const p = prepare(report); p.sentences.get(report.findings[0].id)?.text
 */
export function prepare(report: Report): Prepared {
  validateReport(report);
  const { sentences, footnotes } = writeSentences(report.findings);
  const map = new Map<string, Sentence>();
  for (let i = 0; i < report.findings.length; i++) map.set(report.findings[i].id, sentences[i]);
  return { report, sentences: map, footnotes, eventDate: articleDate(report.event.date) };
}
