/**
 * Resumable batches: a list of items (tickers, datasets) worked one after another, with the done ones
 * recorded in a state file after each item. Rerunning the same batch skips what is done and retries what
 * failed; the state file is removed when every item has succeeded. An offline error stops the batch at once
 * (the rest would fail the same way); other failures are recorded and the batch goes on.
 * A progress bar (cli-progress) is drawn on stderr only when it is a terminal.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import cliProgress from 'cli-progress';
import { makeFolder } from '../make-folder.ts';
import { OfflineError } from './errors.ts';

/** The outcome of one item. */
export type ItemOutcome<R> =
  | { key: string; status: 'done'; result: R }
  | { key: string; status: 'resumed'; result: unknown }
  | { key: string; status: 'failed'; error: string };

/** A batch's state file content. */
interface BatchState {
  batch: string;
  items: string[];
  done: Record<string, { at: string; result: unknown }>;
  failed: Record<string, string>;
}

/** Options of `runBatch`. */
export interface BatchOptions {
  /** Folder for state files (the cache's `batches/`). */
  stateDir: string;
  /** Names the batch: same name and items → same state file. */
  name: string;
  /**
   * What the work writes to, e.g. the store's path: part of the state file's identity, so a batch never
   * "resumes" into a different store. An in-memory store (':memory:') is scoped to this process as well.
   */
  scope?: string;
  /** Draw a progress bar on stderr [false]. */
  progress?: boolean;
  /** Per-item messages. */
  log?: (message: string) => void;
}

/** The state file of a batch: `<stateDir>/<name>-<sha1 of scope and items>.json`. */
export function batchStatePath(
  options: Pick<BatchOptions, 'stateDir' | 'name' | 'scope'>,
  items: string[],
): string {
  const scope = options.scope === ':memory:' ? `:memory:${process.pid}` : (options.scope ?? '');
  const id = createHash('sha1')
    .update(`${scope}\n${items.join('\n')}`)
    .digest('hex')
    .slice(0, 12);
  return join(options.stateDir, `${options.name.replace(/[^A-Za-z0-9_-]/g, '_')}-${id}.json`);
}

function save(path: string, state: BatchState): void {
  makeFolder(dirname(path));
  writeFileSync(`${path}.tmp`, JSON.stringify(state, null, 2));
  renameSync(`${path}.tmp`, path);
}

/**
 * Runs `work` on each item in order, resumably (see the file header). Returns every item's outcome.
 * @example const out = await runBatch(['IWM', 'SPY'], (t) => fetchOne(t), { stateDir, name: 'prices-stooq' });
 */
export async function runBatch<R>(
  items: string[],
  work: (item: string) => Promise<R>,
  options: BatchOptions,
): Promise<ItemOutcome<R>[]> {
  const path = batchStatePath(options, items);
  let state: BatchState = { batch: options.name, items, done: {}, failed: {} };
  if (existsSync(path)) {
    // a state file that does not parse or lacks `done` (edited, cut short) is started over, and said so
    let saved: Partial<BatchState> | null = null;
    try {
      saved = JSON.parse(readFileSync(path, 'utf8')) as Partial<BatchState> | null;
    } catch {}
    if (saved && typeof saved.done === 'object' && saved.done !== null && !Array.isArray(saved.done)) {
      const done = Object.entries(saved.done).filter(([, v]) => v && typeof v === 'object' && 'result' in v);
      state = { ...state, done: Object.fromEntries(done) };
      const n = Object.keys(state.done).length;
      if (n) options.log?.(`resuming ${options.name}: ${n} of ${items.length} already done (${path})`);
    } else options.log?.(`${options.name}: the state file ${path} is damaged; starting the batch over`);
  }
  const bar = options.progress
    ? new cliProgress.SingleBar(
        {
          format: `${options.name} [{bar}] {value}/{total} {item}`,
          stream: process.stderr,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(items.length, 0, { item: '' });
  const out: ItemOutcome<R>[] = [];
  try {
    for (const item of items) {
      bar?.update(out.length, { item });
      const done = state.done[item];
      if (done) {
        out.push({ key: item, status: 'resumed', result: done.result });
        continue;
      }
      try {
        const result = await work(item);
        state.done[item] = { at: new Date().toISOString(), result };
        out.push({ key: item, status: 'done', result });
      } catch (err) {
        state.failed[item] = (err as Error).message;
        save(path, state);
        if (err instanceof OfflineError) throw err;
        options.log?.(`${item}: ${(err as Error).message}`);
        out.push({ key: item, status: 'failed', error: (err as Error).message });
        continue;
      }
      save(path, state);
    }
  } finally {
    bar?.update(out.length, { item: '' });
    bar?.stop();
  }
  if (out.every((o) => o.status !== 'failed')) rmSync(path, { force: true });
  return out;
}
