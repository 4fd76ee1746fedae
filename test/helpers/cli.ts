/**
 * The capgap CLI run in-process, as citty's tests run theirs (STYLE.md): `main` with an IO that collects what
 * it prints, each line followed by "\n". No child process, no terminal (isTTY false: no progress bars).
 */

import type { CliIO } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';

/** What one `capgap` run printed, and its exit code. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** An IO that collects stdout and stderr (each line followed by "\n"). */
export function captureIO(): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTTY: false,
    out(t: string) {
      io.stdout += `${t}\n`;
    },
    err(t: string) {
      io.stderr += `${t}\n`;
    },
  };
  return io;
}

/**
 * Runs `capgap <argv…>` in-process, with `env` added to the environment for the run (then restored).
 * @example const r = await runCli(['records', '--json', '--db', db]); JSON.parse(r.out)
 */
export async function runCli(argv: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const io = captureIO();
    const code = await main(argv, io);
    return { code, out: io.stdout, err: io.stderr };
  } finally {
    for (const k of Object.keys(env))
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
  }
}
