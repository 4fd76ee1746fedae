/**
 * The page's data-quality flags (docs/quality.md): under the lead's facts, one sentence per flag as the API
 * words it for a reader ("^RUT has no bars for 2016-11-09 and 2016-11-10: …"); hidden when there is none.
 */

/** A flag as the API sends it (src/events/quality/flags.ts). */
export interface PageFlag {
  kind: string;
  series: string;
  dates: string[];
  detail: string;
  effect: string;
}

/**
 * Shows the flags of the current answer (none, or undefined, hides the box).
 * @example showFlags(lead.flags)
 */
export function showFlags(flags: readonly PageFlag[] | undefined): void {
  let box = document.getElementById('lead-flags');
  if (!box) {
    box = document.createElement('aside');
    box.id = 'lead-flags';
    box.className = 'flags';
    box.setAttribute('role', 'note');
    box.dataset.testid = 'flags';
    document.getElementById('lead-facts')?.after(box);
  }
  const list = flags ?? [];
  box.hidden = list.length === 0;
  const title = document.createElement('p');
  title.className = 'flags-title';
  title.textContent = `Data quality: ${list.length} ${list.length === 1 ? 'caution' : 'cautions'} about these numbers`;
  const ul = document.createElement('ul');
  for (const f of list) {
    const li = document.createElement('li');
    li.dataset.kind = f.kind;
    li.textContent = f.detail;
    ul.append(li);
  }
  box.replaceChildren(title, ul);
}
