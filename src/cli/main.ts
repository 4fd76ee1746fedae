/**
 * The `capgap` command line. One file per command in this folder; this file only lists them and runs one.
 * `main(argv, io)` runs in-process (tests pass their own IO) and returns the exit code.
 */
import { type CommandDef, defineCommand, runCommand, showUsage } from 'citty';
import { VERSION } from '../version.ts';
import { CliError, type CliIO, processIO, setIO } from './context.ts';

// Add a command here: name -> its one-line description (for `capgap --help`, which so loads no command) and a
// lazy import of its file (default export is a citty command). test/cli/main.test.ts checks the descriptions.
const load = (p: Promise<{ default: unknown }>) => p.then((m) => m.default as CommandDef);
export const COMMANDS: Record<string, [description: string, load: () => Promise<CommandDef>]> = {
  report: [
    'the size effect after an event: indices since, size portfolios vs the market, the month spread',
    () => load(import('./report.ts')),
  ],
  import: [
    'import CSV/Parquet files (Yahoo, yfinance, Stooq, Alpha Vantage, French, companylist, panel, generic)',
    () => load(import('./import.ts')),
  ],
  datasets: [
    'list the datasets capgap answers from: imported and embedded (name, kind, vintage, rows, origin)',
    () => load(import('./datasets.ts')),
  ],
  serve: ['serve the JSON API and the web page (loopback by default)', () => load(import('./serve.ts'))],
  fetch: [
    'download current data (French library, daily prices, share counts) into the store',
    () => load(import('./fetch.ts')),
  ],
  flows: [
    'net ETF flows by category and week/month/quarter/year, split at an event',
    () => load(import('./flows.ts')),
  ],
  records: [
    "a period's rank in its history: 'widest since', 'best week on record', 'on track'",
    () => load(import('./records.ts')),
  ],
  buckets: [
    'Size-bucket returns (deciles, quintiles, …) built from stocks or read from French',
    () => load(import('./buckets.ts')),
  ],
  calendar: [
    'Print the NYSE trading calendar (1926-) or check a series against it',
    () => load(import('./calendar.ts')),
  ],
  event: [
    'Event study of a series: abnormal returns, CAR, BHAR, significance tests',
    () => load(import('./event.ts')),
  ],
  'compare-events': [
    'Every event of a set side by side on one metric, ranked',
    () => load(import('./compare-events.ts')),
  ],
  check: [
    'Check an article (--text FILE|-) or claims (YAML/JSON) against the data',
    () => load(import('./check.ts')),
  ],
  sectors: [
    'Sectors over an event window: ranking, small-minus-large inside each, and the size spread by sector',
    () => load(import('./sectors.ts')),
  ],
  instruments: [
    'Passive funds for an exposure ("US small cap", "US industrials"): return, tracking, history, flows',
    () => load(import('./instruments.ts')),
  ],
};
const commands = Object.fromEntries(Object.entries(COMMANDS).map(([name, [, lazy]]) => [name, lazy]));

const meta = {
  name: 'capgap',
  version: VERSION,
  description: 'The size effect around market events: small vs large caps, small-cap fund flows, records.',
};

export const root = defineCommand({ meta, subCommands: commands });

/** The root as `--help` shows it: each command's name and description, none of them loaded. */
const helpRoot = defineCommand({
  meta,
  subCommands: Object.fromEntries(
    Object.entries(COMMANDS).map(([name, [description]]) => [
      name,
      defineCommand({ meta: { name, description } }),
    ]),
  ),
});

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], cliIO: CliIO = processIO): Promise<number> {
  setIO(cliIO);
  let code = 0;
  try {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
      await showUsage(helpRoot);
      return 0;
    }
    if (argv[0] === '--version') {
      cliIO.out(VERSION);
      return 0;
    }
    if (!(argv[0] in commands)) {
      throw new CliError(`unknown command "${argv[0]}"; try one of: ${Object.keys(commands).join(', ')}`, 2);
    }
    if (argv.includes('--help') || argv.includes('-h')) {
      const cmd = await commands[argv[0]]();
      await showUsage(cmd, root);
      return 0;
    }
    await runCommand(root, { rawArgs: argv });
  } catch (err) {
    if (err instanceof CliError) {
      cliIO.err(`capgap: ${err.message}`);
      code = err.exitCode;
    } else if (err instanceof Error && (err as { code?: string }).code?.startsWith('E_')) {
      // citty's own usage errors (unknown option values, missing arguments)
      cliIO.err(`capgap: ${err.message}`);
      code = 2;
    } else if (err instanceof Error) {
      cliIO.err(`capgap: ${err.message}`);
      if (process.env.CAPGAP_DEBUG) cliIO.err(String(err.stack));
      code = 1;
    } else {
      cliIO.err(`capgap: ${String(err)}`);
      code = 1;
    }
  } finally {
    setIO(processIO);
  }
  if (cliIO === processIO) process.exitCode = code;
  return code;
}
