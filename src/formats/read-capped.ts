/**
 * Reads a byte stream whole, or stops as soon as it passes `max` bytes (the rest is not read, the stream is
 * cancelled) and returns null. The one bounded reader of the download path (src/connectors/http.ts) and of
 * request bodies (src/server/routes/import.ts), which turn null into their own error. With `signal`, a read
 * still waiting when the signal aborts (a body that stops arriving) is cancelled and the call rejects with
 * a `ReadCancelledError`.
 */

/** What `readCapped` needs of a cancel signal (an AbortSignal, or the store's lighter Cancel). */
export interface ReadSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** The read was cancelled by its signal before the stream ended. */
export class ReadCancelledError extends Error {
  constructor(received: number) {
    super(`the body stopped arriving after ${received} bytes; read cancelled`);
    this.name = 'ReadCancelledError';
  }
}

/**
 * The stream's bytes, or null past `max` bytes; rejects with ReadCancelledError when `signal` aborts first.
 * @example await readCapped(res.body, 32 * 2 ** 20) // Uint8Array, or null past 32 MiB
 */
export async function readCapped(
  stream: ReadableStream<Uint8Array> | null,
  max: number,
  signal?: ReadSignal,
): Promise<Uint8Array | null> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  const onAbort = () => {
    reader.cancel().catch(() => undefined);
  };
  signal?.addEventListener('abort', onAbort);
  try {
    for (;;) {
      if (signal?.aborted) {
        await reader.cancel().catch(() => undefined);
        throw new ReadCancelledError(size);
      }
      const { done, value } = await reader.read();
      if (signal?.aborted) throw new ReadCancelledError(size);
      if (done) break;
      size += value.length;
      if (size > max) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      parts.push(value);
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
