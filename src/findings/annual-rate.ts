/**
 * A return as an annual rate ("small caps have returned an annualized 7.5% over the past decade"): the
 * window's compound return R over d calendar days, from the base close's date to the end close's date, is
 * (1 + R)^(365.25 / d) − 1 (the CAGR convention; a window under a year is annualized the same way).
 */
import type { Leg } from './evaluate-legs.ts';

const DAY_MS = 864e5;

/**
 * The leg's return as an annual rate, saying so in its description and notes.
 * @example annualRate({ value: 1.0, from: '2014-07-16', to: '2024-07-16', … }).value // 0.0718 (doubling in ten years)
 */
export function annualRate(l: Leg): Leg {
  const days = (Date.parse(`${l.to}T00:00:00Z`) - Date.parse(`${l.from}T00:00:00Z`)) / DAY_MS;
  if (!(days > 0) || !(l.value > -1)) return l;
  const value = (1 + l.value) ** (365.25 / days) - 1;
  const note = `an annual rate: (1 + ${(l.value * 100).toFixed(2)}%)^(365.25 / ${days} days) − 1`;
  return { ...l, value, description: `${l.description} (annual rate)`, notes: [...(l.notes ?? []), note] };
}
