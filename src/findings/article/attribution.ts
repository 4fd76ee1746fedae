/**
 * Who a sentence quotes (./read-sentence.ts): the name beside "said", else an unnamed speaker; short scare
 * quotes inside a sentence ('the looming "fiscal cliff"') quote no one.
 */

const SAID_AFTER =
  /"[\s,]*(?:said|says|according\s+to|wrote|writes|added|noted)\s+(?:(?:the\s+|an?\s+)?(?:senior\s+|chief\s+|lead\s+|portfolio\s+)?(?:analyst|strategist|economist|trader|manager|investor|adviser|advisor)\s+)?((?:[A-Z][\w'.-]*\s*){1,4})|"[\s,]*((?:[A-Z][\w'.-]*\s+){1,4})(?:said|says|wrote|writes|added|noted)\b/;
const SAID_BEFORE =
  /\b((?:[A-Z][\w'.-]*\s+){1,4})(?:said|says|wrote|writes|told\s+\w+|noted|added)\s*[,:]?\s*"/;

/**
 * Who is quoted in a sentence with quotation marks: the name beside "said" ("said analyst Rob Kinsey": the
 * role word is not the name), else 'an unnamed speaker'.
 * @example attribution('"Small caps gained 3.1% today," said Jane Holt, a strategist.') // 'Jane Holt'
 */
export function attribution(t: string): string | undefined {
  if (!t.includes('"')) return undefined;
  const m = SAID_AFTER.exec(t) ?? SAID_BEFORE.exec(t);
  // Scare quotes or a title inside a sentence ('the looming "fiscal cliff"'), no one's words: short, no number.
  const quotes = t.match(/"[^"]*"/g) ?? [];
  const scare = quotes.length && quotes.every((q) => !/\d/.test(q) && q.split(/\s+/).length <= 4);
  if (!m && scare && !/^\s*"/.test(t)) return undefined;
  const who = (m?.[1] ?? m?.[2])?.trim().replace(/[,.]$/, '');
  return who || UNNAMED;
}

/** The speaker of a quotation no "said" names. */
export const UNNAMED = 'an unnamed speaker';
