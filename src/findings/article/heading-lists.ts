/**
 * Lists under a heading that are no claims: links to other stories under "Most read", "Related stories" …
 * (./boilerplate.ts `isLinkHeading`: up to the next sentence with a final stop, or a table), and a wire's agenda
 * under "Key events this week:", "Coming up:", "What to watch:" (its bullets: coming events, whose weekdays
 * are no period the article speaks of; the list ends at the first piece that is no bullet).
 */
import { isLinkHeading } from './boilerplate.ts';
import { SENTENCE_END } from './footnote-marks.ts';
import type { Piece } from './split.ts';

/** A heading over a list of coming events. */
const AGENDA_HEADING =
  /^(?:key\s+events?(?:\s+(?:this|next)\s+week)?|events\s+to\s+watch(?:\s+this\s+week)?|(?:the\s+)?week\s+ahead|coming\s+up(?:\s+this\s+week)?|what\s+to\s+watch(?:\s+(?:this|next)\s+week)?|(?:the\s+)?(?:economic\s+)?calendar|on\s+the\s+(?:agenda|calendar|docket)|(?:key\s+)?(?:data|earnings)\s+(?:due|ahead|to\s+watch)(?:\s+this\s+week)?)\s*:?$/i;

/** The list a piece is under: its heading's words, and whether it lists links or coming events. */
export interface HeadingList {
  heading: string;
  kind: 'links' | 'agenda';
}

const bare = (t: string) => t.replace(/[\s:#*_]+$|^[\s#>*_-]+/g, '');

/**
 * The list piece `p` is under, given the list the piece before it was under (`table`: the piece is a table's).
 * @example listAt(undefined, { text: 'Key events this week:', form: 'sentence' }, false) // { heading: 'Key events this week', kind: 'agenda' }
 */
export function listAt(
  list: HeadingList | undefined,
  p: Pick<Piece, 'text' | 'form'>,
  table: boolean,
): HeadingList | undefined {
  if (isLinkHeading(p.text)) return { heading: bare(p.text), kind: 'links' };
  if (p.text.length <= 60 && AGENDA_HEADING.test(bare(p.text)))
    return { heading: bare(p.text), kind: 'agenda' };
  if (list?.kind === 'links') return SENTENCE_END.test(p.text) || table ? undefined : list;
  return list?.kind === 'agenda' && p.form === 'bullet' ? list : undefined;
}

/**
 * Why piece `text` under `list` is no claim.
 * @example listReason({ heading: 'Key events this week', kind: 'agenda' }, '- US PPI, Friday') // 'a coming event …'
 */
export function listReason(list: HeadingList, text: string): string {
  const heads = list.heading === bare(text);
  if (list.kind === 'links')
    return heads
      ? 'a heading over links to other stories'
      : `a link to another story (under "${list.heading}"): its numbers are that story’s`;
  return heads
    ? 'a heading over a list of coming events'
    : `a coming event (under "${list.heading}"): an agenda, no claim, and no day the article speaks of`;
}
