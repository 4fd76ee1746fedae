/**
 * Readings of subjects a careful reader would also find open: "small caps" (the Russell 2000, or the
 * smallest 30% of US stocks), "large caps" (the S&P 500, or the largest 30%), "mega caps" (the largest
 * tenth), "micro caps" (the smallest tenth), "mid caps" (the S&P MidCap 400); and "their peers at the
 * opposite end of the market capitalisation spectrum", which is the opposite size group of the same size.
 * Each reading becomes its own claim; the checker evaluates each.
 */
import type { ClaimSubject } from '../claim-read.ts';

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

/** Why a reading list has several entries, in words. */
export function readingsWhy(subjects: readonly ClaimSubject[]): string | undefined {
  const classes = subjects.filter((s) => s.kind === 'size-class');
  if (classes.length === 0) return undefined;
  return classes
    .map((c) => {
      const size = (c as { size: string }).size;
      const r = SIZE_CLASS_READINGS[size];
      return `"${size} caps" has no stated cut-off: read as ${r.map((x) => x.means).join(' or as ')}`;
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
  if (s.kind === 'size-class') {
    const o = { small: 'large', large: 'small', micro: 'mega', mega: 'micro' }[s.size as string];
    return o ? { kind: 'size-class', size: o as 'small' } : null;
  }
  return null;
}

/**
 * Every combination of readings of a claim's subjects (size classes expanded; other subjects as is).
 * Paired classes expand together ("small caps beat large caps": Russell 2000 vs S&P 500, or 30% vs 30%).
 * @example expandSubjects([{ kind: 'size-class', size: 'small' }]).length // 2
 */
export function expandSubjects(subjects: readonly ClaimSubject[]): ClaimSubject[][] {
  const n = Math.max(
    1,
    ...subjects.map((s) => (s.kind === 'size-class' ? (SIZE_CLASS_READINGS[s.size]?.length ?? 1) : 1)),
  );
  const out: ClaimSubject[][] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      subjects.map((s) => {
        if (s.kind !== 'size-class') return s;
        const r = SIZE_CLASS_READINGS[s.size];
        return r ? r[Math.min(i, r.length - 1)].subject : s;
      }),
    );
  }
  return out;
}
