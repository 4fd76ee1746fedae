/**
 * Allow-lists for the event engine's series specs (see src/queries/series.ts): French size portfolios by name,
 * the market, French factors, or a ticker of plain characters. A spec that passes is handed to
 * `loadSeries`, which binds it as an SQL parameter; nothing else from the request reaches the store.
 */
import { SIZE_PORTFOLIOS } from '../../queries/snapshot-inputs.ts';
import { quote } from '../../quote.ts';
import { badParam } from '../errors.ts';

const FRENCH = new Set<string>([
  ...SIZE_PORTFOLIOS.terciles,
  ...SIZE_PORTFOLIOS.quintiles,
  ...SIZE_PORTFOLIOS.deciles,
]);
const FACTORS = new Set(['Mkt-RF', 'SMB', 'HML', 'RF']);
const TICKER = /^\^?[A-Za-z0-9][A-Za-z0-9._-]{0,11}(:(total|price))?$/;

/**
 * Checks one series spec, throwing a 400 on parameter `name` for anything off the allow-list.
 * @example seriesSpec('french:Lo 10', 'series') // 'french:Lo 10'
 */
export function seriesSpec(spec: string, name: string): string {
  const s = spec.trim();
  if (s === 'market') return s;
  if (s.startsWith('french:') && FRENCH.has(s.slice(7))) return s;
  if (s.startsWith('factor:') && FACTORS.has(s.slice(7))) return s;
  if (!s.includes(':') || /:(total|price)$/.test(s)) {
    if (TICKER.test(s)) return s;
  }
  throw badParam(
    name,
    `${quote(spec)}; expected market, french:<${[...FRENCH].join('|')}>, factor:<${[...FACTORS].join('|')}> or a ticker such as IWM, ^RUT, IWM:price`,
  );
}

/**
 * Checks a metric: one to four specs joined by ' - ' or ' + '.
 * @example metricSpec('french:Lo 10 - french:Hi 10', 'metric')
 */
export function metricSpec(metric: string, name: string): string {
  const parts = metric.trim().split(/\s+([+-])\s+/);
  if (parts.length > 7) throw badParam(name, 'at most four series');
  for (let i = 0; i < parts.length; i += 2) seriesSpec(parts[i], name);
  return parts.join(' ');
}
