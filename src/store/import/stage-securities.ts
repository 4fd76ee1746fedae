/**
 * Staging of securities: the rows a parsed file holds, else one row per ticker of its bars with the type
 * guessed from the ticker.
 */
import { guessSecurityType } from '../../formats/ticker.ts';
import type { Parsed } from '../../formats/types.ts';
import type { Store } from '../store.ts';
import { stageRows } from './stage.ts';

/**
 * Stages the securities a parsed file names: its own rows, else one row per bar ticker with a type guess;
 * `append` adds to the table an earlier chunk of the file made.
 */
export async function stageSecurities(store: Store, p: Parsed, append = false): Promise<boolean> {
  const s = p.securities;
  if (s?.id.length) {
    await stageRows(
      store,
      '_stg_securities',
      [
        { name: 'id', type: 'VARCHAR', get: (i) => s.id[i] },
        { name: 'name', type: 'VARCHAR', get: (i) => s.name[i] },
        { name: 'exchange', type: 'VARCHAR', get: (i) => s.exchange[i] },
        { name: 'security_type', type: 'VARCHAR', get: (i) => s.securityType[i] },
        { name: 'sector', type: 'VARCHAR', get: (i) => s.sector[i] },
        { name: 'industry', type: 'VARCHAR', get: (i) => s.industry[i] },
      ],
      s.id.length,
      (i) => s.line[i],
      append,
    );
    return true;
  }
  return stageTickerSecurities(store, p.bars?.tickers ?? [], append);
}

/** Stages one securities row per ticker: type guessed ('index' for ^…, 'etf' if known, else 'unknown'). */
export async function stageTickerSecurities(
  store: Store,
  tickers: string[],
  append = false,
): Promise<boolean> {
  if (!tickers.length) return false;
  await stageRows(
    store,
    '_stg_securities',
    [
      { name: 'id', type: 'VARCHAR', get: (i) => tickers[i] },
      { name: 'name', type: 'VARCHAR', get: () => null },
      { name: 'exchange', type: 'VARCHAR', get: (i) => (tickers[i].startsWith('^') ? 'INDEX' : null) },
      { name: 'security_type', type: 'VARCHAR', get: (i) => guessSecurityType(tickers[i]) },
      { name: 'sector', type: 'VARCHAR', get: () => null },
      { name: 'industry', type: 'VARCHAR', get: () => null },
    ],
    tickers.length,
    () => 0,
    append,
  );
  return true;
}
