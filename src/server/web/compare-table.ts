/**
 * The comparison table of several events: the gap, then each leg, then the closes they run between.
 */
import { fmt, fmtPp } from './dom.ts';

/** Fills the comparison table, marking the current event. */
export function compareTable(
  rows: {
    eventDate: string;
    label: string | null;
    baseDate: string | null;
    endDate: string | null;
    small: number | null;
    large: number | null;
    spread: number | null;
    error: string | null;
  }[],
  current: string,
): void {
  const trs = rows.map((e) => {
    const tr = document.createElement('tr');
    if (e.eventDate === current) tr.className = 'current';
    const td = (t: string) => Object.assign(document.createElement('td'), { textContent: t });
    const th = (t: string) => Object.assign(document.createElement('th'), { textContent: t, scope: 'row' });
    // The numbers first (they are what a reader looks for, and stay in view on a phone), then the closes.
    if (e.error) {
      const why = Object.assign(td(`no data: ${e.error}`), { colSpan: 5, className: 'why' });
      tr.replaceChildren(th(e.label ?? e.eventDate), why);
    } else
      tr.replaceChildren(
        th(e.label ?? e.eventDate),
        ...[fmtPp(e.spread), fmt(e.small), fmt(e.large), e.baseDate ?? '', e.endDate ?? ''].map(td),
      );
    return tr;
  });
  document.querySelector('#compare tbody')?.replaceChildren(...trs);
}
