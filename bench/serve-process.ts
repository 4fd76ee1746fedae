/**
 * The server under test for bench/serve.ts: `capgap serve` started in its own process (bin/capgap.js: the
 * built CLI, as installed, when dist/ is present (`npm run build`), else the sources through tsx), and what /proc says about it (RSS, CPU time), with the
 * machine's load average.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

/** Starts `capgap serve --port 0 --db DB`; resolves with its URL once it listens. */
export function startChild(db: string): Promise<{ url: string; pid: number; stop: () => void }> {
  const bin = fileURLToPath(new URL('../bin/capgap.js', import.meta.url));
  const built = existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)));
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', db], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: built ? { ...process.env, CAPGAP_BUILT: '1' } : process.env,
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /serving on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1], pid: child.pid as number, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
}

/** The server's resident memory, MB (Linux /proc). */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

/** CPU time the server process has used (user + system, every thread), ms (Linux /proc; 100 ticks/s). */
export function cpuMs(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
  return (Number(rest[11]) + Number(rest[12])) * 10;
}

export const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
