/**
 * What the page can answer with the data the server holds, checked before anything is fetched, so that an
 * empty store or an event past the data gets one sentence saying what is missing and what to do, instead
 * of a server error in every panel.
 */
import { articleDate } from '../../findings/format.ts';

/** The part of the page's offer the check reads (/api/schemes and /api/regions). */
export interface Offer {
  schemes: {
    id: string;
    label: string;
    /** 'bars' for the index closes, else French's size portfolios. */
    kind?: string;
    weightings: string[];
    from?: string | null;
    through: string | null;
  }[];
  regions: { id: string; label: string; from?: string; through?: string }[];
}

/** How to add the US size portfolios to a store. */
export const ADD_SIZE =
  'add them with `capgap fetch french --dataset Portfolios_Formed_on_ME_Daily` (or `capgap import` a French file), then reload the page';

/**
 * Why the page cannot answer for this event with these data, saying what to do; null when it can.
 * An event on the last date counts only for news before the open or during the session (t0 is that day); an
 * event before the first date (or on it, for news before the open) has no base close:
 * "no data for 1920-01-01: the size portfolios run from July 1, 1926 to May 30, 2025; …".
 * @example coverageProblem({ event: '2031-01-01', region: 'us', scheme: 'deciles', timing: 'after-close' }, offer)
 * // '2031-01-01 is after the data: the size portfolios run through May 30, 2025; choose an event before May 30, 2025'
 */
export function coverageProblem(
  s: { event: string; region: string; scheme: string; timing: string },
  offer: Offer,
): string | null {
  if (s.region === 'us') {
    // A scheme has data when the store offers a weighting of it and a last date.
    const held = (x: Offer['schemes'][number]) => x.weightings.length > 0 && x.through !== null;
    if (!offer.schemes.some(held))
      return `this server's store holds no daily size portfolios or index closes, so there is nothing to compare yet: ${ADD_SIZE}`;
    const scheme = offer.schemes.find((x) => x.id === s.scheme);
    if (scheme && !held(scheme))
      return `this server's store holds no data for "${scheme.label}": choose another comparison under "Small vs large"`;
    const through = scheme?.through;
    const what = scheme?.kind === 'bars' ? 'the index closes' : 'the size portfolios';
    if (through && past(s.event, through, s.timing))
      return `${s.event} is after the data: ${what} run through ${articleDate(through)}; choose an event before ${articleDate(through)}`;
    return scheme?.from && before(s.event, scheme.from, s.timing)
      ? beforeData(s.event, what, scheme.from, through ?? null)
      : null;
  }
  const r = offer.regions.find((x) => x.id === s.region);
  if (r?.through && past(s.event, r.through, s.timing))
    return `${s.event} is after the data: ${r.label}'s factors run through ${articleDate(r.through)}; choose an event before ${articleDate(r.through)}`;
  return r?.from && before(s.event, r.from, s.timing)
    ? beforeData(s.event, `${r.label}'s factors`, r.from, r.through ?? null)
    : null;
}

/** The sentence for an event before the data's first day. */
function beforeData(event: string, what: string, from: string, through: string | null): string {
  const span = through ? `from ${articleDate(from)} to ${articleDate(through)}` : `from ${articleDate(from)}`;
  return `no data for ${event}: ${what} run ${span}; choose an event after ${articleDate(from)}`;
}

/**
 * True when the event has no close before the news in the data: news after the close needs the event day's
 * close (on or after the first date), before the open or during the session the close before it.
 */
function before(event: string, from: string, timing: string): boolean {
  return event < from || (event === from && timing !== 'after-close');
}

/** True when the event's first session after the news would be past `through`. */
function past(event: string, through: string, timing: string): boolean {
  return event > through || (event === through && timing === 'after-close');
}
