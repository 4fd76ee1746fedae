/**
 * The one way capgap makes a folder (the store's, the download cache's, `--out`): missing levels are made one
 * at a time, top down, each with a plain mkdir. Node's `mkdirSync(…, { recursive: true })` loops forever where
 * mkdir answers ENOENT under a parent that exists (`/proc/x/y`); here that is an error naming the level.
 * A part of the path that is a file is named too.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { quote } from './quote.ts';

/** A folder that cannot be made: `message` names it and says why. */
export class FolderError extends Error {
  constructor(
    readonly folder: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(reason, options);
    this.name = 'FolderError';
  }
}

/** Why mkdir refused, in words, by its error code. */
const WHY: Record<string, string> = {
  ENOENT: 'the file system makes no folder there',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'a read-only file system',
  ENOSPC: 'no space left on the device',
  ENAMETOOLONG: 'the path is too long',
};

function kind(p: string): 'folder' | 'other' | 'none' {
  try {
    return statSync(p).isDirectory() ? 'folder' : 'other';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'none';
    if (code === 'ENOTDIR') return 'other';
    throw new FolderError(p, `cannot read ${quote(p)} (${code ?? (err as Error).message})`, { cause: err });
  }
}

/**
 * Makes `folder` and its missing parents; nothing when it exists.
 * @example makeFolder('/tmp/out/charts') // '/tmp/out' and '/tmp/out/charts' made as needed
 * @example makeFolder('/tmp/notes.txt/out') // throws FolderError: "/tmp/notes.txt" is a file, not a folder
 */
export function makeFolder(folder: string): void {
  const missing: string[] = [];
  let d = resolve(folder);
  for (let k = kind(d); k !== 'folder'; k = kind(d)) {
    if (k === 'other') {
      // the first part of the path, from the top, that is not a folder
      let top = d;
      while (dirname(top) !== top && kind(dirname(top)) !== 'folder') top = dirname(top);
      throw new FolderError(folder, `${quote(top)} is a file, not a folder`);
    }
    missing.push(d);
    if (dirname(d) === d) break;
    d = dirname(d);
  }
  for (const m of missing.reverse()) {
    try {
      mkdirSync(m);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && kind(m) === 'folder') continue;
      const why = code ? `${code}: ${WHY[code] ?? 'refused'}` : (err as Error).message;
      throw new FolderError(folder, `cannot make the folder ${quote(m)} (${why})`, { cause: err });
    }
  }
}
