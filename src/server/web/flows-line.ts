/**
 * The lead's ETF-flows line: the record standing of US small-cap ETF flows in the last whole week up to the
 * window's end (/api/flows, category "US small cap"), or a plain note that the store holds no flows. Its own
 * failure only hides the line.
 */
import { $, getJson } from './dom.ts';

interface FlowsAnswer {
  note?: string;
  records: {
    category: string;
    period?: string;
    periodEnd?: string;
    value?: number;
    summary?: string;
    error?: string;
  }[];
}

/** '$1.2bn', '−$340m': a dollar flow as a reader says it. */
export function usd(v: number): string {
  const a = Math.abs(v);
  const s =
    a >= 1e9 ? `$${(a / 1e9).toFixed(1)}bn` : a >= 1e6 ? `$${(a / 1e6).toFixed(0)}m` : `$${a.toFixed(0)}`;
  return `${v < 0 ? '−' : ''}${s}`;
}

/**
 * Fills #lead-flows for US small-cap ETF flows up to `to` (ISO), split at the event; hidden on failure.
 * @example await showFlowsLine({ event: '2016-11-08', timing: 'after-close', to: '2016-11-11' }, () => true)
 */
export async function showFlowsLine(
  o: { event: string; timing: string; to: string },
  stillCurrent: () => boolean,
): Promise<void> {
  const el = $('lead-flows');
  const q = new URLSearchParams({ event: o.event, timing: o.timing, category: 'US small cap', to: o.to });
  const url = `/api/flows?${q}`;
  let text: string;
  try {
    const r = await getJson<FlowsAnswer>(url);
    const rec = r.records.find((x) => x.value !== undefined && !x.error);
    text = rec
      ? `US small-cap ETF flows, week ending ${rec.periodEnd}: ${usd(rec.value as number)} (${rec.summary}).`
      : `ETF flows: no flows record, ${r.note ? 'the store holds no fund-flow data' : 'no whole week of US small-cap fund flows up to the window’s end'}.`;
  } catch {
    if (stillCurrent()) el.hidden = true;
    return;
  }
  if (!stillCurrent()) return;
  const a = Object.assign(document.createElement('a'), { href: url, textContent: `GET ${url}` });
  el.replaceChildren(`${text} Numbers from `, a, '.');
  el.hidden = false;
}
