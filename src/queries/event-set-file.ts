/**
 * Event sets for the event commands: a built-in set by name, or a user's CSV/JSON file read like an import.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ALL_EVENT_SETS, eventSet, type MarketEvent } from '../events/event-sets.ts';
import { parseEventsCsv, parseEventsJson } from '../events/parse-events.ts';
import { decodeText } from '../formats/decode.ts';

/**
 * An event set by built-in name (elections, midterms, brexit) or a CSV/JSON file (../events/parse-events.ts).
 * @example loadEventSet('elections').length // 25
 */
export function loadEventSet(nameOrPath: string): MarketEvent[] {
  if (ALL_EVENT_SETS.includes(nameOrPath)) return eventSet(nameOrPath);
  if (!existsSync(nameOrPath)) {
    throw new Error(
      `invalid event set: ${JSON.stringify(nameOrPath)}; expected ${ALL_EVENT_SETS.join(', ')} or a CSV/JSON file`,
    );
  }
  const file = basename(nameOrPath);
  // Read like an import: gzip by its magic bytes, the encoding sniffed (formats/decode.ts).
  const text = decodeText(readFileSync(nameOrPath), file);
  return /\.json(\.gz)?$/i.test(nameOrPath)
    ? parseEventsJson(text, { file })
    : parseEventsCsv(text, { file });
}
