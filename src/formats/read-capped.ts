/**
 * Reads a byte stream whole, or stops as soon as it passes `max` bytes (the rest is not read, the stream is
 * cancelled) and returns null. The one bounded reader of the download path (src/connectors/http.ts) and of
 * request bodies (src/server/routes/import.ts), which turn null into their own error.
 * @example await readCapped(res.body, 32 * 2 ** 20) // Uint8Array, or null past 32 MiB
 */
export async function readCapped(
  stream: ReadableStream<Uint8Array> | null,
  max: number,
): Promise<Uint8Array | null> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
