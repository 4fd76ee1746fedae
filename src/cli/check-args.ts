/**
 * The one check of a command line against the command's declared options, before citty parses it (citty
 * ignores unknown options and takes `--db` with no value as ""): an unknown option, an option missing its
 * value, a boolean given a value other than true/false, an unknown subcommand or a stray positional is a
 * CliError with exit code 2 naming the option and what it takes. An option given twice: the last one wins.
 */
import type { ArgsDef, CommandDef } from 'citty';
import { quote } from '../quote.ts';
import { CliError } from './context.ts';

type ArgDef = { type?: string; options?: readonly string[] };

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A command's args, resolved (citty allows a value, a function or a promise of either). */
async function argsOf(cmd: CommandDef): Promise<Record<string, ArgDef>> {
  const a = (typeof cmd.args === 'function' ? await cmd.args() : await cmd.args) as ArgsDef | undefined;
  return (a ?? {}) as Record<string, ArgDef>;
}

/** "--a, --b and --c": the options a command takes, for messages. */
function optionList(defs: Record<string, ArgDef>): string {
  const names = Object.entries(defs)
    .filter(([, d]) => d.type !== 'positional')
    .map(([k]) => `--${kebab(k)}`);
  return names.length ? names.join(', ') : 'none';
}

/** The subcommand named by argv (for commands with subcommands, such as `fetch`), and the rest of argv. */
async function leaf(name: string, cmd: CommandDef, argv: string[]): Promise<[string, CommandDef, string[]]> {
  const subs = (typeof cmd.subCommands === 'function' ? await cmd.subCommands() : await cmd.subCommands) as
    | Record<string, CommandDef | (() => Promise<CommandDef>)>
    | undefined;
  if (!subs) return [name, cmd, argv];
  const keys = Object.keys(subs);
  const sub = argv[0];
  if (sub === undefined || sub.startsWith('-') || !(sub in subs))
    throw new CliError(
      `${sub === undefined || sub.startsWith('-') ? 'missing subcommand' : `unknown subcommand ${quote(sub)}`} for "capgap ${name}"; expected one of ${keys.join(', ')}`,
      2,
    );
  const s = subs[sub];
  const def = typeof s === 'function' ? await (s as () => Promise<CommandDef>)() : s;
  return leaf(`${name} ${sub}`, def, argv.slice(1));
}

/**
 * Throws a CliError (exit 2) when `argv` (the words after `capgap <command>`) does not fit `cmd`'s options.
 * @example await checkArgs('records', recordsCommand, ['--bogus']) // throws: unknown option "--bogus" …
 */
export async function checkArgs(name: string, cmd: CommandDef, argv: string[]): Promise<void> {
  const [full, def, words] = await leaf(name, cmd, argv);
  const defs = await argsOf(def);
  const byFlag = new Map<string, ArgDef>();
  for (const [k, d] of Object.entries(defs)) if (d.type !== 'positional') byFlag.set(kebab(k), d);
  const positional = Object.values(defs).some((d) => d.type === 'positional');
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '--') break;
    if (!w.startsWith('-') || /^-\.?\d/.test(w)) {
      if (!positional)
        throw new CliError(
          `unexpected argument ${quote(w)} for "capgap ${full}"; it takes only options: ${optionList(defs)}`,
          2,
        );
      continue;
    }
    const body = w.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const key = kebab(eq < 0 ? body : body.slice(0, eq));
    let value: string | undefined = eq < 0 ? undefined : body.slice(eq + 1);
    const negated = !byFlag.has(key) && key.startsWith('no-') && byFlag.get(key.slice(3))?.type === 'boolean';
    const d = negated ? byFlag.get(key.slice(3)) : byFlag.get(key);
    const flag = `--${key}`;
    if (!d)
      throw new CliError(`unknown option ${quote(w)} for "capgap ${full}"; options: ${optionList(defs)}`, 2);
    if (d.type === 'boolean') {
      if (value !== undefined && value !== 'true' && value !== 'false')
        throw new CliError(`invalid ${flag}: ${quote(value)}; it takes no value (or true/false)`, 2);
      continue;
    }
    if (value === undefined) {
      const next = words[i + 1];
      if (next !== undefined && !(next.startsWith('--') && next.length > 2)) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value.trim() === '')
      throw new CliError(`${flag} needs a value${d.options ? `: one of ${d.options.join(', ')}` : ''}`, 2);
    if (d.options && !d.options.includes(value))
      throw new CliError(`invalid ${flag}: ${quote(value)}; expected one of ${d.options.join(', ')}`, 2);
  }
}

/**
 * The option whose value an error quotes (`invalid date: "-3"` after `--from -3`), or null; main names that
 * option in the message, and reports a malformed date as misuse (exit 2).
 * @example flagOfValue('invalid date: "2016-02-30"; no such calendar day', ['buckets', '--from', '2016-02-30']) // '--from'
 */
export function flagOfValue(message: string, argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i];
    if (!w.startsWith('--')) continue;
    const eq = w.indexOf('=');
    const flag = eq < 0 ? w : w.slice(0, eq);
    const value = eq < 0 ? argv[i + 1] : w.slice(eq + 1);
    if (value === undefined || value === '') continue;
    if (message.includes(flag)) return flag;
    if ([`"${value}"`, JSON.stringify(value), quote(value), `: ${value};`].some((q) => message.includes(q)))
      return flag;
  }
  return null;
}
