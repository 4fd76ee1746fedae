/**
 * The lead panel of one answer: the answer first, for the event and days [0, to] (/api/lead), then the
 * flows line; the page's title and description state the event and, once it has come, the answer.
 */
import type { Lead } from './answers.ts';
import { status } from './card.ts';
import { $, getJson } from './dom.ts';
import { type PageFlag, showFlags } from './flags.ts';
import { showFlowsLine } from './flows-line.ts';
import { clearLead, showLead } from './lead-panel.ts';
import { labelOf, page } from './page.ts';
import { current, panel, type Run } from './run.ts';
import { answerTitle, describePage } from './share.ts';
import type { PageState } from './state.ts';

/** ' (Europe)' for a region, '' for the US. */
const whereOf = (s: PageState) =>
  s.region === 'us' ? '' : ` (${page.regions.find((r) => r.id === s.region)?.label ?? s.region})`;

/** Title and share tags name the event and window until the answer comes (then they state it too). */
export function describe(s: PageState, name: string): void {
  const t = `${name}${whereOf(s)}: small vs large caps, days ${s.from} to ${s.to} · capgap`;
  describePage(
    t,
    `How small caps did against large caps around ${name}${whereOf(s)}, days ${s.from} to ${s.to}.`,
  );
}

/** The lead: the answer first, for the event and days [0, to]. */
export function leadPanel(run: Run): Promise<void> {
  const { s, q, used, conventions } = run;
  const lq = new URLSearchParams(q);
  lq.delete('from');
  lq.delete('compare');
  lq.set('to', String(Math.max(0, s.to)));
  return panel(
    async () => {
      if (s.to < 0)
        throw new Error(
          `the window ends on day ${s.to}, before the news: the answer covers days 0 (the first session to trade on the news) to "To day", so set "To day" to 0 or later`,
        );
      showFlags(undefined);
      // A slow answer says it is on its way (the earlier one stays, dimmed by body.busy).
      const slow = setTimeout(() => {
        if (current(run))
          status('lead', { kind: 'info', text: `Loading the answer for ${labelOf(s.event)}…` });
      }, 500);
      const l = await getJson<Lead & { flags?: PageFlag[] }>(`/api/lead?${lq}`).finally(() =>
        clearTimeout(slow),
      );
      if (!current(run)) return;
      run.settleLead(l.endDate);
      showLead(l);
      showFlags(l.flags);
      // The flows line fills in beside the rest; the page is ready once it has (tests read it then).
      const flows =
        s.region === 'us'
          ? showFlowsLine({ event: s.event, timing: s.timing, to: l.endDate }, () => current(run))
          : undefined;
      if (!flows) $('lead-flows').hidden = true;
      const gap = l.finding?.value;
      describePage(
        typeof gap === 'number' && Number.isFinite(gap)
          ? answerTitle(l.event.name, gap, l.sessions, whereOf(s))
          : `${l.event.name}${whereOf(s)}: small vs large caps · capgap`,
        l.sentence,
      );
      used.push(...l.series.map((x) => ({ dataset: x.dataset, vintage: x.vintage, through: x.through })));
      Object.assign(conventions, l.conventions);
      await flows;
    },
    (m) => clearLead(m),
    run.mine,
  );
}
