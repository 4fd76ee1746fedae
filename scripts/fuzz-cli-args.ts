/**
 * The command line under fuzzing: every command and subcommand (src/cli/main.ts COMMANDS) with an unknown
 * option, each string option without its value or empty, and given hostile values (impossible dates,
 * out-of-range numbers, very long, unicode). Runs in-process (`main` with a collecting IO, as the CLI tests
 * do) on a scratch store ($CAPGAP_DB). Outcomes:
 * - `accepted`: exit 0;
 * - `rejected`: exit 2 with one line `capgap: …` naming the option (`--name`), or exit 1 with one line (a
 *   failure of the data; not "invalid …" or "unknown …", which are misuse and must be exit 2); a message quoting the value
 *   given names its option;
 * - `crash`: anything else (several lines, a JS error's words, misuse as exit 1, no option named);
 * - `hang`: no exit within the time allowed.
 * `serve` and `fetch` (a server, the network) and `import` (scripts/fuzz-import-cli.ts) get only the cases
 * that must fail before running.
 */
import type { CommandDef } from 'citty';
import { COMMANDS, main } from '../src/cli/main.ts';
import { quote } from '../src/quote.ts';
import { captureIO } from '../test/helpers/cli.ts';
import { messageFault, type WayResult } from './fuzz-import-cli.ts';

/** One CLI case: the words after `capgap`, and the option the error must name. */
export interface ArgCase {
  argv: string[];
  flag: string;
  /** True when the case must fail (exit 2) before the command runs. */
  misuse: boolean;
}

/** Values a fuzzer gives an option. */
export const HOSTILE_ARGS = [
  '2016-02-30',
  '2016-13-01',
  '16-11-08',
  '99999-01-01',
  '-1',
  '1e400',
  'NaN',
  'x'.repeat(300),
  '𝟚𝟘𝟙𝟞-𝟙𝟙-𝟘𝟠',
  '\u202e1',
  '2016-11-08\u202e',
  '\u001b[2J1',
  '1\n2',
  '9'.repeat(1_048_576),
  '1,234.5',
  '(12.3)',
  '12%',
  '20161108',
  '11/08/2016',
];

/** Options never given hostile values: paths the run would create (a store, an output folder, a cache). */
const PATHS = new Set(['db', 'out', 'cache-dir', 'text', 'set']);
/** Commands run only with cases that fail before running. */
const NO_RUN = new Set(['serve', 'fetch', 'import']);

type Defs = Record<string, { type?: string }>;

/** Each command (and `fetch` subcommand) with its options. */
export async function commandOptions(): Promise<{ words: string[]; args: Defs }[]> {
  const out: { words: string[]; args: Defs }[] = [];
  const visit = async (words: string[], cmd: CommandDef) => {
    const subs = (await cmd.subCommands) as Record<string, CommandDef> | undefined;
    if (subs) for (const [k, s] of Object.entries(subs)) await visit([...words, k], s);
    else out.push({ words, args: ((await cmd.args) ?? {}) as Defs });
  };
  for (const [name, load] of Object.entries(COMMANDS)) await visit([name], await load());
  return out;
}

/** Every case for one command. */
export function argCases(c: { words: string[]; args: Defs }): ArgCase[] {
  const run = !NO_RUN.has(c.words[0]);
  const out: ArgCase[] = [{ argv: [...c.words, '--zz-bogus', '1'], flag: '--zz-bogus', misuse: true }];
  for (const [k, d] of Object.entries(c.args)) {
    if (d.type !== 'string') continue;
    const flag = `--${k}`;
    out.push({ argv: [...c.words, flag], flag, misuse: true });
    out.push({ argv: [...c.words, `${flag}=`], flag, misuse: true });
    if (run && !PATHS.has(k))
      for (const v of HOSTILE_ARGS) out.push({ argv: [...c.words, flag, v], flag, misuse: false });
  }
  return out;
}

/** Words of a JavaScript fault that must never reach a user. */
const JS_FAULT =
  /Cannot read propert|is not a function|is not defined|is not iterable|Maximum call stack|\[object Object\]|undefined/;

/**
 * Runs one case in-process and classifies it.
 * @example await argCase({ argv: ['records', '--bogus'], flag: '--bogus', misuse: true }) // rejected
 */
export async function argCase(c: ArgCase, timeoutMs = 60_000): Promise<WayResult> {
  const io = captureIO();
  let t: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    main(c.argv, io),
    new Promise<null>((r) => {
      t = setTimeout(() => r(null), timeoutMs);
    }),
  ]);
  clearTimeout(t);
  const what = `capgap ${c.argv.join(' ').slice(0, 120)}`;
  if (code === null) return { outcome: 'hang', message: `${what}: no exit in ${timeoutMs} ms` };
  if (code === 0)
    return c.misuse
      ? { outcome: 'crash', message: `${what}: exit 0 for misuse` }
      : { outcome: 'accepted', message: '' };
  const err = io.stderr.trimEnd();
  const lines = err.split('\n');
  const bad = (why: string) => ({
    outcome: 'crash' as const,
    message: `${what}: ${why}: ${err.slice(0, 300)}`,
  });
  if (lines.length !== 1 || !lines[0].startsWith('capgap: ')) return bad('not one line "capgap: …"');
  if (JS_FAULT.test(err)) return bad('a JavaScript fault');
  const fault = messageFault(lines[0].slice('capgap: '.length));
  if (fault) return bad(fault);
  // an error about the value given names its option; misuse names the option (exit 2); a failure of the
  // data (no panel in the store) or an option the command needs first may say only that
  const value = c.argv[c.argv.length - 1];
  const quoted = [`"${value}"`, JSON.stringify(value), quote(value)].some((q) => err.includes(q));
  if (!err.includes(c.flag) && (c.misuse || quoted)) return bad(`does not name ${c.flag}`);
  if (code === 2) return { outcome: 'rejected', message: err };
  if (code === 1 && !c.misuse && !/^capgap: (--[\w-]+: )?(invalid|unknown)\b/i.test(err))
    return { outcome: 'rejected', message: err };
  return bad(`exit ${code}`);
}
