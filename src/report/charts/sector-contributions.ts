/**
 * Where the size spread came from, as stacked bars: the smallest bucket's return, the largest bucket's and
 * the spread between them, each stacked by sector (weight at the window start × the sector cell's return;
 * the spread's segments are the sectors' contributions). Sectors are ranked by contribution, largest first,
 * in the legend and the stacking order.
 */
import { signedPct } from '../../findings/format.ts';
import type { SpreadDecomposition } from '../../sectors/decompose.ts';
import type { Chart, ChartOptions } from './chart.ts';
import { frame, plotBody } from './frame.ts';
import { plotLib } from './libs.ts';

/** Twelve distinct colours (Tableau 10 plus two), one per GICS sector and "Unclassified". */
const SECTOR_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#17becf',
  '#7f7f7f',
];

/**
 * The chart for one decomposition.
 * @example sectorContributionsChart(decomposeSpread(res, 'value'), { windowLabel: 'over the first five sessions after the election' })
 */
export function sectorContributionsChart(
  d: SpreadDecomposition,
  o: { windowLabel: string; legs?: [string, string] } & ChartOptions,
): Chart {
  const Plot = plotLib();
  if (d.sectors.length === 0) throw new Error('sectorContributionsChart: no sectors');
  const [small, large] = o.legs ?? [`Smallest (${d.small})`, `Largest (${d.large})`];
  const bars = [small, large, 'Spread'];
  const order = d.sectors.map((s) => s.sector);
  const color = new Map(order.map((s, i) => [s, SECTOR_COLORS[i % SECTOR_COLORS.length]]));
  const rows = d.sectors.flatMap((s) => [
    { bar: small, sector: s.sector, value: (s.weightSmall > 0 ? s.weightSmall * s.returnSmall : 0) * 100 },
    { bar: large, sector: s.sector, value: (s.weightLarge > 0 ? s.weightLarge * s.returnLarge : 0) * 100 },
    { bar: 'Spread', sector: s.sector, value: s.contribution * 100 },
  ]);
  const top = (bar: string) =>
    rows.filter((r) => r.bar === bar && r.value > 0).reduce((a, r) => a + r.value, 0);
  const totals = [
    { bar: small, value: d.smallReturn * 100, text: signedPct(d.smallReturn) },
    { bar: large, value: d.largeReturn * 100, text: signedPct(d.largeReturn) },
    {
      bar: 'Spread',
      value: d.spread * 100,
      text: `${d.spread >= 0 ? '+' : '−'}${Math.abs(d.spread * 100).toFixed(2)} pp`,
    },
  ];
  const width = o.width ?? 720;
  const height = o.height ?? 340;
  const body = plotBody({
    width,
    height,
    marginLeft: 56,
    marginBottom: 40,
    x: { domain: bars, label: null, padding: 0.3 },
    y: { label: 'Return, or contribution (pp)', grid: true, labelArrow: 'none', nice: true },
    color: { domain: order, range: order.map((s) => color.get(s)!) },
    marks: [
      Plot.barY(rows, {
        x: 'bar',
        y: 'value',
        fill: 'sector',
        order: order,
        stroke: 'white',
        strokeWidth: 0.5,
      }),
      Plot.ruleY([0], { stroke: '#555' }),
      Plot.tickY(totals, { x: 'bar', y: 'value', stroke: '#111', strokeWidth: 2 }),
      Plot.text(totals, {
        x: 'bar',
        y: (t: { bar: string; value: number }) => Math.max(t.value, top(t.bar)),
        text: 'text',
        dy: -9,
        fontSize: 11,
        fill: '#111',
        stroke: 'white',
        strokeWidth: 3,
      }),
    ],
  });
  const title = 'Where the size spread came from, by sector';
  const svg = frame(body, {
    title,
    subtitle: `${o.windowLabel[0].toUpperCase()}${o.windowLabel.slice(1)}, ${d.weighting}-weighted. Segment = weight × return.`,
    legend: order.map((s) => ({ label: s, color: color.get(s)! })),
    source:
      o.source ??
      'Source: Kaggle/Stooq stock panel, NASDAQ companylist caps (2016-09-21), S&P 500 GICS file. Chart: capgap.',
    width,
    bodyHeight: height,
  });
  return {
    id: 'sector-contributions',
    title,
    svg,
    alt: `${title}: ${d.sectors.map((s) => `${s.sector} ${(s.contribution * 100).toFixed(2)} pp`).join(', ')}; spread ${(d.spread * 100).toFixed(2)} pp`,
  };
}
