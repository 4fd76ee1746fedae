/**
 * Size classes as written: "small-cap value stocks" (a style), "value stocks" (a style of any size, and
 * "growth" alone as the other side of a comparison with it), "small caps", "US mid-cap stocks",
 * "megacaps", "the smallest companies", "small stocks", "larger companies", "big ones", and the first
 * word of a pair sharing its noun ("small- and mid-cap stocks"; "small- and mid-cap funds" is a fund
 * category).
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';

/**
 * "Small-cap value stocks", "large-cap growth shares", "small-cap value" alone, "the smallest value stocks";
 * never its funds ("… ETFs").
 */
const STYLE_CLASS =
  /\b(?:(?:us|u\.s\.)\s+)?(?:(small|large)[- ]caps?\s+(value|growth)(?:\s+(?:stocks|shares|companies|names))?|(small|smaller|smallest|large|larger|largest|big|bigger|biggest)\s+(value|growth)\s+(?:stocks|shares|companies|names))\b(?!\s+(?:stock\s+|equity\s+|index\s+)?(?:funds?|etfs?|exchange[- ]traded))/gi;

/** "its growth counterpart", "their value peers": the other style of a size class named before. */
const COUNTERPART =
  /\b(?:its|their)\s+(growth|value)\s+(?:counterparts?|peers?|siblings?|cousins?|twins?|equivalents?|index|gauge)\b/gi;

/** "Value stocks", "growth shares", "value names": a style of any size (not "value funds": a fund category). */
const STYLE_ONLY = /\b(value|growth)(?:[- ]oriented)?\s+(?:stocks|shares|names|companies|equities)\b/gi;
/** "Value stocks have outpaced growth", "… beat value": the other style, its noun elided after a comparison. */
const STYLE_OTHER =
  /\b(?:outpac\w*|outperform\w*|outrun|outran|beat(?:en|ing|s)?|trail\w*|lag\w*|over|than|versus|vs\.?|against|and)\s+(?:their\s+|the\s+)?(growth|value)\b(?!\s+(?:of|in|rates?|estimates?|forecasts?|outlook|funds?|etfs?)\b)/gi;

/** A sentence that opens inside small caps: "Within the Russell 2000, …", "Among small caps, …". */
const SCOPE =
  /^\s*(?:within|among|inside|in)\s+(?:the\s+)?(russell\s+2000|small[- ]caps?(?:\s+(?:stocks|universe|space|index))?)\s*,/i;
/**
 * The span of a sentence's opening scope ("Within the Russell 2000,") when it names the styles inside it:
 * what it names is where the styles are, not a subject of its own.
 */
export function styleScope(text: string): TextSpan | null {
  const m = SCOPE.exec(text);
  BARE_STYLE.lastIndex = 0;
  return m && BARE_STYLE.test(text.slice(m[0].length))
    ? { start: m.index, end: m.index + m[0].length }
    : null;
}
/** "value", "growth" as the styles' names: not "value of", "growth rates", "value funds". */
const BARE_STYLE =
  /\b(value|growth)(?:\s+(?:stocks|shares|names))?\b(?!\s+(?:of|in|rates?|estimates?|forecasts?|outlook|funds?|etfs?|index|investors?)\b)/gi;

const CLASS =
  /\b(?:us\s+|u\.s\.\s+)?(small|mid|large|mega|micro)[- ]?caps?(?:\s+(?:stocks|shares|companies))?\b|\b(?:smaller|the\s+smallest)\s+(?:us\s+|u\.s\.\s+|american\s+)?(?:companies|stocks|firms)\b|\bthe\s+(?:largest|biggest)\s+(?:us\s+|u\.s\.\s+|american\s+)?(?:companies|stocks|firms)\b|\bmegacaps\b|\bmicrocaps\b/gi;

/**
 * Size classes in plain words: "small stocks", "larger companies", "small-company shares", and the other side as "big ones".
 * ("Their larger peers", "bigger rivals" are the other end of the subject's own spectrum: PEERS in
 * ./sector-subjects.ts, read before these.)
 */
const PLAIN_CLASS =
  /\b(small|smaller|big|bigger|large|larger)(?:\s+(?:(?:us|u\.s\.|american)\s+)?(?:stocks|companies|firms|shares|ones)|[- ]compan(?:y|ies)\s+(?:stocks|shares|equities))\b/gi;

/**
 * Not a plain class: the second word of a pair sharing its noun ("the gap between small and large stocks":
 * the pair is the phrase, read elsewhere), or what a fund holds ("VB, which holds bigger companies"); "shares of
 * small companies" is one.
 */
const PLAIN_NOT_AFTER =
  /\b(?:small|smaller|mid|big|bigger|large|larger)\s+(?:and|or|&|vs\.?|versus)\s+$|\b(?:holds?|holding|owns?|owning|buys?|buying|tracks?|tracking|(?<!\b(?:shares|stocks|equities)\s+)of|which|that)\s+$/i;

/**
 * A label setting two sizes side by side, their noun left out: "Small vs large: +640bps", "Small-minus-large:",
 * "Small over large since the vote: 6.4 points".
 */
const LABEL_PAIR =
  /^\W*(small|mid|large|big)(?:er)?(?:\s+|-)(?:vs\.?|versus|over|minus|less)(?:\s+|-)(small|mid|large|big)(?:er)?(?=\s*[(=]|\s[—–-]\s|[^:.;]{0,40}:)/di;

/** "Small and mid caps", "small- and mid-cap stocks": the first size word of a pair sharing its noun. */
const ELIDED_CLASS =
  /\b(small|mid|large|mega|micro)-?(?=\s*(?:,|and|or|&)\s+(?:small|mid|large|mega|micro)[- ]?caps?\b)/gi;

/**
 * The size-class phrases of a sentence, in the order they should claim their text (the caller keeps the
 * first of two that overlap).
 * @example findSizeClasses('Small stocks beat big ones')[1].subject // { kind: 'size-class', size: 'large' }
 */
export function findSizeClasses(text: string): (TextSpan & { subject: ClaimSubject })[] {
  const out: (TextSpan & { subject: ClaimSubject })[] = [];
  // "Within the Russell 2000, value beat growth by about 4 points": the index's own style halves.
  const scope = SCOPE.exec(text);
  for (const m of scope ? text.matchAll(BARE_STYLE) : []) {
    const style = m[1].toLowerCase() as 'value';
    const subject: ClaimSubject = /russell/i.test(scope![1])
      ? { kind: 'security', id: style === 'value' ? 'IWN' : 'IWO' }
      : { kind: 'size-class', size: 'small', style };
    out.push({ start: m.index, end: m.index + m[0].length, subject });
  }
  for (const m of text.matchAll(STYLE_CLASS)) {
    const size = /^small/i.test(m[1] ?? m[3]) ? 'small' : 'large';
    const style = (m[2] ?? m[4]).toLowerCase() as 'value';
    out.push({ start: m.index, end: m.index + m[0].length, subject: { kind: 'size-class', size, style } });
  }
  // "the small-cap value index rose 5.1% and its growth counterpart 3.9%": the other style of that size.
  const sized = out.find((h) => h.subject.kind === 'size-class' && h.subject.style)?.subject;
  for (const m of sized?.kind === 'size-class' ? text.matchAll(COUNTERPART) : []) {
    const subject: ClaimSubject = { ...sized, style: m[1].toLowerCase() as 'value' } as ClaimSubject;
    out.push({ start: m.index, end: m.index + m[0].length, subject });
  }
  const styles = [...text.matchAll(STYLE_ONLY)];
  for (const m of styles) {
    const style = m[1].toLowerCase() as 'value';
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      subject: { kind: 'size-class', size: 'all', style },
    });
  }
  for (const m of styles.length ? text.matchAll(STYLE_OTHER) : []) {
    const style = m[1].toLowerCase() as 'value';
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: m.index + m[0].length, subject: { kind: 'size-class', size: 'all', style } });
  }
  for (const m of text.matchAll(CLASS)) {
    const w = (
      m[1] ??
      (/micro/i.test(m[0])
        ? 'micro'
        : /mega/i.test(m[0])
          ? 'mega'
          : /largest|biggest/i.test(m[0])
            ? 'large'
            : 'small')
    ).toLowerCase();
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      subject: { kind: 'size-class', size: w as 'small' },
    });
  }
  for (const m of text.matchAll(PLAIN_CLASS)) {
    if (PLAIN_NOT_AFTER.test(text.slice(0, m.index))) continue;
    const size = /^small/i.test(m[1]) ? 'small' : 'large';
    out.push({ start: m.index, end: m.index + m[0].length, subject: { kind: 'size-class', size } });
  }
  const pair = LABEL_PAIR.exec(text);
  for (const [start, end] of pair?.indices?.slice(1) ?? []) {
    const size = /^big/i.test(text.slice(start))
      ? 'large'
      : (text.slice(start, end).toLowerCase() as 'small');
    out.push({ start, end, subject: { kind: 'size-class', size } });
  }
  for (const m of text.matchAll(ELIDED_CLASS)) {
    const size = m[1].toLowerCase() as 'small';
    // "small- and mid-cap funds": the elided noun is the pair's, funds make a fund category.
    const funds = /^[\w\s,&-]*?caps?\s+(?:stock\s+|equity\s+)?(?:etfs?|funds)\b/i.test(
      text.slice(m.index + m[0].length),
    );
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      subject: funds ? { kind: 'category', category: `US ${size} cap` } : { kind: 'size-class', size },
    });
  }
  return out;
}

/** Between a size class and the group that defines it: "Small-cap stocks, defined as ", "Small caps (i.e. ". */
const DEFINED_AS =
  /^\s*(?:,|\(|\s[—–-])\s*(?:(?:which\s+)?(?:(?:we|I)\s+)?(?:define[ds]?|measured|taken)\s+(?:here\s+)?as\s+|i\.e\.,?\s+|meaning\s+)?$/i;

/**
 * The subjects with a size class that the sentence defines dropped for its group: "Small-cap stocks, defined
 * as the bottom 30% by market value, returned 18.4%" is the smallest 30% alone, not also the Russell 2000 (the
 * group closed by a comma, a bracket or a dash, so "Small caps, the bottom 30% and …" stays two subjects).
 * @example definedClasses('Small caps, defined as the bottom 30% by market value, rose 18%.', hits) // [Lo 30]
 */
export function definedClasses<H extends TextSpan & { subject: { kind: string } }>(
  text: string,
  hits: H[],
): H[] {
  return hits.filter((h, i) => {
    const next = hits[i + 1];
    if (h.subject.kind !== 'size-class' || next?.subject.kind !== 'size-group') return true;
    const [cls, grp] = [h.subject as { size?: string }, next.subject as { side?: string }];
    return !(
      cls.size === grp.side &&
      DEFINED_AS.test(text.slice(h.end, next.start).replace(/\bthe\s+$/i, '')) &&
      /^[^,;().—–]{0,40}[,)—–]/.test(text.slice(next.end))
    );
  });
}
