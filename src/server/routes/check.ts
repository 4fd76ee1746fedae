/**
 * `/api/check`: checks an article (or one sentence) against the data, as `capgap check --text` does:
 * the reader (src/findings/article/read.ts) splits and reads it, the evaluator on the store and the
 * convention search give each claim a verdict.
 *   GET  /api/check?claim=SENTENCE&event=DATE[&to=DATE]   one sentence, at most 400 characters
 *   POST /api/check  {"text": "…", "event": "DATE", "to": "DATE", "format": "html"}   (application/json), or
 *        the article as text/plain, text/html or text/markdown with event/to/format as query parameters;
 *        at most MAX_ARTICLE_BYTES. The article is read as its text (HTML and Markdown too; the format is
 *        sniffed when not given) and dated by `to`, else by its own timestamp or dateline; the answer's
 *        `article` says how ({format, date, dateFrom, eventDate, eventFrom}) and its `text` is the text read.
 * The text is read by the grammar, never run. Bad input is a 400 naming the bad value.
 */
import type { Context, Hono } from 'hono';
import { articleFacts, prepareArticle, readOptionsOf } from '../../findings/article/prepare.ts';
import { readArticle } from '../../findings/article/read.ts';
import { ARTICLE_FORMATS, type ArticleFormat } from '../../findings/article/source-text.ts';
import { checkArticle } from '../../findings/check-article.ts';
import { articleJson } from '../../findings/check-render.ts';
import { makeEvaluator } from '../../findings/evaluate.ts';
import { storeClaimData } from '../../queries/claims-data.ts';
import { quote } from '../../quote.ts';
import { readEtfRegistry } from '../../store/etf-registry.ts';
import { answer, JSON_TYPE, type ServerState, toJson } from '../context.ts';
import { ApiError, badParam } from '../errors.ts';
import { bodyText, checkDuplicateKeys } from '../json-body.ts';
import { integer, isoDate, readQuery } from '../params.ts';
import { readBounded } from './import.ts';

/** Longest claim sentence accepted by GET. */
export const MAX_CLAIM_LENGTH = 400;
/** Largest article body accepted by POST, in bytes. */
export const MAX_ARTICLE_BYTES = 100_000;

interface CheckInput {
  text: string;
  event?: string;
  to?: string;
  maxShift: number;
  /** How the article is written; sniffed when absent (src/findings/article/source-text.ts). */
  format?: ArticleFormat;
}

function run(c: Context, state: ServerState, input: CheckInput): Promise<Response> {
  const { event, to, maxShift, format } = input;
  const key = `check|${event ?? ''}|${to ?? ''}|${maxShift}|${format ?? ''}|${input.text}`;
  return answer(c, state, key, JSON_TYPE, async () => {
    // The article as pasted (HTML, Markdown, text) read as its text, dated by `to` or its own dateline;
    // `text` in the answer is the text read, which the sentences' spans index.
    const p = prepareArticle(input.text, { format, event, to });
    const funds = await readEtfRegistry(state.store);
    const sentences = readArticle(p.text, { ...readOptionsOf(p), funds });
    const result = await checkArticle(sentences, makeEvaluator(storeClaimData(state.store)), {
      maxShift,
      asOf: p.to,
    });
    const article = articleFacts(p);
    return toJson({ text: p.text, article, ...(articleJson(result) as object) });
  });
}

function formatField(v: unknown): ArticleFormat | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !ARTICLE_FORMATS.includes(v as ArticleFormat))
    throw badParam('format', `${JSON.stringify(v)}; expected one of ${ARTICLE_FORMATS.join(', ')}`);
  return v as ArticleFormat;
}

function dateField(v: unknown, name: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string')
    throw badParam(
      name,
      `a JSON ${Array.isArray(v) ? 'array' : typeof v}; expected a date string YYYY-MM-DD`,
    );
  return isoDate(new Map([[name, v]]), name);
}

/** Registers GET and POST /api/check. */
export function registerCheck(app: Hono, state: ServerState): void {
  app.get('/api/check', (c) => {
    const q = readQuery(new URL(c.req.url), ['claim', 'event', 'to', 'maxShift']);
    const text = (q.get('claim') ?? '').trim();
    if (!text)
      throw badParam(
        'claim',
        'required; a sentence such as "The Russell 2000 rose 4.7% in the two sessions after the election"',
      );
    if (text.length > MAX_CLAIM_LENGTH)
      throw badParam(
        'claim',
        `${text.length} characters; at most ${MAX_CLAIM_LENGTH} (POST an article instead)`,
      );
    const event = q.has('event') ? isoDate(q, 'event') : undefined;
    const to = q.has('to') ? isoDate(q, 'to') : undefined;
    const maxShift = integer(q, 'maxShift', { min: 0, max: 5, fallback: 2 });
    return run(c, state, { text, event, to, maxShift });
  });

  app.post('/api/check', async (c) => {
    const q = readQuery(new URL(c.req.url), ['event', 'to', 'maxShift', 'format']);
    let format = formatField(q.get('format') ?? undefined);
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > MAX_ARTICLE_BYTES)
      throw new ApiError(413, `body of ${declared} bytes; at most ${MAX_ARTICLE_BYTES}`);
    // not UTF-8 is a 400 naming the body, never replacement characters (../json-body.ts)
    const body = bodyText(await readBounded(c.req.raw.body, MAX_ARTICLE_BYTES));
    const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    let text: string;
    let event = q.has('event') ? isoDate(q, 'event') : undefined;
    let to = q.has('to') ? isoDate(q, 'to') : undefined;
    if (type === 'application/json') {
      let doc: unknown;
      try {
        doc = JSON.parse(body);
      } catch (err) {
        throw new ApiError(400, `the body is not valid JSON: ${(err as Error).message}`, undefined, {
          cause: err,
        });
      }
      checkDuplicateKeys(body);
      if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw new ApiError(
          400,
          'expected a JSON object {"text": "…", "event": "YYYY-MM-DD", "to": "YYYY-MM-DD"}',
        );
      const d = doc as Record<string, unknown>;
      for (const k of Object.keys(d))
        if (!['text', 'event', 'to', 'format'].includes(k))
          throw badParam(k, `unknown field; expected "text", "event", "to" and "format"`);
      if (typeof d.text !== 'string') throw badParam('text', 'required: the article, a string');
      text = d.text;
      event = dateField(d.event, 'event') ?? event;
      to = dateField(d.to, 'to') ?? to;
      format = formatField(d.format) ?? format;
    } else if (type === 'text/plain' || type === '' || type === 'text/html' || type === 'text/markdown') {
      text = body;
      if (type === 'text/html') format ??= 'html';
      if (type === 'text/markdown') format ??= 'markdown';
    } else {
      throw new ApiError(
        400,
        `content-type ${quote(type)}; send application/json, text/plain, text/html or text/markdown`,
      );
    }
    if (!text.trim()) throw badParam('text', 'empty; send the article as the body');
    const maxShift = integer(q, 'maxShift', { min: 0, max: 5, fallback: 2 });
    return run(c, state, { text, event, to, maxShift, format });
  });
}
