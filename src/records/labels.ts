/**
 * Period labels for people: a period is identified by its last calendar day (ISO), and labelled by its
 * frequency: 'Nov 2016', '2016 Q4', '2016', 'week ending 2016-11-11', '2016-11-09'.
 */

/** The frequencies the records engine labels. */
export type Frequency = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'annual';

export const FREQUENCIES: readonly Frequency[] = ['daily', 'weekly', 'monthly', 'quarterly', 'annual'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Validates a frequency, naming the bad value.
 * @example checkFrequency('monthly') // 'monthly'
 */
export function checkFrequency(frequency: string): Frequency {
  if (!FREQUENCIES.includes(frequency as Frequency)) {
    throw new Error(
      `invalid frequency: ${JSON.stringify(frequency)}; expected one of ${FREQUENCIES.join(', ')}`,
    );
  }
  return frequency as Frequency;
}

/**
 * The label of the period ending on `end` (ISO date).
 * @example periodLabel('2016-11-30', 'monthly') // 'Nov 2016'
 */
export function periodLabel(end: string, frequency: Frequency): string {
  const y = end.slice(0, 4);
  const m = Number(end.slice(5, 7));
  switch (frequency) {
    case 'monthly':
      return `${MONTHS[m - 1]} ${y}`;
    case 'quarterly':
      return `${y} Q${Math.ceil(m / 3)}`;
    case 'annual':
      return y;
    case 'weekly':
      return `week ending ${end}`;
    default:
      return end;
  }
}

/** The plural noun of a frequency's periods: 'months', 'weeks', … */
export function periodNoun(frequency: Frequency): string {
  return { daily: 'days', weekly: 'weeks', monthly: 'months', quarterly: 'quarters', annual: 'years' }[
    frequency
  ];
}
