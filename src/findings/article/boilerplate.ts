/**
 * Page furniture that arrives with a pasted article and is never a claim, whatever numbers it holds:
 * bylines ("By Dana Whitcombe", "By Dana Whitcombe and Tom Reeve, Reuters"), reading times ("3 Min
 * Read"), timestamps and date lines ("Updated Nov. 10, 2016 4:32 p.m. ET", "Monday 27 June 2016 07.00
 * BST"), credits ("(Reporting by …; Editing by …)"), copyright lines ("© 2016 Reuters", "All rights
 * reserved"), links to other stories ("Read more: Small caps jump 10% in a week", "Related:", "See also",
 * "Sign up", "Click here"), photo captions and credits ("… REUTERS/Lucas Jackson", "Photo: …", "(AP
 * Photo/…)", "Getty Images"), advertising and sharing prompts, and disclaimers ("Past performance is no
 * guarantee…", "This article is for information only", "The views expressed…"). Each returns a short
 * reason for the reader. A piece that repeats another sentence's words (a pull quote, a standfirst set
 * again in the body) is read once, where the other sentence is: see `repeatOf`.
 */
import { LABEL_BAR } from './dateline.ts';
import { MONTH_RE } from './dates.ts';
import { SENTENCE_END } from './footnote-marks.ts';
import type { Piece } from './split.ts';

const NAME = "[A-Z][\\w.'\u2019-]*";
/** A byline: "By Jane Doe, Reuters", "By our markets desk, Dec. 1, 2016" (./split-lines.ts cuts around it). */
export const BYLINE = new RegExp(
  `^(?:[Bb]y(?:\\s+(?:the|a|an|our))?|[Ww]ords\\s+by|[Ww]ritten\\s+by|[Aa]nalysis\\s+by|[Ss]tory\\s+by)\\s+(?:(?:staff|special|senior)\\s+(?:writer|reporter|correspondent)s?\\b|(?:[a-z]+\\s+){1,2}(?:desk|team|staff|bureau)\\b|${NAME})(?:\\s+(?:${NAME}|and|&|de|van|von|der|la|le|al|bin|desk|team|staff|reporters),?)*(?:\\s*(?:,|\\||·|•|-|in)\\s*[A-Z0-9][\\w .,:'&/-]{0,60})?$`,
);
const FULL_DATE = `(?:\\d{4}-\\d{2}-\\d{2}|${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+\\d{4})`;
const DATE_LINE = new RegExp(
  `^${LABEL_BAR}(?:(?:updated|last\\s+updated|published|first\\s+published|posted|date)\\b[:\\s]*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?${FULL_DATE}(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?(?:\\s*\\([A-Z][A-Za-z .&'-]{1,30}\\))?(?:\\s*[|·/-]\\s*[^%]{0,40})?$`,
  'i',
);
/** One quote of a ticker tape: "RUT 2,228.15 -24.56 (-1.09%)", "S&P 500 5,702.55 ▼0.19%". */
const TAPE_ITEM =
  /(?:^|\s)[A-Z][A-Za-z0-9&.^]*(?:\s[A-Z0-9&][A-Za-z0-9&.]*){0,2}\s+\d{1,3}(?:,\d{3})*\.\d+\s+[-+▲▼]/g;

/**
 * A ticker tape pasted with the page: two or more quotes (name, level, change) and no words of a sentence.
 * The quotes are of an unstated moment, so they are no claim.
 */
function isTickerTape(t: string): boolean {
  return !/[a-z]{4,}/.test(t) && ((t.match(TAPE_ITEM)?.length ?? 0) >= 2 || ONE_QUOTE.test(t));
}

/** One quote on its own line (a ticker list item): "DOW 32,513.94 -646.89 -1.95%", "RUT 1,795.59 ▼2.68%". */
const ONE_QUOTE =
  /^[A-Z][A-Za-z0-9&.^]*(?:\s[A-Z0-9&][A-Za-z0-9&.]*){0,2}\s+\d{1,3}(?:,\d{3})*\.\d+\s+[-+▲▼]\d[\d,]*(?:\.\d+)?%?(?:\s+\(?[-+▲▼]?\d[\d,]*(?:\.\d+)?%\)?)?$/;

const RULES: [RegExp, string][] = [
  [BYLINE, 'a byline'],
  [
    /^(?:share(?:\s+(?:this(?:\s+(?:article|story|page))?|on\s+\w+|via\s+\w+))?|shares?|tweet|email|e-mail|print|copy\s+link|save(?:\s+(?:article|for\s+later))?|gift\s+(?:this\s+)?article|comments?|(?:\d[\d,.]*\s*[KkMm]?\s+)(?:shares|comments|likes|views|reactions|reads)|(?!(?:19|20)\d\d$)\d[\d,.]*\s*[KkMm]?)$/i,
    'sharing buttons or a count of shares or comments (page furniture)',
  ],
  [
    /^(?:live|watch\s+live|pinned(?:\s+post)?|listen|advertisement|ad|skip\s+to\s+content|key\s+events|show\s+key\s+events\s+only|show\s+all\s+(?:posts|updates)|permalink)$/i,
    'page furniture',
  ],
  [
    /^(?:[A-Z][\w.'-]*\s+){1,8}contributed(?:\s+reporting|\s+(?:to\s+)?this\s+(?:report|story|article))?\.?$/,
    'a reporting and editing credit',
  ],
  [/^(?:sign\s+up|subscribe|register)\s+(?:for|to|now)\b/i, 'a sign-up prompt (page furniture)'],
  [
    /^share(?:\b|(?=share))[^.!?\d]{0,80}$/i,
    'sharing buttons or a count of shares or comments (page furniture)',
  ],
  [/^(?:video|watch\s+now|watch)\s+\d{1,2}:\d{2}\b/i, 'a link to a video (page furniture)'],
  [/^\d{1,2}\s*(?:-\s*)?min(?:ute)?s?\s+read$/i, 'a reading time'],
  [/^(?:page\s+)?\d{1,4}\s*(?:of|\/)\s*\d{1,4}$|^page\s+\d{1,4}$/i, 'a page number'],
  [DATE_LINE, 'a timestamp: it dates the article, it makes no claim'],
  [
    /^(?:updated|published|posted|last\s+updated|first\s+published)\s*:?\s*(?:on\s+|at\s+)?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,7}\.?,?\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d))/i,
    'a timestamp: it dates the article, it makes no claim',
  ],
  [
    /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics?)\s+by\b/i,
    'a reporting and editing credit',
  ],
  [/^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i, 'a copyright line'],
  [
    /^(?:read\s+more|related(?:\s+(?:stories|articles|coverage|content))?|see\s+also|more\s+from|more\s+on\s+this|recommended|most\s+read|also\s+read|sign\s+up|subscribe|click\s+here|follow\s+us|share\s+this|listen(?:\s+to\s+this)?|watch)\b\s*[:>\-|]/i,
    'a link to another story: its numbers are that story’s',
  ],
  [/^(?:READ MORE|RELATED|SEE ALSO|WATCH)\b|^\^\s/, 'a link to another story: its numbers are that story’s'], // "^ …": a wiki's citation
  [
    /\b(?:REUTERS|Reuters|AFP|EPA|AP|Bloomberg|Getty Images)\s*\/\s*[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)*\s*(?:\/\s*File(?:\s+Photo)?)?\.?\)?$|^(?:[Pp]hoto(?:graph)?|[Pp]hotographer|[Pp]icture|[Ii]mage|[Cc]aption)(?:\s+[Cc]redit)?\s*:|\((?:AP|AFP|Reuters)\s+Photo\b|\bPhoto(?:graph)?:\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)*(?:\s*\/\s*[\w ]+)?\.?$|\b(?:Getty Images|Shutterstock|Alamy)\)?\.?$/,
    'a photo caption',
  ],
  [
    /^(?:advertisement|story\s+continues\s+below|sponsored|share\s+(?:on|via)\b|our\s+standards:|to\s+contact\s+the\s+(?:reporters?|editors?|authors?)\b|contact\s+us\b|write\s+to\s+[A-Z])/i,
    'page furniture',
  ],
  [
    /^(?:disclaimer|disclosure|important\s+information|legal\s+notice)\b\s*:|^(?:past\s+performance\s+(?:is|does)|this\s+(?:article|material|content|note|report|commentary)\s+(?:is\s+(?:for|not|provided)|does\s+not|should\s+not)|the\s+views\s+(?:and\s+opinions\s+)?expressed|this\s+is\s+not\s+(?:investment|financial)\s+advice|nothing\s+in\s+this\b)/i,
    'a disclaimer',
  ],
];

/** The first line of a correction note: "Correction:", "Correction, March 11:", "This article was amended on …", "An earlier version of this story …". */
const CORRECTION = new RegExp(
  `^\\(?(?:corrections?|clarification|editor'?s\\s+note|corrects)\\b(?:,?\\s+(?:appended|\\(?${MONTH_RE}\\s+\\d{1,2}(?:,?\\s+\\d{4})?\\)?))?\\s*[:\\-(]|^\\(?corrects\\s|^this\\s+(?:article|story|piece|report|post)\\s+(?:was|has\\s+been)\\s+(?:amended|corrected|updated\\s+to\\s+correct|changed)\\b|^an\\s+earlier\\s+version\\s+of\\s+this\\s+(?:article|story|piece|report|post)\\b`,
  'i',
);

/**
 * True when a piece opens a correction note: it and the rest of its paragraph quote an earlier version's
 * wrong figure and restate the right one, which the corrected body states (and is checked) where it stands.
 * @example isCorrectionNote('Correction: An earlier version of this story misstated the gain.') // true
 */
export function isCorrectionNote(text: string): boolean {
  return text.length <= 400 && CORRECTION.test(text.replace(/^[\s*_]+/, '').replace(/[\u2018\u2019]/g, "'"));
}

/** A heading over a list of links to other stories ("Most read", "Related stories", "More from Markets"). */
const LINK_HEADING =
  /^(?:most\s+(?:read|popular|viewed|shared|commented)|related(?:\s+(?:stories|articles|coverage|content|links|news|reading))?|recommended(?:\s+(?:for\s+you|stories|reading))?|trending(?:\s+(?:now|stories))?|more\s+(?:from|on|in|about)\b[^.!?%]{0,40}|latest(?:\s+(?:news|stories|headlines))?|read\s+(?:next|more)|also\s+read|you\s+(?:may|might)\s+also\s+like|top\s+stories|editor'?s?\s+picks?|popular\s+now|further\s+reading|see\s+also)(?:\s+(?:from|on|at)\s+[A-Z][\w.&' ]{0,30})?\s*:?$/i;

/**
 * True when a piece heads a list of links to other stories: the lines under it, up to the next sentence
 * with a final stop, are those stories' headlines, not claims.
 * @example isLinkHeading('Most read') // true
 */
export function isLinkHeading(text: string): boolean {
  return text.length <= 60 && LINK_HEADING.test(text.replace(/^[\s#>*_-]+|[\s*_]+$/g, ''));
}

/**
 * Why a piece is page furniture, or null when it may be read.
 * @example boilerplateReason('Read more: Small caps jump 10% in a week') // 'a link to another story: …'
 */
export function boilerplateReason(text: string): string | null {
  // Furniture is short; a long piece is never trimmed by the anchored patterns below (quadratic on runs of spaces).
  if (text.length > 400) return null;
  if (/^[_=*~·•\s-]{3,}$/.test(text)) return 'a separator line (page furniture)';
  const t = text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/^[\s#>*_-]+/, '')
    .replace(/[\s*_]+$/, '')
    .replace(/\u2212/g, '-');
  if (t.length > 300) return null;
  for (const [re, why] of RULES) if (re.test(t)) return why;
  if (isTickerTape(t)) return 'a ticker tape: quotes at an unstated moment, not a claim';
  return null;
}

/** The words of a piece, for comparing pieces: letters, digits and '%' in lower case. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"']/g, '')
    .replace(/[^a-z0-9%.]+/g, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * For each piece, the index of another piece whose words hold all of its words (a pull quote repeating
 * the body, a standfirst repeated as the first sentence), else -1. Of two equal pieces the later repeats
 * the earlier. Pieces of fewer than 24 characters of words are never repeats.
 * @example repeatOf(['Small caps rose 3% on Friday.', '"Small caps rose 3% on Friday"']) // [-1, 0]
 */
export function repeatOf(texts: readonly string[]): number[] {
  const w = texts.map(words);
  // Candidates by the first three words (a piece inside another holds them): no comparison of every pair.
  const key = (a: string) => a.split(' ', 3).join(' ');
  const byTrigram = new Map<string, number[]>();
  w.forEach((b, j) => {
    const ws = b.split(' ');
    for (let k = 0; k + 2 < ws.length; k++) {
      const t = `${ws[k]} ${ws[k + 1]} ${ws[k + 2]}`;
      const list = byTrigram.get(t);
      if (!list) byTrigram.set(t, [j]);
      else if (list[list.length - 1] !== j) list.push(j);
    }
  });
  return w.map((a, i) => {
    if (a.length < 24) return -1;
    for (const j of byTrigram.get(key(a)) ?? []) {
      if (j === i || !` ${w[j]} `.includes(` ${a} `)) continue;
      if (w[j].length > a.length || j < i) return j;
    }
    return -1;
  });
}

/**
 * A page's top lines: when lines without a final stop come before the first body sentence and some of them
 * are furniture (a byline, a timestamp), the others are its headline and standfirst, not claims (their
 * numbers are checked where the body states them).
 */
export function headlinesAboveBody(pieces: Piece[], isTable: (i: number) => boolean): void {
  const body = pieces.findIndex((p) => SENTENCE_END.test(p.text) && !boilerplateReason(p.text));
  if (body <= 0 || !pieces.slice(0, body).some((p) => boilerplateReason(p.text))) return;
  for (let i = 0; i < body; i++)
    if (
      !isTable(i) &&
      pieces[i].form !== 'bullet' && // "* Russell 2000: +6.1% on the week": a box of key moves is read
      !/[.!?]$/.test(pieces[i].text) &&
      !boilerplateReason(pieces[i].text)
    )
      pieces[i] = { ...pieces[i], form: 'headline' };
}
