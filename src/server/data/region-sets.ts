/**
 * The regional event sets (src/events/event-sets-regional.ts) as the page and the API name them.
 */

/** The regional sets' names in prose, by set id. */
export const REGIONAL_SET_NAMES: Record<string, string> = {
  'uk-elections': 'UK general elections',
  'france-elections': 'French presidential elections (second rounds)',
  'germany-elections': 'German federal elections',
};
