/**
 * `capgap records`: where a period stands in its history. `--series size-spread` (default): a month's
 * smallest-minus-largest decile spread (French, VW and EW) with its rank and 'widest since'; `--as-of DATE`
 * gives the month-to-date VW spread, provisional, against completed months; `--period week [--end DATE]`
 * compounds French's daily VW deciles into weekly (monthly, …) spreads and ranks one. `--series flows`: a category's
 * flow in the period ending `--end` ranked in its history ('best week since records began in …').
 * `--series returns --id ^RUT [--vs ^GSPC]`: a period's return (or relative return) ranked the same way.
 */
import { defineCommand } from 'citty';
import { quote } from '../quote.ts';
import { CliError, openStore } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';
import { rankOptions, recordsArgs } from './records-args.ts';
import { flowRecords } from './records-flows.ts';
import { returnRecords } from './records-returns.ts';
import { spreadRecords } from './records-spread.ts';

export default defineCommand({
  meta: {
    name: 'records',
    description: DESCRIPTIONS.records,
  },
  args: recordsArgs,
  async run({ args }) {
    const rank = rankOptions(args);
    const series = String(args.series);
    if (!['size-spread', 'returns', 'flows'].includes(series)) {
      throw new CliError(`invalid --series: ${quote(series)}; expected size-spread, returns or flows`, 2);
    }
    if (series === 'returns' && !args.id)
      throw new CliError('--series returns needs --id (e.g. --id ^RUT --vs ^GSPC)', 2);
    const store = await openStore(args.db);
    try {
      if (series === 'flows') await flowRecords(store, args, rank);
      else if (series === 'returns') await returnRecords(store, args, rank);
      else await spreadRecords(store, args, rank);
    } finally {
      store.close();
    }
  },
});
