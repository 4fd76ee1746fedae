// capgap/findings: findings, sentences and claim checking: numbers with provenance (docs/report.md).
// Re-exports only this room; import it as `capgap/findings` to load nothing else.

export { readArticle } from './article/read.ts';
export {
  excessReturnFinding,
  flowFinding,
  type ReportEvent,
  returnFinding,
  spreadFinding,
  windowLabel,
} from './build.ts';
export {
  type ClaimVerdict,
  checkClaim,
  conventionSpace,
  type VerdictKind,
  verdictLine,
} from './check.ts';
export { type ArticleCheck, articleExitCode, checkArticle } from './check-article.ts';
export { reproduceCommand } from './check-command.ts';
export { articleJson, articleMarkdown, articleTable } from './check-render.ts';
export type { Claim, ClaimConventions, ClaimWindow } from './claim.ts';
export { parseClaims, readClaim } from './claim-file.ts';
export type {
  ClaimReadings,
  ClaimSubject,
  Comparator,
  ReadClaim,
  ReadOptions,
  ReadSentence,
  RecordPhrase,
} from './claim-read.ts';
export { FLOWS_COMMAND, makeEvaluator, STOCKS_COMMAND } from './evaluate.ts';
export type {
  CannotCheck,
  ClaimData,
  EvaluateFn,
  Evaluation,
  Evaluator,
  StockBucketQuery,
  StockBuckets,
} from './evaluator.ts';
export { eventSnapshot } from './event-snapshot.ts';
export type {
  Comparison,
  Conventions,
  Finding,
  Metric,
  Provenance,
  Significance,
  Unit,
} from './finding.ts';
export { type RecordContext as FindingRecord, validateFinding } from './finding.ts';
export { articleDate, pct, pp, signedPct, usd } from './format.ts';
export { monthSpread } from './month-spread.ts';
export { returnsSince } from './returns-since.ts';
export { type Sentence, sentenceFor, writeSentences } from './sentences.ts';
export { sizeWindow } from './size-window.ts';
export { type StatedRule, statedMatches } from './verdict-rules.ts';
