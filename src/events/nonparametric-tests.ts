/**
 * Nonparametric significance tests: the Corrado (1989) rank test and Cowan's (1992) generalized sign test.
 * Notation as in ./parametric-tests.ts.
 */
import { type EventAbnormal, eventDays, meanSd, type TestResult, withP } from './test-types.ts';

/** Average ranks (1-based, ties averaged) of the finite values of `x`; NaN stays NaN. */
export function ranks(x: Float64Array): Float64Array {
  const idx: number[] = [];
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i])) idx.push(i);
  idx.sort((a, b) => x[a] - x[b]);
  const out = new Float64Array(x.length).fill(Number.NaN);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && x[idx[j + 1]] === x[idx[i]]) j++;
    for (let k = i; k <= j; k++) out[idx[k]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/**
 * Corrado (1989) rank test. Each event's ARs over the estimation and event windows together (T days) are
 * ranked and centred, K_it = rank_it / (T_i + 1) − 1/2; K̄_t is their mean across events for each day;
 * S = sample standard deviation (T − 1) of K̄_t over all T days; Z_t = K̄_t / S. Cumulative (Cowan 1992):
 * Z(t) = Σ_{u≤t} K̄_u / (S·√t'). Standard normal.
 */
export function corradoRank(events: readonly EventAbnormal[]): TestResult & { meanRank: Float64Array } {
  const L = eventDays(events);
  const M = Math.max(...events.map((e) => e.estimationAr.length));
  const T = M + L;
  const sum = new Float64Array(T);
  const cnt = new Float64Array(T);
  for (const e of events) {
    const all = new Float64Array(T).fill(Number.NaN);
    all.set(e.estimationAr, M - e.estimationAr.length);
    all.set(e.ar, M);
    const r = ranks(all);
    let n = 0;
    for (const v of all) if (!Number.isNaN(v)) n++;
    for (let d = 0; d < T; d++) {
      if (Number.isNaN(r[d])) continue;
      sum[d] += r[d] / (n + 1) - 0.5;
      cnt[d]++;
    }
  }
  const kbar = sum.map((s, d) => (cnt[d] ? s / cnt[d] : Number.NaN));
  const { sd } = meanSd(kbar);
  const daily = new Float64Array(L);
  const cumulative = new Float64Array(L);
  let c = 0;
  for (let t = 0; t < L; t++) {
    c += kbar[M + t];
    daily[t] = kbar[M + t] / sd;
    cumulative[t] = c / (sd * Math.sqrt(t + 1));
  }
  const r = withP({
    test: 'rank',
    label: 'Corrado rank test',
    source: 'Corrado (1989); Cowan (1992) for windows',
    distribution: 'normal',
    df: Number.NaN,
    daily,
    cumulative,
  });
  return { ...r, meanRank: kbar.slice(M) };
}

/**
 * Generalized sign test (Cowan 1992): p̂ = mean over events of the fraction of positive estimation-window
 * ARs; with w the number of events whose AR (cumulative: CAR) is positive (zero counts as not positive),
 * Z = (w − N·p̂) / √(N·p̂·(1 − p̂)). Standard normal.
 */
export function generalizedSign(events: readonly EventAbnormal[]): TestResult & { pHat: number } {
  const L = eventDays(events);
  const N = events.length;
  let pHat = 0;
  for (const e of events) {
    let pos = 0;
    let n = 0;
    for (const x of e.estimationAr) {
      if (Number.isNaN(x)) continue;
      n++;
      if (x > 0) pos++;
    }
    pHat += pos / n / N;
  }
  const car = new Float64Array(N);
  const daily = new Float64Array(L);
  const cumulative = new Float64Array(L);
  const den = Math.sqrt(N * pHat * (1 - pHat));
  for (let t = 0; t < L; t++) {
    let w = 0;
    let wc = 0;
    for (let i = 0; i < N; i++) {
      car[i] += events[i].ar[t];
      if (events[i].ar[t] > 0) w++;
      if (car[i] > 0) wc++;
    }
    daily[t] = (w - N * pHat) / den;
    cumulative[t] = (wc - N * pHat) / den;
  }
  const r = withP({
    test: 'gsign',
    label: 'generalized sign test',
    source: 'Cowan (1992)',
    distribution: 'normal',
    df: Number.NaN,
    daily,
    cumulative,
  });
  return { ...r, pHat };
}
