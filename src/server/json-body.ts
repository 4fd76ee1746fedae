/**
 * Reading a POST body as text and as a JSON object, at the HTTP edge: bytes that are not UTF-8 are a 400
 * naming the body, the encoding found and the byte offset (they were read as U+FFFD replacement characters the
 * client never sent, as a query string's are refused), and a JSON object naming one key twice is a 400 naming
 * the key (`JSON.parse` keeps the last silently; a query parameter given twice is refused the same way).
 */
import { decodeText } from '../formats/decode.ts';
import { ImportError } from '../formats/errors.ts';
import { ApiError, badParam } from './errors.ts';

/**
 * The body's text; not UTF-8 (Latin-1 bytes, UTF-16) is a 400 naming the body.
 * @example bodyText(new TextEncoder().encode('hello')) // 'hello'
 */
export function bodyText(bytes: Uint8Array): string {
  try {
    return decodeText(bytes, 'body');
  } catch (err) {
    if (err instanceof ImportError)
      throw new ApiError(400, `invalid body: ${err.reason.replace(/: convert it.*$/, '')}`, 'body', {
        cause: err,
      });
    throw err;
  }
}

/**
 * The first key a JSON object's top level names twice, or undefined (the text is valid JSON: parse it first).
 * @example duplicateKey('{"text":"a","text":"b"}') // 'text'
 */
export function duplicateKey(json: string): string | undefined {
  const seen = new Set<string>();
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === '"') {
      let j = i + 1;
      while (json[j] !== '"') j += json[j] === '\\' ? 2 : 1;
      if (depth === 1 && /^\s*:/.test(json.slice(j + 1, j + 40))) {
        const key = JSON.parse(json.slice(i, j + 1)) as string;
        if (seen.has(key)) return key;
        seen.add(key);
      }
      i = j;
    }
  }
  return undefined;
}

/** Throws a 400 naming the first top-level key `json` gives twice. */
export function checkDuplicateKeys(json: string): void {
  const k = duplicateKey(json);
  if (k !== undefined) throw badParam(k, 'given more than once in the JSON body');
}
