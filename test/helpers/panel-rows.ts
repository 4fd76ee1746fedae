/**
 * A panel's rows in another order, for the engine tests that check the answer does not depend on it
 * (test/portfolios/paths-property.test.ts, threads.test.ts).
 */
import { mulberry32 } from '../../src/math/random.ts';
import type { Panel } from '../../src/portfolios/panel.ts';

/**
 * The panel with its rows taken in `order` (row indices).
 * @example reorderPanel(panel, Int32Array.of(2, 0, 1))
 */
export function reorderPanel(p: Panel, order: ArrayLike<number>): Panel {
  return {
    ...p,
    stock: Int32Array.from(order, (i) => p.stock[i]),
    day: Int32Array.from(order, (i) => p.day[i]),
    price: Float64Array.from(order, (i) => p.price[i]),
    cap: Float64Array.from(order, (i) => p.cap[i]),
  };
}

/** The rows sorted by (stock, day). */
export function sortedPanel(p: Panel): Panel {
  const order = Array.from(p.stock, (_, i) => i).sort(
    (a, b) => p.stock[a] - p.stock[b] || p.day[a] - p.day[b],
  );
  return reorderPanel(p, order);
}

/** The rows in a seeded random order (Fisher–Yates, mulberry32). */
export function shuffledPanel(p: Panel, seed: number): Panel {
  const rand = mulberry32(seed);
  const order = Int32Array.from(p.stock, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return reorderPanel(p, order);
}
