/**
 * The article checker on the page: a journalist pastes a whole article; POST /api/check (article mode) reads
 * it and the page lists each claim's verdict with the number stated, the number computed, the convention
 * that reproduces it and the data's date range; the sentences read as no claim are folded away with their
 * reasons. The check route is the reader's; this file only calls it.
 */
import {
  type CheckAnswer,
  computedText,
  dataRange,
  MARKS,
  pageWords,
  type Reading,
  stated,
} from './check-answer.ts';
import { checkInputProblem } from './check-input.ts';
import { $, apiFetch } from './dom.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};

/** A term and its value in a claim's description list. */
function row(dl: HTMLElement, term: string, value: string | Node): void {
  const dd = el('dd');
  dd.append(value);
  dl.append(el('dt', term), dd);
}

/** One reading's verdict, stated and computed numbers, convention, data and reproducing command. */
function readingItem(r: Reading, label: string): HTMLElement {
  const li = el('li', undefined, 'claim');
  li.dataset.verdict = r.verdict;
  const head = el('p', undefined, 'claim-head');
  head.append(
    el('span', `${MARKS[r.verdict] ?? '•'} ${r.verdict}`, `verdict v-${r.verdict.replace(/\W+/g, '-')}`),
    ` ${label}`,
  );
  const dl = el('dl');
  row(dl, 'Stated', stated(r.claim));
  const v = r.computed ?? r.nearest;
  if (v) {
    row(dl, r.computed ? 'Computed' : 'Nearest computed', computedText(v, r.claim.unit));
    row(dl, 'Convention', `${v.description ?? ''}${v.differs ? `; ${v.differs}` : ''}`);
    row(dl, 'Data', dataRange(v));
  }
  if (r.computed && r.nearest)
    row(
      dl,
      'Nearest',
      `${computedText(r.nearest, r.claim.unit)} (${r.nearest.description ?? ''}${r.nearest.differs ? `; ${r.nearest.differs}` : ''})`,
    );
  if (r.reason) row(dl, 'Why', r.reason);
  if (r.command) row(dl, 'Reproduce', el('code', r.command));
  li.append(head, dl);
  return li;
}

/** The status of a sentence with nothing to check (a headline, a byline, no number). */
const NO_CLAIM = 'not a quantitative claim';

/** A sentence the reader took for a claim but could not check: its verdict in words and why. */
function uncheckedItem(status: string, reason: string | undefined): HTMLElement {
  const li = el('li', undefined, 'claim-unchecked');
  li.dataset.verdict = status;
  const head = el('p', undefined, 'claim-head');
  head.append(el('span', `${MARKS[status] ?? '•'} ${status}`, `verdict v-${status.replace(/\W+/g, '-')}`));
  const dl = el('dl');
  if (reason) row(dl, 'Why', pageWords(reason));
  li.append(head, dl);
  return li;
}

/** Renders the answer into #check-out. */
export function showCheck(a: CheckAnswer): void {
  const out = $('check-out');
  const counts = Object.entries(a.summary).map(([k, n]) => `${n} ${k}`);
  const parts: HTMLElement[] = [el('p', `Verdicts: ${counts.join(', ')}.`, 'check-summary')];
  const art = a.article;
  if (art?.date || art?.eventDate)
    parts.push(
      el(
        'p',
        [
          art.date ? `Article dated ${art.date}${art.dateFrom ? ` (from “${art.dateFrom}”)` : ''}.` : '',
          art.eventDate
            ? `“The event” read as ${art.eventDate}${art.eventFrom ? ` (from “${art.eventFrom}”)` : ''}.`
            : '',
        ]
          .join(' ')
          .trim(),
        'note',
      ),
    );
  const claims = el('ol', undefined, 'claims');
  claims.setAttribute('aria-label', 'Claims and their verdicts');
  const none = el('ul', undefined, 'no-claims');
  for (const s of a.sentences) {
    if (s.claims.length === 0 && s.status === NO_CLAIM) {
      const li = el('li');
      li.append(el('q', s.text), ` — ${s.reason ?? s.status}`);
      none.append(li);
      continue;
    }
    const li = el('li', undefined, 'sentence');
    const inner = el('ul');
    // A claim the reader found but could not check (no event or date to count from) is listed with the
    // claims, its verdict and why in the page's words: it is not "no claim".
    if (s.claims.length === 0) inner.append(uncheckedItem(s.status, s.reason));
    for (const c of s.claims) {
      const n = c.readings.length;
      for (const [i, r] of c.readings.entries()) {
        const label = n > 1 ? `(reading ${i + 1} of ${n}; the claim: ${c.verdict})` : '';
        inner.append(readingItem(r, label));
      }
    }
    li.append(el('blockquote', s.text), inner);
    claims.append(li);
  }
  parts.push(claims);
  if (none.childElementCount) {
    const d = el('details', undefined, 'no-claim');
    const n = none.childElementCount;
    d.append(
      el('summary', `${n} ${n === 1 ? 'sentence' : 'sentences'} read as no claim, with the reason`),
      none,
    );
    parts.push(d);
  }
  out.replaceChildren(...parts);
}

/** The check on its way, and the latest one asked meanwhile (null: none). */
let inFlight: Promise<void> | null = null;
let waiting: (() => Promise<void>) | null = null;

/**
 * Checks the text (the page's event for "the election" when `event` is given) and shows the verdicts, or
 * the server's reason in the status line. One check at a time: a text submitted while one is on its way is
 * checked next (the one on its way is then not shown; texts submitted in between are never sent).
 * @example await checkArticle('The Russell 2000 has returned 8.95% since Nov. 8, 2016, through Nov. 15, 2016.', {})
 */
export function checkArticle(text: string, o: { event?: string; to?: string }): Promise<void> {
  const job = () => checkOne(text, o);
  if (inFlight) {
    waiting = job;
    return inFlight;
  }
  inFlight = (async () => {
    let next: (() => Promise<void>) | null = job;
    while (next) {
      await next();
      next = waiting;
      waiting = null;
    }
  })().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function checkOne(text: string, o: { event?: string; to?: string }): Promise<void> {
  const st = $('check-panel-status');
  st.hidden = false;
  $('check-out').replaceChildren();
  const fields: Record<string, string> = { text };
  if (o.event) fields.event = o.event;
  if (o.to) fields.to = o.to;
  const body = JSON.stringify(fields);
  const problem = checkInputProblem(text, body);
  $('claim').setAttribute('aria-invalid', String(!!problem));
  if (problem) {
    st.className = 'status error';
    st.textContent = `Not checked: ${problem}.`;
    return;
  }
  st.className = 'status info';
  st.textContent = 'Checking…';
  try {
    const { res, body: r } = await apiFetch('/api/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (waiting) return; // a later text is next: this answer is not the one asked for now
    if (!res.ok) throw new Error(r?.error?.message ?? `the server answered HTTP ${res.status}`);
    st.hidden = true;
    showCheck(r as CheckAnswer);
  } catch (err) {
    st.className = 'status error';
    st.textContent = `Could not check: ${(err as Error).message}`;
  }
}
