/**
 * The side-by-side panel: the chosen event in every market the store holds (`/api/event-regions`, as
 * `capgap event --regions us,europe,developed-ex-us --metric smb`), SMB and the market over days [0, to],
 * each market on its own trading days with its own t0, in US dollars. Answers "did the US small-cap rally
 * reach Europe?" on the US page and "what did US small caps do?" on a regional one.
 */
import { status } from './card.ts';
import { $, fmt, fmtPp, getJson } from './dom.ts';
import { page } from './page.ts';
import { queryLine } from './query-line.ts';
import { current, panel, type Run } from './run.ts';

interface Row {
  region: string;
  series: string;
  source: string;
  t0: string;
  baseDate: string;
  endDate: string;
  value: number;
  market: number | null;
}

/** Starts the side-by-side panel. */
export function sideBySidePanel(run: Run): Promise<void> {
  const { s } = run;
  const to = Math.max(0, Math.min(250, s.to));
  return panel(
    async () => {
      const q = new URLSearchParams({
        event: s.event,
        timing: s.timing,
        regions: page.regions.map((r) => r.id).join(','),
        from: '0',
        to: String(to),
      });
      const r = await getJson<{
        rows: Row[];
        missing: { region: string; reason: string }[];
        conventions: Record<string, string>;
      }>(`/api/event-regions?${q}`);
      if (!current(run)) return;
      const trs = r.rows.map((x) => {
        const tr = document.createElement('tr');
        if (
          x.region.toLowerCase().replace(/\s+/g, '-') === s.region ||
          (x.region === 'US' && s.region === 'us')
        )
          tr.className = 'current';
        const cells = [fmtPp(x.value), fmt(x.market), x.t0, `${x.baseDate} → ${x.endDate}`];
        tr.replaceChildren(
          Object.assign(document.createElement('th'), { textContent: x.region, scope: 'row' }),
          ...cells.map((t) => Object.assign(document.createElement('td'), { textContent: t })),
        );
        return tr;
      });
      $('regions-table')
        .querySelector('tbody')
        ?.replaceChildren(...trs);
      $('regions-caption').textContent =
        `SMB (small minus big) and the market over days 0 to ${to} after the news, each market on its own trading days, in US dollars`;
      $('regions-note').textContent = [
        ...r.rows.map((x) => `${x.region}: ${x.series}, ${x.source}.`),
        ...r.missing.map((m) => `${m.region}: not available (${m.reason}).`),
        ...Object.values(r.conventions).map((c) => `${c[0].toUpperCase()}${c.slice(1)}.`),
      ].join(' ');
      const dates = r.rows.flatMap((x) => [x.baseDate, x.endDate]).sort();
      queryLine('regions-query', {
        url: `/api/event-regions?${q}`,
        range: dates.length
          ? `closes ${dates[0]} to ${dates.at(-1)}, each market on its own trading days`
          : undefined,
      });
      status('regions-panel', null);
    },
    (m) => {
      queryLine('regions-query', null);
      $('regions-table').querySelector('tbody')?.replaceChildren();
      status('regions-panel', { kind: 'error', text: m });
    },
    run.mine,
  );
}
