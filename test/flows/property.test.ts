import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aumFlows } from '../../src/flows/from-aum.ts';
import { sharesFlows } from '../../src/flows/from-shares.ts';
import type { FlowInputs } from '../../src/flows/inputs.ts';
import { mulberry32 } from '../records/prng.ts';

// Seeded synthetic funds (mulberry32, test/records/prng.ts; not market data) with known true flows:
//   SO_t = k_t · SO_{t−1} + c_t,  NAV_t = NAV_{t−1} · (1 + r_t) / k_t,  AUM_t = SO_t · NAV_t,
// where c_t (creations, ±2% of shares), r_t (NAV return, ±3%) and k_t (a split on ~2% of days, ratio 2, 3,
// 1/2 or 1/4) are drawn. The true flow at today's NAV is c_t · NAV_t, and both methods must recover it.
function syntheticFund(seed: number, n: number, withKnownSplits: boolean) {
  const rand = mulberry32(seed);
  const shares = new Float64Array(n);
  const nav = new Float64Array(n);
  const split = new Float64Array(n).fill(Number.NaN);
  const truth = new Float64Array(n).fill(Number.NaN);
  shares[0] = 1e6 * (1 + rand() * 9);
  nav[0] = 20 + rand() * 200;
  for (let t = 1; t < n; t++) {
    const k = rand() < 0.02 ? [2, 3, 0.5, 0.25][Math.floor(rand() * 4)] : 1;
    const c = (rand() - 0.5) * 0.04 * shares[t - 1] * k;
    shares[t] = k * shares[t - 1] + c;
    nav[t] = (nav[t - 1] * (1 + (rand() - 0.5) * 0.06)) / k;
    if (withKnownSplits && k !== 1) split[t] = k;
    truth[t] = c * nav[t];
  }
  const aum = Float64Array.from(shares, (s, t) => s * nav[t]);
  const x: FlowInputs = {
    tickers: ['SYN'],
    ticker: new Int32Array(n),
    day: Int32Array.from({ length: n }, (_, t) => 17_000 + t),
    flow: new Float64Array(n).fill(Number.NaN),
    shares,
    nav,
    aum,
    split,
  };
  return { x, truth };
}

function assertClose(actual: Float64Array, expected: Float64Array, what: string) {
  for (let t = 1; t < expected.length; t++) {
    const tol = 1e-6 * Math.max(1, Math.abs(expected[t]));
    assert.ok(Math.abs(actual[t] - expected[t]) <= tol, `${what} day ${t}: ${actual[t]} vs ${expected[t]}`);
  }
}

describe('flows recover the true creations through splits (seeded synthetic funds)', () => {
  it('shares × NAV and AUM/NAV with split factors known from bars', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { x, truth } = syntheticFund(seed, 250, true);
      assertClose(sharesFlows(x, { detectSplits: false }).flow, truth, `shares seed ${seed}`);
      assertClose(aumFlows(x, { detectSplits: false }).flow, truth, `aum seed ${seed}`);
    }
  });
  it('and with splits detected from matched share and NAV jumps (no split factors given)', () => {
    for (let seed = 41; seed <= 80; seed++) {
      const { x, truth } = syntheticFund(seed, 250, false);
      assertClose(sharesFlows(x).flow, truth, `shares seed ${seed}`);
      assertClose(aumFlows(x).flow, truth, `aum seed ${seed}`);
    }
  });
});
