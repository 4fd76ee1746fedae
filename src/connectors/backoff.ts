/**
 * Retry timing: exponential backoff with jitter, the HTTP `Retry-After` header, and a per-host rate limiter.
 * All three take their clock, sleep and randomness as options so tests run them without waiting.
 */

/** Sleeps `ms` milliseconds. */
export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The wait before retry number `attempt` (0-based): "equal jitter" backoff,
 * d = min(maxDelayMs, baseDelayMs · 2^attempt), wait = d/2 + random · d/2
 * (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015). Never less than half the step.
 * @example backoffDelay(2, { baseDelayMs: 500, maxDelayMs: 30000, random: () => 0.5 }) // 1500
 */
export function backoffDelay(
  attempt: number,
  options: { baseDelayMs: number; maxDelayMs: number; random?: () => number },
): number {
  const d = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  const r = (options.random ?? Math.random)();
  return Math.round(d / 2 + r * (d / 2));
}

/**
 * Milliseconds to wait from an HTTP `Retry-After` header: delta-seconds or an HTTP-date
 * (RFC 9110 §10.2.3). Returns undefined for a missing or unreadable header; never negative.
 * @example parseRetryAfter('3') // 3000
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value == null) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return Math.max(0, t - now);
}

/** Options of a rate limiter. */
export interface RateLimiterOptions {
  /** Least time between two requests, in ms (SEC asks for at most 10 per second: 100). */
  minIntervalMs: number;
  /** Clock; defaults to Date.now. */
  now?: () => number;
  /** Sleep; defaults to a timer. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Spaces requests at least `minIntervalMs` apart (a one-slot token bucket). Calls queue in order.
 * @example const limit = new RateLimiter({ minIntervalMs: 100 }); await limit.take();
 */
export class RateLimiter {
  readonly minIntervalMs: number;
  private next = 0;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Total time this limiter made callers wait, in ms (for the summary). */
  waitedMs = 0;

  constructor(options: RateLimiterOptions) {
    if (!(options.minIntervalMs >= 0)) {
      throw new Error(`invalid minIntervalMs: ${options.minIntervalMs}; expected a number >= 0`);
    }
    this.minIntervalMs = options.minIntervalMs;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
  }

  /** Waits until the next request may go, and books the slot. */
  async take(): Promise<void> {
    const now = this.now();
    const at = Math.max(now, this.next);
    this.next = at + this.minIntervalMs;
    if (at > now) {
      this.waitedMs += at - now;
      await this.sleep(at - now);
    }
  }
}
