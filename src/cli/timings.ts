/**
 * `--timings`: where a command's time goes, printed to stderr as one line per phase in ms. The first phase,
 * `start-up`, runs from the process start (Node's time origin) to the command's first line: Node itself, the
 * TypeScript loader and module loading.
 */
import { io } from './context.ts';

/** Phase durations of one command run, in order. */
export class Timings {
  private last: number;
  readonly phases: [string, number][] = [];

  /** Starts timing; the start-up phase is the time since the process started. */
  constructor(readonly enabled: boolean) {
    this.last = performance.now();
    this.phases.push(['start-up (node, loader, modules)', this.last]);
  }

  /**
   * Ends the current phase under `name`.
   * @example t.lap('store open')
   */
  lap(name: string): void {
    const now = performance.now();
    this.phases.push([name, now - this.last]);
    this.last = now;
  }

  /** Prints the phases and their total to stderr (when enabled). */
  print(): void {
    if (!this.enabled) return;
    const total = this.phases.reduce((a, [, ms]) => a + ms, 0);
    const w = Math.max(...this.phases.map(([n]) => n.length), 5);
    const lines = this.phases.map(([n, ms]) => `  ${n.padEnd(w)}  ${ms.toFixed(0).padStart(6)} ms`);
    // CPU time of the whole process (every thread, DuckDB's too): what the run costs on an idle machine,
    // whatever else shares the cores.
    const cpu = process.cpuUsage();
    const cpuMs = (cpu.user + cpu.system) / 1000;
    io().err(
      [
        'timings:',
        ...lines,
        `  ${'total'.padEnd(w)}  ${total.toFixed(0).padStart(6)} ms`,
        `  ${'cpu (user + system, all threads)'.padEnd(w)}  ${cpuMs.toFixed(0).padStart(6)} ms`,
      ].join('\n'),
    );
  }
}

/** The `--timings` option, for a command's args. */
export const timingsArg = {
  timings: {
    type: 'boolean',
    description: 'print where the time goes (ms per phase) to stderr',
    default: false,
  },
} as const;
