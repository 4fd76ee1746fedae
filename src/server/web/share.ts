/**
 * Sharing the answer: the page's <title>, meta description and og: tags state the event and the answer
 * once the lead has come ("US presidential election 2016: small caps beat large caps by 7.1 pp over the
 * first 3 sessions · capgap"), and "Copy link" puts the address (the whole state) on the clipboard, or, where
 * the browser refuses, shows it selected to copy by hand.
 */
import { $ } from './dom.ts';

export { answerTitle } from './answer-title.ts';

/** Sets the title, the description and the share tags. */
export function describePage(title: string, description: string): void {
  document.title = title;
  const set = (sel: string, v: string) => document.querySelector(sel)?.setAttribute('content', v);
  set('meta[property="og:title"]', title);
  set('meta[name="description"]', description);
  set('meta[property="og:description"]', description);
  set('meta[property="og:url"]', location.href);
}

/** Wires "Copy link" (once, at start). */
export function wireShare(): void {
  $('copy-link').addEventListener('click', async () => {
    const url = location.href;
    const said = $('share-status');
    const field = $<HTMLInputElement>('share-url');
    try {
      await navigator.clipboard.writeText(url);
      field.hidden = true;
      said.textContent = 'Link copied: it opens this answer with every choice made here.';
    } catch {
      field.value = url;
      field.hidden = false;
      field.select();
      said.textContent = 'Copy the link selected here (Ctrl+C or ⌘C): it opens this answer.';
    }
  });
}
