/**
 * `/api/check?claim=…`: checks one claim sentence against the data, as `capgap check --text` does for a
 * line (src/findings: the claim grammar, the evaluator on the store, the convention search). The sentence
 * is parsed by the grammar, never run; it is at most 400 characters.
 */
import type { Hono } from 'hono';
import { type ClaimVerdict, checkClaim } from '../../findings/check.ts';
import { parseClaimText } from '../../findings/claim-grammar.ts';
import { makeEvaluator } from '../../findings/evaluate.ts';
import { storeClaimData } from '../../queries/claims-data.ts';
import { answer, JSON_TYPE, type ServerState, toJson } from '../context.ts';
import { badParam } from '../errors.ts';
import { integer, isoDate, readQuery } from '../params.ts';

/** Longest claim sentence accepted. */
export const MAX_CLAIM_LENGTH = 400;

/** Registers /api/check. */
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
      throw badParam('claim', `${text.length} characters; at most ${MAX_CLAIM_LENGTH}`);
    if (/[\r\n]/.test(text)) throw badParam('claim', 'one sentence only (no line breaks)');
    const event = q.has('event') ? isoDate(q, 'event') : undefined;
    const to = q.has('to') ? isoDate(q, 'to') : undefined;
    const maxShift = integer(q, 'maxShift', { min: 0, max: 5, fallback: 2 });
    const key = `check|${event ?? ''}|${to ?? ''}|${maxShift}|${text}`;
    return answer(c, state, key, JSON_TYPE, async () => {
      const parsed = parseClaimText(text, { event, to, idPrefix: 'claim' });
      const verdicts: ClaimVerdict[] = [];
      if ('ambiguous' in parsed) {
        verdicts.push({
          id: 'claim-1',
          text,
          claim: null,
          verdict: 'ambiguous',
          matches: [],
          reason: parsed.ambiguous,
        });
      } else {
        const evaluator = makeEvaluator(storeClaimData(state.store));
        for (const claim of parsed.claims) verdicts.push(await checkClaim(claim, evaluator, { maxShift }));
      }
      return toJson({ text, verdicts });
    });
  });
}
