/**
 * A fund's own page: "iShares Russell 2000 ETF: November 2024 factsheet" over "1 month: 11.01%" and "The fund
 * gathered $8.2 billion …". The article's first headline naming one fund, and nothing else capgap measures,
 * gives that fund to the body's lines that name no subject (the context's subject, until a sentence names
 * another). A headline naming an index, or two things, gives nothing: a story's headline is no label.
 */
import type { ReadOptions, ReadSentence } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { normalise } from './clauses.ts';
import type { Piece } from './split.ts';
import { DEFAULT_FUNDS, type FundName, findSubjects } from './subjects.ts';

/**
 * `skip` as given, after the fund a first headline names becomes the context's subject (above).
 * @example titleFund(piece('iShares Russell 2000 ETF: November 2024 factsheet'), 0, ctx, o, skip) // ctx.subject: IWM
 */
export function titleFund<T extends Pick<ReadSentence, 'form'>>(
  piece: Piece,
  index: number,
  ctx: ArticleContext,
  o: ReadOptions,
  skip: T,
): T {
  if (index !== 0 || skip.form !== 'headline' || ctx.subject) return skip;
  const named = findSubjects(normalise(piece.text), (o.funds ?? DEFAULT_FUNDS) as FundName[]);
  const ids = new Set(named.map((h) => JSON.stringify(h.subject)));
  const only = ids.size === 1 ? named[0].subject : undefined;
  if (only?.kind === 'security' && !only.id.startsWith('^')) ctx.subject = only;
  return skip;
}
