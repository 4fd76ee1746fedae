/**
 * Load shedding for a server that computes in memory on one thread. Overload shows as event-loop lag: a
 * timer due every `intervalMs` fires late by about the time one loop turn takes to serve every ready request.
 * While the lag stays above `targetMs`, a growing share of new requests (at most `maxShare`) is refused at
 * once with 503 and `Retry-After`, and the share falls back to zero once the lag is below half the target.
 *
 * Why a capped share: clients that ignore Retry-After ask again at once, and a refusal costs a fraction of
 * an answer; refusing more than about a third of requests would spend the time answers need on refusals.
 * The cap keeps at least 80% of the peak useful throughput under 10x overload (bench/serve.ts --overload)
 * while telling clients to back off. Refusals are spread evenly (every 1/share-th request), not random.
 */

/** Options of `LoadShedder`. */
export interface ShedOptions {
  /** Lag (ms) above which shedding grows; default 100. */
  targetMs?: number;
  /** Largest share of requests refused; default 0.3. */
  maxShare?: number;
  /** How often the lag is sampled, ms; default 20. */
  intervalMs?: number;
  /**
   * Requests in progress below which nothing is refused; default 32. A lagging loop with few requests in
   * progress is one slow answer or a busy machine, not overload: one reader's page (about ten requests at
   * once) is never shed.
   */
  minInFlight?: number;
}

/** Measures event-loop lag and decides which requests to refuse. */
export class LoadShedder {
  /** The last lag measured, ms. */
  lag = 0;
  /** The share of requests refused now. */
  share = 0;
  /** Requests refused so far. */
  shed = 0;
  private acc = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly targetMs: number;
  private readonly maxShare: number;
  private readonly intervalMs: number;
  private readonly minInFlight: number;

  constructor(o: ShedOptions = {}) {
    this.targetMs = o.targetMs ?? 100;
    this.maxShare = o.maxShare ?? 0.3;
    this.intervalMs = o.intervalMs ?? 20;
    this.minInFlight = o.minInFlight ?? 32;
  }

  /** Starts sampling (the timer does not keep the process alive). */
  start(): this {
    let due = performance.now() + this.intervalMs;
    this.timer = setInterval(() => {
      const now = performance.now();
      this.sample(Math.max(0, now - due));
      due = now + this.intervalMs;
    }, this.intervalMs);
    this.timer.unref();
    return this;
  }

  /**
   * Takes one lag sample (ms): above the target the share grows by 0.05 (up to `maxShare`), below half the
   * target it falls by 0.05. The timer of `start` calls it; tests call it with chosen lags.
   * @example shedder.sample(250) // share 0.05
   */
  sample(lagMs: number): void {
    this.lag = lagMs;
    if (lagMs > this.targetMs) this.share = Math.min(this.maxShare, this.share + 0.05);
    else if (lagMs < this.targetMs / 2) this.share = Math.max(0, this.share - 0.05);
  }

  /** Stops sampling. */
  stop(): void {
    clearInterval(this.timer);
    this.share = 0;
  }

  /**
   * True when this request should be refused (every 1/share-th request while shedding and at least
   * `minInFlight` requests are in progress; `inFlight` omitted counts as overload).
   * @example if (shedder.refuse(inFlight)) return busy();
   */
  refuse(inFlight = Number.POSITIVE_INFINITY): boolean {
    if (this.share === 0 || inFlight < this.minInFlight) return false;
    this.acc += this.share;
    if (this.acc < 1 - 1e-9) return false; // (tolerance: 0.3 added ten times is 0.9999999999999999)
    this.acc -= 1;
    this.shed++;
    return true;
  }
}
