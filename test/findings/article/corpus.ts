/**
 * The article corpus (test/fixtures/articles/*.yaml) for tests: each file's options and its article
 * text, built from the sentences as written (sentences joined by a space, bullet paragraphs by line
 * breaks, paragraphs by blank lines). The reader's parse tests and the checker's verdict tests share it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

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
  expected_verdict?: string;
}

/** One corpus sentence: its text and what a careful reader reads in it. */
export interface ExpectedSentence {
  text: string;
  form?: string;
  expect?: string;
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
}

/** The corpus folder. */
export const CORPUS_DIR = new URL('../../fixtures/articles/', import.meta.url).pathname;

/** The article text of paragraphs of sentences. */
export function articleText(paragraphs: ExpectedSentence[][]): string {
  return paragraphs
    .map((p) => p.map((s) => s.text).join(p.some((s) => s.form === 'bullet') ? '\n' : ' '))
    .join('\n\n');
}

/** Every corpus file, in name order. */
export function loadCorpus(): CorpusArticle[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const doc = parse(readFileSync(join(CORPUS_DIR, file), 'utf8'));
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
