/**
 * Event sets for the event commands: a built-in set by name, or a user's CSV/JSON file read like an import.
 */
import { basename } from 'node:path';
import { ALL_EVENT_SETS, eventSet, type MarketEvent } from '../events/event-sets.ts';
import { parseEventsCsv, parseEventsJson } from '../events/parse-events.ts';
import { decodeText } from '../formats/decode.ts';
import { ImportError } from '../formats/errors.ts';
import { readInputFile } from '../store/input-file.ts';

/**
 * An event set by built-in name (elections, midterms, brexit) or a CSV/JSON file (../events/parse-events.ts).
 * @example loadEventSet('elections').length // 25
 */
export function loadEventSet(nameOrPath: string): MarketEvent[] {
  if (ALL_EVENT_SETS.includes(nameOrPath)) return eventSet(nameOrPath);
  let bytes: Uint8Array;
  try {
    // a folder, a FIFO (which would wait forever), a loop or a file over the size limit: named, never read
    bytes = readInputFile(nameOrPath);
  } catch (err) {
    if (!(err instanceof ImportError && err.reason === 'no such file')) throw err;
    throw new Error(
      `invalid event set: ${JSON.stringify(nameOrPath)}; expected ${ALL_EVENT_SETS.join(', ')} or a CSV/JSON file`,
      { cause: err },
    );
  }
  const file = basename(nameOrPath);
  // Read like an import: gzip by its magic bytes, the encoding sniffed (formats/decode.ts).
  const text = decodeText(bytes, file);
  return /\.json(\.gz)?$/i.test(nameOrPath)
    ? parseEventsJson(text, { file })
    : parseEventsCsv(text, { file });
}
