/** Runs the capgap CLI in-process (as the tests of test/cli do), with extra environment variables. */
import { main } from '../../src/cli/main.ts';

/** Output, error text and exit code of one `capgap` run. */
export async function cli(argv: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const code = await main(argv, {
      out: (t) => {
        out += `${t}\n`;
      },
      err: (t) => {
        err += `${t}\n`;
      },
      isTTY: false,
    });
    return { code, out, err };
  } finally {
    for (const k of Object.keys(env))
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
  }
}
