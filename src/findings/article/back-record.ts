/**
 * A record a sentence of its own says of the claim before it, which the sentence reader (./record-claim.ts)
 * cannot see whole:
 * - "IWM took in $2bn last week. That was its best week on record.": the fund's weekly flows are ranked (the
 *   record's unit is money), not its returns;
 * - "The Russell 2000 fell 2.1% on Wednesday. That's a record.": a bare "a record" ranks the claim before,
 *   over its own window and in its direction (a fall is a worst);
 * - "It fell 4.4% on Friday. Small caps haven't had a day like this since 2020.": a fall's likeness is a worst;
 * - "The Russell 2000 is up 8.2% since Election Day vs +2.3% for the S&P 500. That's the widest post-election
 *   gap since 2016.": a gap with no one named is the gap between the two returns the sentence before stated.
 */
import type { ClaimReadings, ReadClaim, ReadSentence } from '../claim-read.ts';
import { normalise } from './clauses.ts';
import { returnPair } from './gap-claim.ts';
import { BACK } from './record-alone.ts';
import { signed } from './record-attach.ts';
import { findSubjects } from './subjects.ts';

/** "a record", "another record", "a new record": a record with no period, no measure and no one named. */
const BARE = /^(?:a|another|a\s+new|an\s+all-time)\s+record$/i;
/** A gap's words in the record: "the widest post-election gap since 2016", "the biggest margin since 2008". */
const GAP = /\b(?:gap|spread|margin|divergence)\b/i;

/**
 * `s` with a record said of the claim before it read as that claim's record (above); `s` itself otherwise.
 * @example backRecord(read('That's a record.'), read('IWM took in $2bn last week.')) // a record of IWM's flows that week
 */
export function backRecord(s: ReadSentence, prev: ReadSentence | undefined): ReadSentence {
  const t = normalise(s.text);
  if (s.status !== 'claims' || s.claims.length !== 1 || prev?.status !== 'claims' || !BACK.test(t)) return s;
  const c = s.claims[0];
  const own = c.readings[0];
  if (!c.readings.every((r) => r.metric === 'record' && r.record && r.windowSource !== 'sentence')) return s;
  if (own.record?.level || own.record?.streak !== undefined || own.record?.tally) return s;
  const lead = prev.claims.find((x) =>
    ['return', 'flow', 'spread', 'excess-return'].includes(x.readings[0].metric),
  );
  if (!lead) return s;
  const named = findSubjects(t).length > 0;
  const words = own.record?.words ?? '';
  // "Small caps haven't had a day like this since Nov 2022" after a fall: the worst day since.
  if (own.record?.likeThis === 'back')
    return lead.readings[0].stated < 0
      ? withReadings(
          s,
          c,
          c.readings.map((r) => ({ ...r, ...(r.record ? { record: signed(r.record, -1) } : {}) })),
          'the fall before',
        )
      : s;
  const pair = GAP.test(words) && !named ? twoReturns(prev) : undefined;
  if (pair)
    return withReadings(
      s,
      c,
      [asRecord(own, pair, pair.readings[0].window)],
      'the gap between the two returns before',
    );
  const flow = lead.readings[0].metric === 'flow';
  if (BARE.test(words) && !named)
    return withReadings(
      s,
      c,
      lead.readings.map((r, i) =>
        asRecord(own, { readings: [r] }, r.window, i, lead.readings.length, r.stated < 0),
      ),
      'the claim before',
    );
  // "That was its best week on record" after a flow: the fund's flows, not its returns.
  const same = own.subjects.join() === lead.readings[0].subjects.join();
  if (!flow || !same) return s;
  return withReadings(
    s,
    c,
    c.readings.map((r) => ({ ...r, unit: lead.readings[0].unit })),
    'the flow before',
  );

  function withReadings(
    s: ReadSentence,
    c: ClaimReadings,
    readings: ReadClaim[],
    what: string,
  ): ReadSentence {
    const why = `"${words}" ranks ${what}`;
    return { ...s, claims: [{ ...c, readings, why: c.why ? `${c.why}; ${why}` : why }] };
  }
  function asRecord(
    r: ReadClaim,
    from: { readings: ReadClaim[] },
    window: ReadClaim['window'],
    i = 0,
    n = 1,
    loss = false,
  ): ReadClaim {
    const record =
      r.record && loss
        ? { ...r.record, kind: 'worst-on-record' as const, direction: 'loss' as const }
        : r.record;
    return {
      ...r,
      id: n > 1 ? `${c.id}${'abcdefgh'[i]}` : c.id,
      subjects: from.readings.flatMap((x) => x.subjects),
      parsedSubjects: from.readings.flatMap((x) => x.parsedSubjects),
      window,
      windowSource: 'carried',
      unit: from.readings[0].metric === 'flow' ? from.readings[0].unit : r.unit,
      ...(record ? { record } : {}),
    };
  }
}

/** The two returns of one subject each, over one window, that `prev` stated first; or none. */
function twoReturns(prev: ReadSentence): { readings: ReadClaim[] } | undefined {
  const pair = returnPair(prev.claims.map((c) => c.readings[0]).filter((r) => r.metric === 'return'));
  return pair ? { readings: pair } : undefined;
}
