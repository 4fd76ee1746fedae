/**
 * Readings of subjects a careful reader would also find open: "small caps" (the Russell 2000, or the
 * smallest 30% of US stocks), "large caps" (the S&P 500, or the largest 30%), "mega caps" (the largest
 * tenth), "micro caps" (the smallest tenth), "mid caps" (the S&P MidCap 400); and "their peers at the
 * opposite end of the market capitalisation spectrum", which is the opposite size group of the same size.
 * Each reading becomes its own claim; the checker evaluates each.
 */
import type { ClaimSubject, ReadClaim } from '../claim-read.ts';
import { subjectKey } from './subjects.ts';

/** The readings of a size class, in order of likelihood, with the words that explain them. */
export const SIZE_CLASS_READINGS: Record<string, { subject: ClaimSubject; means: string }[]> = {
  small: [
    { subject: { kind: 'security', id: '^RUT' }, means: 'the Russell 2000' },
    { subject: { kind: 'size-group', side: 'small', fraction: 0.3 }, means: 'the smallest 30% of US stocks' },
  ],
  large: [
    { subject: { kind: 'security', id: '^GSPC' }, means: 'the S&P 500' },
    { subject: { kind: 'size-group', side: 'large', fraction: 0.3 }, means: 'the largest 30% of US stocks' },
  ],
  mega: [
    {
      subject: { kind: 'size-group', side: 'large', fraction: 0.1 },
      means: 'the largest tenth of US stocks',
    },
  ],
  micro: [
    {
      subject: { kind: 'size-group', side: 'small', fraction: 0.1 },
      means: 'the smallest tenth of US stocks',
    },
  ],
  mid: [{ subject: { kind: 'security', id: '^SP400' }, means: 'the S&P MidCap 400' }],
};

/** The readings of a size class with a style ("small-cap value stocks"): the style indexes, through their ETFs. */
export const STYLE_READINGS: Record<string, { subject: ClaimSubject; means: string }[]> = {
  'small value': [
    { subject: { kind: 'security', id: 'IWN' }, means: 'the Russell 2000 Value (its ETF, IWN)' },
    { subject: { kind: 'security', id: 'IJS' }, means: 'the S&P SmallCap 600 Value (its ETF, IJS)' },
  ],
  'small growth': [
    { subject: { kind: 'security', id: 'IWO' }, means: 'the Russell 2000 Growth (its ETF, IWO)' },
    { subject: { kind: 'security', id: 'IJT' }, means: 'the S&P SmallCap 600 Growth (its ETF, IJT)' },
  ],
  'large value': [
    { subject: { kind: 'security', id: 'IWD' }, means: 'the Russell 1000 Value (its ETF, IWD)' },
  ],
  'large growth': [
    { subject: { kind: 'security', id: 'IWF' }, means: 'the Russell 1000 Growth (its ETF, IWF)' },
  ],
  // "Value stocks" of no size: the broad style indexes a desk quotes, the Russell 1000's (IWD, IWF).
  'all value': [{ subject: { kind: 'security', id: 'IWD' }, means: 'the Russell 1000 Value (its ETF, IWD)' }],
  'all growth': [
    { subject: { kind: 'security', id: 'IWF' }, means: 'the Russell 1000 Growth (its ETF, IWF)' },
  ],
};

/** The readings of a size class, styled or not. */
function classReadings(s: ClaimSubject): { subject: ClaimSubject; means: string }[] | undefined {
  if (s.kind !== 'size-class') return undefined;
  return s.style ? STYLE_READINGS[`${s.size} ${s.style}`] : SIZE_CLASS_READINGS[s.size];
}

/**
 * True when one subject is a size class that reads first as the other ("Small caps …, leaving the Russell 2000
 * …": one side, not small caps against the Russell 2000).
 * @example sameFirstReading({ kind: 'size-class', size: 'small' }, { kind: 'security', id: '^RUT' }) // true
 */
export function sameFirstReading(a: ClaimSubject, b: ClaimSubject): boolean {
  const first = (c: ClaimSubject, o: ClaimSubject) => {
    const r = classReadings(c)?.[0]?.subject;
    return r?.kind === 'security' && o.kind === 'security' && r.id === o.id;
  };
  return first(a, b) || first(b, a);
}

/** The names of the indexes a size class reads as first, as a sentence writes them. */
const NAMED_INDEX: Record<string, RegExp> = {
  '^RUT': /\bRussell\s+2000\b(?!\s+(?:value|growth)\b)/i,
  '^GSPC': /\bS&P\s+500\b(?!\s+(?:value|growth|equal)\b)/i,
  '^SP400': /\bS&P\s+(?:MidCap\s+)?400\b/i,
};

/**
 * True when the sentence names the index each open size class reads as first ("Small caps beat large caps by
 * 5.1 points in November, the Russell 2000's best month relative to the S&P 500"): that reading alone.
 */
function pinned(subjects: readonly ClaimSubject[], t: string | undefined): boolean {
  const open = subjects.filter((s) => (classReadings(s)?.length ?? 0) > 1);
  return (
    !!t &&
    open.length > 0 &&
    open.every((c) => {
      const first = classReadings(c)?.[0]?.subject;
      return first?.kind === 'security' && !!NAMED_INDEX[first.id]?.test(t);
    })
  );
}

/** Why a reading list has several entries (or one, when the sentence names the index), in words. */
export function readingsWhy(subjects: readonly ClaimSubject[], t?: string): string | undefined {
  const classes = subjects.filter((s) => s.kind === 'size-class');
  if (classes.length === 0) return undefined;
  const one = pinned(subjects, t);
  return classes
    .map((c) => {
      const { size, style } = c as { size: string; style?: string };
      const r = classReadings(c) ?? [];
      const named = size === 'all' ? `${style} stocks` : style ? `${size}-cap ${style}` : `${size} caps`;
      if (one && r.length > 1) return `"${named}" read as ${r[0].means}, which the sentence names`;
      return `"${named}" has no stated ${style ? 'index' : 'cut-off'}: read as ${r.map((x) => x.means).join(' or as ')}`;
    })
    .join('; ');
}

/**
 * The opposite of a subject at the other end of the size spectrum, or null when it has none.
 * @example opposite({ kind: 'size-group', side: 'small', fraction: 0.1 }) // { kind: 'size-group', side: 'large', fraction: 0.1 }
 */
export function opposite(s: ClaimSubject): ClaimSubject | null {
  if (s.kind === 'size-group') return { ...s, side: s.side === 'small' ? 'large' : 'small' };
  if (s.kind === 'sector' && s.size) return { ...s, size: s.size === 'small' ? 'large' : 'small' };
  if (s.kind === 'region' && s.leg !== 'market') return { ...s, leg: s.leg === 'small' ? 'large' : 'small' };
  if (s.kind === 'unheld') return s;
  if (s.kind === 'size-class' && !s.style) {
    const o = { small: 'large', large: 'small', micro: 'mega', mega: 'micro' }[s.size as string];
    return o ? { kind: 'size-class', size: o as 'small' } : null;
  }
  return null;
}

/**
 * Every combination of readings of a claim's subjects (size classes expanded; other subjects as is).
 * Paired classes expand together ("small caps beat large caps": Russell 2000 vs S&P 500, or 30% vs 30%); a
 * sentence `t` that names the indexes keeps their reading alone.
 * @example expandSubjects([{ kind: 'size-class', size: 'small' }]).length // 2
 */
export function expandSubjects(subjects: readonly ClaimSubject[], t?: string): ClaimSubject[][] {
  const n = pinned(subjects, t) ? 1 : Math.max(1, ...subjects.map((s) => classReadings(s)?.length ?? 1));
  const out: ClaimSubject[][] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      subjects.map((s) => {
        const r = classReadings(s);
        return r ? r[Math.min(i, r.length - 1)].subject : s;
      }),
    );
  }
  return out;
}

/** The fields of a record claim, which states no number of its own: a count, exact, under no convention. */
export function recordFields() {
  return {
    stated: Number.NaN,
    unit: 'count' as const,
    tolerance: 0,
    conventions: {},
    comparator: { kind: 'eq' as const },
    precision: { written: '', decimals: 0, halfUnit: 0 },
    signSource: 'none' as const,
  };
}

/** A claim with its subjects left out: what each reading of a claim with no number of its own says alike. */
export type SubjectsLeftOut = Omit<ReadClaim, 'id' | 'text' | 'subjects' | 'parsedSubjects'>;

/**
 * One reading of `claim` for each set of subjects in `every` (`expandSubjects`), with the ids `${id}a`,
 * `${id}b` … when there are several.
 * @example readingsOf('s3-1', text, [[^RUT], [smallest 30%]], claim).map((r) => r.id) // ['s3-1a', 's3-1b']
 */
export function readingsOf(
  id: string,
  text: string,
  every: readonly ClaimSubject[][],
  claim: SubjectsLeftOut,
): ReadClaim[] {
  return every.map((subs, i) => ({
    id: every.length > 1 ? `${id}${'abcdefgh'[i]}` : id,
    text,
    subjects: subs.map(subjectKey),
    parsedSubjects: subs,
    ...claim,
  }));
}
