// Data-quality flags beside the numbers that depend on suspect inputs (docs/quality.md).

export { type Figure, figureFlags } from './figure-flags.ts';
export {
  FLAG_KINDS,
  type FlagEffect,
  type FlagKind,
  flagLines,
  listDates,
  type QualityFlag,
  withArticle,
} from './flags.ts';
export { collapseShared, mergeFlags } from './merge.ts';
export { type ReturnRow, studyFlags } from './study-flags.ts';
export { type SeriesAnchor, t0Flags } from './t0-flags.ts';
export { type FlagSeries, type FlagWindow, type WindowFlagOptions, windowFlags } from './window-flags.ts';
