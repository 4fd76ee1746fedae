/**
 * The article corpus (test/fixtures/articles/*.yaml) for tests: each file's options and its article
 * text, built from the sentences as written (sentences joined by a space, bullet paragraphs by line
 * breaks, paragraphs by blank lines). The reader's parse tests and the checker's verdict tests share it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type PreparedArticle, prepareArticle } from '../../../src/findings/article/prepare.ts';

/** One expected claim of a corpus sentence (see test/fixtures/articles/README.md). */
export interface ExpectedClaim {
  metric: string;
  subjects?: string[];
  readings?: string[][];
  target?: string;
  window: Record<string, unknown>;
  comparator?: string;
  stated?: number;
  unit?: string;
  record?: string;
  /** 'annual' for a compound annual rate ("10.2% annualized"): test/findings/reference/corpus-returns.py too. */
  rate?: string;
  /** A distance's reference high or low (src/findings/claim.ts, Extreme), without its words. */
  extreme?: { side: string; from?: string; to?: string; lookback?: number };
  expected_verdict?: string;
}

/** One corpus sentence: its text and what a careful reader reads in it. */
export interface ExpectedSentence {
  text: string;
  form?: string;
  expect?: string;
  /** The reason a sentence read as no claim gives (the fourth round's raw articles). */
  why?: string;
  claims?: ExpectedClaim[];
}

/** One corpus file. */
export interface CorpusArticle {
  file: string;
  style: string;
  event: string;
  to?: string;
  text: string;
  sentences: ExpectedSentence[];
  /** A morning note's (a next-day story's): `to` is the session before its date, its "yesterday" (ReadOptions). */
  morning?: true;
  /** A whole article as pasted (`source:` a file under raw/): how it was prepared, and what was expected. */
  raw?: {
    prepared: PreparedArticle;
    format: string;
    dateFrom?: string;
    yearFrom?: string;
    inferEvent?: boolean;
  };
}

/** The corpus folder. */
export const CORPUS_DIR = new URL('../../fixtures/articles/', import.meta.url).pathname;

/** The article text of paragraphs of sentences. */
export function articleText(paragraphs: ExpectedSentence[][]): string {
  return paragraphs
    .map((p) => p.map((s) => s.text).join(p.some((s) => s.form === 'bullet') ? '\n' : ' '))
    .join('\n\n');
}

/**
 * Every corpus file, in name order. A file with `paragraphs` gives its sentences, joined into the text;
 * a file with `source` (the fourth round) names a whole article as pasted under raw/ (text, HTML or
 * Markdown) and lists its `sentences` as the reader should find them.
 */
export function loadCorpus(): CorpusArticle[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const doc = parse(readFileSync(join(CORPUS_DIR, file), 'utf8'));
      if (doc.source) {
        // A whole article as pasted: read from its file as the CLI reads it (no --to: its own date).
        // `infer_event: true`: read as the CLI reads it with no --event either (the event from its words).
        const prepared = prepareArticle(
          readFileSync(join(CORPUS_DIR, doc.source), 'utf8'),
          doc.infer_event ? {} : { event: doc.event },
        );
        return {
          file,
          style: doc.style,
          event: doc.event,
          to: doc.to,
          ...(prepared.morningOf ? { morning: true as const } : {}),
          text: prepared.text,
          sentences: doc.sentences as ExpectedSentence[],
          raw: {
            prepared,
            format: doc.format,
            dateFrom: doc.date_from,
            yearFrom: doc.year_from,
            inferEvent: !!doc.infer_event,
          },
        };
      }
      const paragraphs = doc.paragraphs as ExpectedSentence[][];
      return {
        file,
        style: doc.style,
        event: doc.event,
        to: doc.to,
        text: articleText(paragraphs),
        sentences: paragraphs.flat(),
      };
    });
}
