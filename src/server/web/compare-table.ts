/**
 * The comparison table of several events.
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
    const cells = e.error
      ? [e.label ?? e.eventDate, '', '', '', '', `no data: ${e.error}`]
      : [
          e.label ?? e.eventDate,
          e.baseDate ?? '',
          e.endDate ?? '',
          fmt(e.small),
          fmt(e.large),
          fmtPp(e.spread),
        ];
    tr.replaceChildren(...cells.map((t) => Object.assign(document.createElement('td'), { textContent: t })));
    return tr;
  });
  document.querySelector('#compare tbody')?.replaceChildren(...trs);
}
