/**
 * Whether an event snapshot answers at all: `capgap report` (exit 1) and `GET /api/report` (422) refuse a
 * report with no number in it, in the same words.
 */
import type { EventSnapshot } from '../findings/snapshot-types.ts';

/**
 * Why the snapshot holds no number (no index return, no size window, no month spread), from its notes, or
 * undefined when it holds one.
 * @example unanswered(eventSnapshot(inputs, { event: '2030-01-01' })) // 'no data answers the event 2030-01-01: ^RUT: …'
 */
export function unanswered(s: EventSnapshot): string | undefined {
  if (s.size !== null || s.spreads.length > 0 || s.indices.some((i) => i.returns.length > 0))
    return undefined;
  return `no data answers the event ${s.eventDate}: ${s.notes.join('; ')}; see \`capgap datasets\` for what the store holds`;
}
