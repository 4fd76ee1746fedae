/**
 * The `capgap` command line. One file per command in this folder; this file only lists them and runs one.
 * `main(argv, io)` runs in-process (tests pass their own IO) and returns the exit code.
 */
import { stripVTControlCharacters } from 'node:util';
import { type CommandDef, defineCommand, renderUsage, runCommand } from 'citty';
import { quote, safeMessage } from '../quote.ts';
import { VERSION } from '../version.ts';
import { checkArgs, flagOfValue } from './check-args.ts';
import { CliError, type CliIO, processIO, setIO } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';

// Add a command here: name -> a lazy import of its file (default export is a citty command), and its
// one-line description in ./descriptions.ts (so `capgap --help` loads no command).
const load = (p: Promise<{ default: unknown }>) => p.then((m) => m.default as CommandDef);
export const COMMANDS: Record<keyof typeof DESCRIPTIONS, () => Promise<CommandDef>> = {
  report: () => load(import('./report.ts')),
  import: () => load(import('./import.ts')),
  datasets: () => load(import('./datasets.ts')),
  serve: () => load(import('./serve.ts')),
  fetch: () => load(import('./fetch.ts')),
  flows: () => load(import('./flows.ts')),
  records: () => load(import('./records.ts')),
  buckets: () => load(import('./buckets.ts')),
  calendar: () => load(import('./calendar.ts')),
  event: () => load(import('./event.ts')),
  'compare-events': () => load(import('./compare-events.ts')),
  check: () => load(import('./check.ts')),
  sectors: () => load(import('./sectors.ts')),
  instruments: () => load(import('./instruments.ts')),
};
const commands: Record<string, () => Promise<CommandDef>> = COMMANDS;

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
    Object.entries(DESCRIPTIONS).map(([name, description]) => [
      name,
      defineCommand({ meta: { name, description } }),
    ]),
  ),
});

/** `message`, led by the option it is about when it quotes an option's value without naming it. */
function named(message: string, argv: string[]): string {
  const flag = flagOfValue(message, argv);
  return safeMessage(flag && !message.includes(flag) ? `${flag}: ${message}` : message);
}

/**
 * Prints a command's usage on the IO's stdout: terminal colours only when stdout is a terminal and NO_COLOR is
 * unset, so `capgap --help > help.txt` or a pipe gets plain text.
 */
async function usage(cliIO: CliIO, cmd: CommandDef, parent?: CommandDef): Promise<void> {
  const text = await renderUsage(cmd, parent);
  const colour = cliIO === processIO && process.stdout.isTTY && !process.env.NO_COLOR;
  cliIO.out(colour ? text : stripVTControlCharacters(text));
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], cliIO: CliIO = processIO): Promise<number> {
  setIO(cliIO);
  let code = 0;
  try {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
      await usage(cliIO, helpRoot);
      return 0;
    }
    if (argv[0] === '--version') {
      cliIO.out(VERSION);
      return 0;
    }
    if (!(argv[0] in commands)) {
      throw new CliError(
        `unknown command ${quote(argv[0])}; try one of: ${Object.keys(commands).join(', ')}`,
        2,
      );
    }
    if (argv.includes('--help') || argv.includes('-h')) {
      const cmd = await commands[argv[0]]();
      // `capgap fetch prices --help`: the subcommand's options, not its parent's list of subcommands
      const subs = (await (typeof cmd.subCommands === 'function' ? cmd.subCommands() : cmd.subCommands)) as
        | Record<string, CommandDef | (() => Promise<CommandDef>)>
        | undefined;
      const sub = subs && argv[1] && Object.hasOwn(subs, argv[1]) ? subs[argv[1]] : undefined;
      const parent = defineCommand({ meta: { name: `capgap ${argv[0]}` } });
      if (sub) await usage(cliIO, typeof sub === 'function' ? await sub() : sub, parent);
      else await usage(cliIO, cmd, root);
      return 0;
    }
    await checkArgs(argv[0], await commands[argv[0]](), argv.slice(1));
    await runCommand(root, { rawArgs: argv });
  } catch (err) {
    if (err instanceof CliError) {
      cliIO.err(`capgap: ${named(err.message, argv)}`);
      code = err.exitCode;
    } else if (err instanceof Error && err.name === 'CLIError') {
      // citty's own usage errors (unknown option values, missing arguments), without its terminal colours
      cliIO.err(`capgap: ${safeMessage(stripVTControlCharacters(err.message))}`);
      code = 2;
    } else if (
      err instanceof Error &&
      /^(invalid|unknown)\b/i.test(err.message) &&
      flagOfValue(err.message, argv)
    ) {
      // a command's "invalid …" or "unknown …" about a value given on the command line: misuse of that option
      cliIO.err(`capgap: ${named(err.message, argv)}`);
      code = 2;
    } else if (err instanceof Error) {
      cliIO.err(`capgap: ${named(err.message, argv)}`);
      if (process.env.CAPGAP_DEBUG) cliIO.err(String(err.stack));
      code = 1;
    } else {
      cliIO.err(`capgap: ${safeMessage(String(err))}`);
      code = 1;
    }
  } finally {
    setIO(processIO);
  }
  if (cliIO === processIO) process.exitCode = code;
  return code;
}
