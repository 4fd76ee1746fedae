/**
 * The Kolari–Pynnönen (2010) adjustment of the BMP test for cross-sectional correlation of abnormal
 * returns (events on the same or overlapping calendar days).
 */
import { bmpT } from './parametric-tests.ts';
import { type EventAbnormal, type TestResult, withP } from './test-types.ts';

/**
 * Average pairwise Pearson correlation r̄ of the events' estimation-window abnormal returns (aligned by
 * estimation day; pairs with a NaN skipped), the input of the Kolari–Pynnönen adjustment.
 */
export function averageCorrelation(events: readonly EventAbnormal[]): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < events.length; j++) {
      const a = events[i].estimationAr;
      const b = events[j].estimationAr;
      const n = Math.min(a.length, b.length);
      let k = 0;
      let sa = 0;
      let sb = 0;
      for (let d = 0; d < n; d++) {
        if (Number.isNaN(a[d]) || Number.isNaN(b[d])) continue;
        k++;
        sa += a[d];
        sb += b[d];
      }
      const ma = sa / k;
      const mb = sb / k;
      let sab = 0;
      let saa = 0;
      let sbb = 0;
      for (let d = 0; d < n; d++) {
        if (Number.isNaN(a[d]) || Number.isNaN(b[d])) continue;
        sab += (a[d] - ma) * (b[d] - mb);
        saa += (a[d] - ma) ** 2;
        sbb += (b[d] - mb) ** 2;
      }
      sum += sab / Math.sqrt(saa * sbb);
      pairs++;
    }
  }
  return pairs ? sum / pairs : Number.NaN;
}

/**
 * Kolari–Pynnönen (2010) adjusted BMP: t_KP = t_BMP·√((1 − r̄) / (1 + (N − 1)·r̄)), with r̄ the average
 * pairwise correlation of the estimation-window abnormal returns (correlation is scale-free, so SARs or ARs
 * give the same r̄). For events on the same calendar days (clustered), such as one market-wide event.
 */
export function kolariPynnonenT(events: readonly EventAbnormal[]): TestResult & { rBar: number } {
  const bmp = bmpT(events);
  const N = events.length;
  const rBar = averageCorrelation(events);
  const adj = Math.sqrt((1 - rBar) / (1 + (N - 1) * rBar));
  const r = withP({
    ...bmp,
    test: 'kp',
    label: 'BMP t with the Kolari–Pynnönen correlation adjustment',
    source: 'Kolari & Pynnönen (2010)',
    daily: bmp.daily.map((x) => x * adj),
    cumulative: bmp.cumulative.map((x) => x * adj),
  });
  return { ...r, rBar };
}
