/**
 * One sentence → its claims. Headlines and quotations are not read; a sentence with no percentage, point
 * difference, amount of money or record phrase is not a quantitative claim. Otherwise each number makes a
 * claim (./quantity-claim.ts) with its window: the clause's own, else the one an earlier clause used, else
 * the next one in the sentence, "over the same period" the previous sentence's, else the default (since
 * --event through --to for returns; the week reacting to --event for flows). Size classes become readings.
 */
import type { ClaimConventions, ClaimWindow } from '../claim.ts';
import type {
  ClaimReadings,
  ClaimSubject,
  ReadClaim,
  ReadOptions,
  ReadSentence,
  TextSpan,
} from '../claim-read.ts';
import { clauses, normalise, spanOf, unquote } from './clauses.ts';
import { comparatorFor, comparatorWordsBefore, signed, toleranceFor } from './comparators.ts';
import { statedConventions } from './conventions.ts';
import { claimUnitOf, findQuantities } from './numbers.ts';
import { type Carry, quantityClaim } from './quantity-claim.ts';
import { expandSubjects, readingsWhy } from './readings.ts';
import { recordClaim } from './record-claim.ts';
import { findRecords, type RecordHit } from './records.ts';
import type { Piece } from './split.ts';
import { DEFAULT_FUNDS, type FundName, findSubjects, subjectKey } from './subjects.ts';
import { findVerbs } from './verbs.ts';
import { findWindows, type WindowHit } from './windows.ts';

/** What carries from one sentence to the next: its last window and subject. */
export interface ArticleContext {
  window?: ClaimWindow;
  subject?: ClaimSubject;
}

const BULLET = /^\s*(?:[-*•]|\d{1,2}[.)])\s+/;
const NQ = 'not a quantitative claim';
const PART_OF = /\b(?:of\s+(?:that|it|which|them|this)|the\s+bulk|most\s+of|much\s+of|some\s+of)\b/i;

function defaultWindow(metric: string, o: ReadOptions): ClaimWindow | undefined {
  if (!o.event) return undefined;
  if (metric === 'flow') return { kind: 'week', event: o.event };
  return { kind: 'since', event: o.event, ...(o.to ? { to: o.to } : {}) };
}

function pickWindow(
  hits: WindowHit[],
  seg: { start: number; end: number },
  at: { start: number; end: number },
  metric: string,
  partOf: boolean,
  carried: { window?: ClaimWindow },
  ctx: ArticleContext,
  o: ReadOptions,
): { window?: ClaimWindow; source: ReadClaim['windowSource']; missing?: string } {
  // The clause's window phrases, nearest to the number first ("rose 2.1% on Thursday, taking its gain since
  // the election to 13%": Thursday for 2.1%, since the election for 13%).
  const gap = (h: WindowHit) => (h.end <= at.start ? at.start - h.end : h.start - at.end);
  const own = hits.filter((h) => h.start >= seg.start && h.end <= seg.end).sort((a, b) => gap(a) - gap(b));
  const part = own.find((h) => h.part)?.part;
  let window = (own.find((h) => h.window && !h.endOnly) ?? own.find((h) => h.window))?.window;
  // "since the election, through Nov. 15": the end date ends the sentence's "since" window.
  const end = hits.find((h) => h.endOnly)?.window;
  if (window?.kind === 'since' && end?.kind === 'since') window = { ...window, to: end.to };
  if (window?.kind === 'since' && !window.event) return { source: 'sentence', missing: 'the event' };
  let source: ReadClaim['windowSource'] = 'sentence';
  if (!window && (own.some((h) => h.same) || (!carried.window && hits.some((h) => h.same)))) {
    window = ctx.window;
    source = 'carried';
  }
  if (!window && carried.window) [window, source] = [carried.window, 'carried'];
  if (!window) {
    const earlier = hits.filter((h) => h.window && h.end <= seg.start);
    const near = earlier[earlier.length - 1] ?? hits.find((h) => h.window && h.start >= seg.end);
    if (near) [window, source] = [near.window, 'carried'];
  }
  const missing = own.find((h) => h.needsEvent)?.needsEvent ?? hits.find((h) => h.needsEvent)?.needsEvent;
  // "… $6.5bn last week, $5.5bn of it since the election": part of the week, not a new window.
  if (metric === 'flow' && window?.kind === 'since' && carried.window?.kind === 'week' && partOf)
    window = { ...carried.window, part: 'after' };
  if (!window && missing) return { source, missing };
  if (!window) [window, source] = [defaultWindow(metric, o), part ? 'sentence' : 'default'];
  if (metric === 'flow' && part && window) {
    if (window.kind === 'week') window = { ...window, part };
    else if (window.kind === 'since') window = { kind: 'week', event: window.event, part };
  }
  return { window, source };
}

/**
 * Puts a record phrase on the claim it speaks of: a gap, spread or margin → the first spread or excess
 * return; inflows/outflows → the first flow; otherwise the claim of its own clause, else the sentence's first.
 */
function attachRecord(r: RecordHit, claims: ClaimReadings[], parts: TextSpan[], offset: number): void {
  const metric = (c: ClaimReadings) => c.readings[0].metric;
  const w = r.record.words;
  let target: ClaimReadings | undefined;
  if (/gap|spread|margin|outperformance/i.test(w))
    target = claims.find((c) => metric(c) === 'spread' || metric(c) === 'excess-return');
  else if (/inflow|outflow|intake/i.test(w)) target = claims.find((c) => metric(c) === 'flow');
  const seg = parts[spanOf(parts, r.start)];
  const at = (c: ClaimReadings) => c.readings[0].span.start - offset;
  target ??= claims.find((c) => at(c) >= seg.start && at(c) < seg.end) ?? claims[0];
  if (target) for (const x of target.readings) x.record ??= r.record;
}

/**
 * Reads one sentence (a piece of the article) into claims; updates `ctx` for the next sentence.
 * @example readSentence(piece, 0, { event: '2016-11-08', to: '2016-11-15' }, {})
 */
export function readSentence(piece: Piece, index: number, o: ReadOptions, ctx: ArticleContext): ReadSentence {
  const base = { index, text: piece.text, span: { start: piece.start, end: piece.end } };
  if (piece.form === 'headline')
    return {
      ...base,
      form: 'headline',
      status: NQ,
      claims: [],
      reason: 'a headline: its numbers are checked where the body states them',
    };
  const norm = normalise(piece.text).replace(BULLET, (m) => ' '.repeat(m.length));
  const uq = unquote(norm);
  const t = uq.text;
  const form = uq.quoted > 0.5 ? 'quote' : piece.form;
  const records = findRecords(t);
  const subjects = findSubjects(t, (o.funds ?? DEFAULT_FUNDS) as FundName[]).filter(
    (h) => !records.some((r) => h.start < r.end && h.end > r.start),
  );
  const overlaps = (a: { start: number; end: number }) =>
    subjects.some((h) => a.start < h.end && a.end > h.start);
  const quantities = findQuantities(t).filter((q) => !overlaps(q));
  if (quantities.length === 0 && records.length === 0) {
    const reason = form === 'quote' ? 'a quotation: attributed opinion is not checked' : 'no number to check';
    return { ...base, form, status: NQ, claims: [], reason };
  }
  const verbs = findVerbs(t).filter((v) => !overlaps(v));
  const windows = findWindows(t, o).filter((w) => !records.some((r) => w.start < r.end && w.end > r.start));
  const parts = clauses(t);
  const out: ClaimReadings[] = [];
  const problems: string[] = [];
  const carry: Carry & { window?: ClaimWindow } = {};
  const prefix = `${o.idPrefix ?? 's'}${index + 1}`;
  for (const q of quantities) {
    const seg = parts[spanOf(parts, q.start)];
    const qc = quantityClaim(t, q, seg, subjects, verbs, carry, ctx.subject);
    if (typeof qc === 'string') {
      problems.push(qc);
      continue;
    }
    const partOf = PART_OF.test(t.slice(seg.start, seg.end));
    const w = pickWindow(windows, seg, q, qc.metric, partOf, carry, ctx, o);
    if (!w.window) {
      problems.push(
        w.missing
          ? `names an event (${JSON.stringify(w.missing)}) but no --event DATE was given`
          : 'says no period and no --event DATE was given',
      );
      continue;
    }
    const cw = comparatorWordsBefore(t, q.start);
    const mag = Math.abs(q.value);
    // A fraction in words ("a fifth") is approximate: read as "about" unless other words say more.
    const words = cw?.words ?? (q.fraction ? 'about' : undefined);
    const comparator = signed(comparatorFor(mag, q.halfUnit, words, q.high), qc.sign);
    if (q.fraction) comparator.words = cw ? `${cw.words} ${q.written}` : q.written;
    const stated = qc.sign * (q.high === undefined ? mag : (mag + q.high) / 2);
    let metric = qc.metric;
    const conventions: ClaimConventions = statedConventions(t, qc.metric);
    const sub = qc.subjects;
    if (
      metric === 'spread' &&
      sub[1]?.kind === 'security' &&
      sub[1].id === '^GSPC' &&
      sub[0].kind.startsWith('size')
    ) {
      metric = 'excess-return';
      conventions.market = '^GSPC';
    }
    const span = { start: piece.start + q.start, end: piece.start + q.end };
    const id = `${prefix}-${out.length + 1}`;
    const readings = expandSubjects(sub).map(
      (subs, r, all): ReadClaim => ({
        id: all.length > 1 ? `${id}${'abcdefgh'[r]}` : id,
        text: piece.text,
        metric,
        subjects: subs.map(subjectKey),
        parsedSubjects: subs,
        ...(qc.target ? { target: qc.target } : {}),
        window: w.window as ClaimWindow,
        windowSource: w.source,
        stated,
        unit: metric === 'spread' || metric === 'excess-return' ? 'pp' : claimUnitOf(q),
        tolerance: toleranceFor(comparator, stated),
        conventions: { ...conventions },
        comparator,
        precision: { written: q.written, decimals: q.decimals, halfUnit: q.halfUnit },
        ...(q.unit === 'money' ? { currency: q.currency ?? 'USD' } : {}),
        signSource: qc.signSource,
        span,
        numberSpans: [span],
      }),
    );
    const why = readingsWhy(sub);
    out.push({ id, readings, ...(why ? { why } : {}) });
    if (qc.metric === 'spread' || qc.metric === 'excess-return') {
      carry.target = sub[1] ?? (qc.target === 'universe' ? { kind: 'universe' } : { kind: 'market' });
      carry.subject = sub[0];
    } else if (!carry.target) carry.subject = sub[0];
    carry.verb = qc.verb;
    carry.window = w.window;
  }
  for (const r of records) attachRecord(r, out, parts, piece.start);
  if (quantities.length === 0) {
    const rc = recordClaim(piece, t, index, subjects, windows, records[0], o, ctx);
    if (typeof rc === 'string') problems.push(rc);
    else {
      out.push(rc);
      carry.subject = rc.readings[0].parsedSubjects[0];
      carry.window = rc.readings[0].window;
    }
  }
  if (carry.window) ctx.window = carry.window;
  if (carry.subject) ctx.subject = carry.subject;
  if (out.length === 0) {
    if (subjects.length === 0)
      return {
        ...base,
        form,
        status: NQ,
        claims: [],
        reason: `numbers, but nothing capgap measures: ${problems.join('; ')}`,
      };
    if (problems.every((p) => /^(a forecast|not a return|a level)/.test(p)))
      return { ...base, form, status: NQ, claims: [], reason: problems.join('; ') };
    return { ...base, form, status: 'unreadable', claims: [], reason: problems.join('; ') };
  }
  return {
    ...base,
    form,
    status: 'claims',
    claims: out,
    ...(problems.length ? { reason: problems.join('; ') } : {}),
  };
}
