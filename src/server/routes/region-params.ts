/**
 * The `region` parameter of the API and a region's inputs in memory (loaded once per data version): an
 * unknown region is a 400 naming the allowed values, a region the store lacks a 404 naming
 * `capgap fetch french` and `capgap import`.
 */
import { REGIONS, type RegionId } from '../../calendar/regions.ts';
import { memo, type ServerState, storeWork } from '../context.ts';
import { loadRegionInputs, type RegionInputs } from '../data/region-inputs.ts';
import { ApiError } from '../errors.ts';
import { oneOf } from '../params.ts';

/** Every region id the API accepts. */
export const REGION_IDS = REGIONS.map((r) => r.id);

/**
 * The `region` parameter: one of REGION_IDS, 'us' when absent (a 400 naming the allowed values otherwise).
 * @example regionParam(q) // 'europe'
 */
export function regionParam(q: Map<string, string>): RegionId {
  return oneOf(q, 'region', REGION_IDS, 'us');
}

/** A region's inputs, loaded once per data version; 404 naming the commands that add a missing region. */
export function regionInputs(state: ServerState, id: RegionId): Promise<RegionInputs> {
  return memo(state, `region|${state.store.dataVersion}|${id}`, () =>
    storeWork(state, () => loadRegionInputs(state.store, id)),
  ).catch((err: Error) => {
    throw new ApiError(404, err.message, 'region', { cause: err });
  });
}
