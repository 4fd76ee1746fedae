/**
 * The engine's threads: the main thread and, for panels whose columns live in SharedArrayBuffers, helper
 * worker threads that share the chunks of one step. A step is a kernel run once per chunk, `kernel(args,
 * chunk, scratch)`, writing only that chunk's own outputs; the chunks are taken in any order by whichever
 * thread is free (an atomic counter), so a helper that is still starting simply takes none. A chunk's
 * results do not depend on which thread ran it, and the callers combine chunks in chunk order: the engine's
 * numbers are the same, bit for bit, with one thread or several.
 *
 * Kernels are plain top-level functions that read only their arguments and other kernels (no closures, no
 * inner functions: the helpers run their source text, `String(fn)`). Helpers are started on first use, one
 * fewer than the threads (CAPGAP_THREADS, else the machine's available parallelism, at most 8), and do not
 * keep the process alive. A chunk that throws in a helper is run again on the main thread, which throws
 * the error with its own stack.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** A step's kernel: fills chunk `chunk`'s outputs in `args`; `scratch` is the thread's reusable space. */
// biome-ignore lint/suspicious/noExplicitAny: each kernel declares its own argument shape
export type Kernel = (args: any, chunk: number, scratch: Record<string, unknown>) => void;

/** The helpers' side: compile a step's source once, take chunks until none is left, count each done. */
const HELPER = `
const { parentPort, workerData } = require('node:worker_threads');
const ran = workerData;
const compiled = new Map();
const scratch = {};
parentPort.on('message', (m) => {
  let f = compiled.get(m.src);
  if (!f) { f = new Function(m.src + '\\nreturn ' + m.entry + ';')(); compiled.set(m.src, f); }
  const ctl = m.ctl;
  for (;;) {
    const c = Atomics.add(ctl, 0, 1);
    if (c >= m.chunks) break;
    try { f(m.args, c, scratch); Atomics.add(ran, 0, 1); } catch { ctl[2 + c] = 1; Atomics.add(ran, 1, 1); }
    Atomics.add(ctl, 1, 1);
    Atomics.notify(ctl, 1);
  }
});
`;

let helpers: Worker[] | null = null;
/** Helpers that have started running. */
const online = new WeakSet<Worker>();
const mainScratch: Record<string, unknown> = {};
/** [chunks the helpers ran, chunks that threw in a helper] since the process started. */
const ran = new Int32Array(new SharedArrayBuffer(8));

/**
 * Chunks run by the helper threads so far, and chunks that threw there (and were run again on the main
 * thread): what tests read to know the helpers took part.
 * @example threadStats().helperChunks
 */
export function threadStats(): { helperChunks: number; failedChunks: number } {
  return { helperChunks: Atomics.load(ran, 0), failedChunks: Atomics.load(ran, 1) };
}

/**
 * Threads the engine uses: CAPGAP_THREADS if set (1: the main thread alone), else the available
 * parallelism, at most 8.
 * @example threadCount() // 2 on a 2-core machine
 */
export function threadCount(): number {
  const env = Number(process.env.CAPGAP_THREADS);
  if (Number.isInteger(env) && env >= 1) return Math.min(env, 64);
  return Math.max(1, Math.min(8, availableParallelism()));
}

function startHelpers(): Worker[] {
  if (helpers) return helpers;
  helpers = [];
  for (let k = 1; k < threadCount(); k++) {
    let w: Worker;
    try {
      w = new Worker(HELPER, { eval: true, execArgv: [], workerData: ran });
    } catch {
      break; // no threads to be had (resource limits): the main thread runs every chunk
    }
    w.unref();
    w.once('online', () => online.add(w));
    w.on('error', () => {
      // A helper that dies takes no more chunks; the main thread runs whatever it leaves.
      helpers = helpers?.filter((h) => h !== w) ?? null;
    });
    helpers.push(w);
  }
  return helpers;
}

/**
 * Starts the helper threads now (they otherwise start at the first step that can share its chunks), so
 * that they are up when the engine runs: the panel loaders call it while they read. Resolves when every
 * helper is running (or has failed to start).
 * @example await warmThreads()
 */
export async function warmThreads(): Promise<void> {
  const pool = threadCount() > 1 ? startHelpers() : [];
  const starting = pool.filter((w) => !online.has(w));
  for (const w of starting) w.ref(); // keeps the process alive until they are up
  // A helper that fails to start ends the wait too (the main thread then runs its chunks).
  const up = (w: Worker) =>
    new Promise((ok) => {
      w.once('online', ok);
      w.once('exit', ok);
    });
  await Promise.all(starting.map(up));
  for (const w of starting) w.unref();
}

/** The function name a kernel's source text declares (what the helper calls). */
function nameOf(fn: Kernel): string {
  const m = /^function\s+([\w$]+)/.exec(String(fn));
  if (!m) throw new Error('internal: a kernel must be a function declaration');
  return m[1];
}

const sources = new Map<Kernel, string>();

/**
 * Runs `entry` over chunks 0 .. chunks-1: on the main thread alone unless `shared` (every array the
 * kernel reads or writes in bulk lives in a SharedArrayBuffer) and there are threads and chunks to share.
 * `uses` are the other kernels `entry` calls.
 * @example runChunks(scanChunk, [], args, 16, true)
 */
export function runChunks(
  entry: Kernel,
  // biome-ignore lint/complexity/noBannedTypes: the helpers' source text, any plain function
  uses: Function[],
  args: object,
  chunks: number,
  shared: boolean,
): void {
  const pool = shared && chunks > 1 && threadCount() > 1 ? startHelpers() : [];
  if (pool.length === 0) {
    for (let c = 0; c < chunks; c++) entry(args, c, mainScratch);
    return;
  }
  let src = sources.get(entry);
  if (src === undefined) {
    src = [...uses, entry].map(String).join('\n');
    sources.set(entry, src);
  }
  // ctl: [next chunk, chunks done, failed flag per chunk...]
  const ctl = new Int32Array(new SharedArrayBuffer(4 * (2 + chunks)));
  for (const w of pool) w.postMessage({ src, entry: nameOf(entry), args, ctl, chunks });
  for (;;) {
    const c = Atomics.add(ctl, 0, 1);
    if (c >= chunks) break;
    entry(args, c, mainScratch);
    Atomics.add(ctl, 1, 1);
  }
  for (let done = Atomics.load(ctl, 1); done < chunks; done = Atomics.load(ctl, 1)) {
    Atomics.wait(ctl, 1, done, 50);
  }
  for (let c = 0; c < chunks; c++) if (ctl[2 + c]) entry(args, c, mainScratch);
}

/**
 * A zeroed typed array of n elements, in a SharedArrayBuffer when `shared`.
 * @example alloc(Float64Array, 10, true).buffer instanceof SharedArrayBuffer // true
 */
export function alloc<T extends Int32Array | Float64Array | Uint8Array | Uint16Array>(
  Ctor: { new (b: ArrayBufferLike): T; new (n: number): T; BYTES_PER_ELEMENT: number },
  n: number,
  shared: boolean,
): T {
  return shared ? new Ctor(new SharedArrayBuffer(n * Ctor.BYTES_PER_ELEMENT)) : new Ctor(n);
}

/**
 * Whether typed arrays all live in SharedArrayBuffers (the helpers can read them without a copy).
 * @example isShared(panel.stock, panel.day) // false for arrays from `new Int32Array(n)`
 */
export function isShared(...arrays: ArrayLike<number>[]): boolean {
  return arrays.every((a) => ArrayBuffer.isView(a) && a.buffer instanceof SharedArrayBuffer);
}

/** Rows from which a loaded panel is put in shared memory for the threads (smaller ones run in ms anyway). */
export const SHARE_ROWS = 1 << 20;

/**
 * A copy of a panel's columns in SharedArrayBuffers (so the helper threads can read them), or the panel
 * itself when they are already shared or it has fewer than `minRows` rows (threads would not pay).
 * @example sharePanel(panel, 0).stock.buffer instanceof SharedArrayBuffer // true
 */
export function sharePanel<
  P extends { stock: Int32Array; day: Int32Array; price: Float64Array; cap: Float64Array },
>(panel: P, minRows = SHARE_ROWS): P {
  const { stock, day, price, cap } = panel;
  if (stock.length < minRows || isShared(stock, day, price, cap)) return panel;
  const copy = <T extends Int32Array | Float64Array>(a: T): T => {
    const out = new (a.constructor as new (b: SharedArrayBuffer) => T)(new SharedArrayBuffer(a.byteLength));
    out.set(a);
    return out;
  };
  return { ...panel, stock: copy(stock), day: copy(day), price: copy(price), cap: copy(cap) };
}
