/**
 * The `capgap` command line. One file per command in this folder; this file only lists them and runs one.
 * `main(argv, io)` runs in-process (tests pass their own IO) and returns the exit code.
 */
import { type CommandDef, defineCommand, runCommand, showUsage } from 'citty';
import { CliError, type CliIO, processIO, setIO } from './context.ts';

// Add a command here: name -> lazy import of its file (default export is a citty command).
const commands: Record<string, () => Promise<CommandDef>> = {
  report: () => import('./report.ts').then((m) => m.default as CommandDef),
  import: () => import('./import.ts').then((m) => m.default as CommandDef),
  datasets: () => import('./datasets.ts').then((m) => m.default as CommandDef),
  serve: () => import('./serve.ts').then((m) => m.default as CommandDef),
  fetch: () => import('./fetch.ts').then((m) => m.default as CommandDef),
  flows: () => import('./flows.ts').then((m) => m.default as CommandDef),
  records: () => import('./records.ts').then((m) => m.default as CommandDef),
  buckets: () => import('./buckets.ts').then((m) => m.default as CommandDef),
  calendar: () => import('./calendar.ts').then((m) => m.default as CommandDef),
  event: () => import('./event.ts').then((m) => m.default as CommandDef),
  'compare-events': () => import('./compare-events.ts').then((m) => m.default as CommandDef),
  check: () => import('./check.ts').then((m) => m.default as CommandDef),
  sectors: () => import('./sectors.ts').then((m) => m.default as CommandDef),
  instruments: () => import('./instruments.ts').then((m) => m.default as CommandDef),
};

export const root = defineCommand({
  meta: {
    name: 'capgap',
    version: '0.1.0',
    description: 'The size effect around market events: small vs large caps, small-cap fund flows, records.',
  },
  subCommands: commands,
});

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], cliIO: CliIO = processIO): Promise<number> {
  setIO(cliIO);
  let code = 0;
  try {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
      await showUsage(root);
      return 0;
    }
    if (argv[0] === '--version') {
      cliIO.out('0.1.0');
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
