/**
 * Normal-return models fitted on an estimation window, and abnormal returns AR = R - E[R] on the event window.
 * Sources: MacKinlay (1997), "Event Studies in Economics and Finance", J. Econ. Lit. 35, §4; Brown & Warner
 * (1980, 1985). Conventions (those of sipemu/eventstudy, whose published values the tests reproduce):
 * - `market-model`: OLS R = α + βRm + ε; σ² = SSR / (m - 2); df = m - 2.
 * - `mean-adjusted` (constant mean): E[R] = mean of R over the estimation window; σ = sd(R - mean), df = m - 1.
 * - `market-adjusted`: E[R] = Rm (α = 0, β = 1); σ = sd(R - Rm), df = m - 1.
 * - `size-adjusted`: the same arithmetic as market-adjusted with a size portfolio (e.g. French's decile of
 *   the same size) as the benchmark instead of the market.
 * The forecast-error-corrected σ of an event day (Patell 1976) is σ·√(1 + 1/m + (Rm_t − R̄m)²/Sxx) for the
 * market model and σ·√(1 + 1/m) for the mean model; market- and size-adjusted estimate no parameter, so
 * their σ is used as is (sipemu applies √(1 + 1/m) there too: a documented difference).
 */

/** The abnormal-return models. */
export type ModelKind = 'market-model' | 'mean-adjusted' | 'market-adjusted' | 'size-adjusted';
export const MODEL_KINDS: readonly ModelKind[] = [
  'market-model',
  'mean-adjusted',
  'market-adjusted',
  'size-adjusted',
];

/** A model fitted on an estimation window. */
export interface ModelFit {
  model: ModelKind;
  alpha: number;
  beta: number;
  /** Residual standard deviation on the estimation window. */
  sigma: number;
  /** Degrees of freedom of sigma. */
  df: number;
  /** Observations used (pairs with both returns present). */
  m: number;
  /** Mean benchmark return and its sum of squared deviations over the estimation window. */
  meanM: number;
  sxx: number;
}

/** Parses a model name, naming the bad value. */
export function parseModel(name: string): ModelKind {
  if ((MODEL_KINDS as readonly string[]).includes(name)) return name as ModelKind;
  throw new Error(`invalid model: ${JSON.stringify(name)}; expected one of ${MODEL_KINDS.join(', ')}`);
}

/** Options for `fitModel`. */
export interface FitOptions {
  /** Fewest estimation observations accepted; defaults to 30 (throws below it). */
  minObs?: number;
}

/**
 * Fits a model on estimation-window returns `r` and benchmark returns `m` (NaN pairs are skipped).
 * @example fitModel(r, m, 'market-model', { minObs: 6 }).beta
 */
export function fitModel(
  r: Float64Array,
  m: Float64Array,
  model: ModelKind,
  options: FitOptions = {},
): ModelFit {
  const minObs = options.minObs ?? 30;
  let n = 0;
  let sr = 0;
  let sm = 0;
  for (let i = 0; i < r.length; i++) {
    if (Number.isNaN(r[i]) || (model !== 'mean-adjusted' && Number.isNaN(m[i]))) continue;
    n++;
    sr += r[i];
    sm += model === 'mean-adjusted' ? 0 : m[i];
  }
  if (n < minObs) throw new Error(`estimation window has ${n} observations; the minimum is ${minObs}`);
  const mr = sr / n;
  const mm = sm / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < r.length; i++) {
    if (Number.isNaN(r[i]) || (model !== 'mean-adjusted' && Number.isNaN(m[i]))) continue;
    const dx = model === 'mean-adjusted' ? 0 : m[i] - mm;
    sxx += dx * dx;
    sxy += dx * (r[i] - mr);
  }
  let alpha = 0;
  let beta = 1;
  if (model === 'market-model') {
    if (!(sxx > 0)) throw new Error('market model: the benchmark does not vary over the estimation window');
    beta = sxy / sxx;
    alpha = mr - beta * mm;
  } else if (model === 'mean-adjusted') {
    alpha = mr;
    beta = 0;
  }
  const fit: ModelFit = {
    model,
    alpha,
    beta,
    sigma: 0,
    df: model === 'market-model' ? n - 2 : n - 1,
    m: n,
    meanM: mm,
    sxx,
  };
  const res = abnormalReturns(fit, r, m);
  let ssr = 0;
  let mres = 0;
  let k = 0;
  for (let i = 0; i < res.length; i++) {
    if (Number.isNaN(res[i])) continue;
    mres += res[i];
    k++;
  }
  mres /= k;
  for (let i = 0; i < res.length; i++) {
    if (Number.isNaN(res[i])) continue;
    // market model residuals have mean 0 exactly; the adjusted models' σ is the sd of R − E[R]
    const e = model === 'market-model' ? res[i] : res[i] - mres;
    ssr += e * e;
  }
  fit.sigma = Math.sqrt(ssr / fit.df);
  return fit;
}

/**
 * AR_t = R_t − (α + β·Rm_t) (β = 1, α = 0 for the adjusted models; β = 0, α = mean for the mean model).
 * @example abnormalReturns(fit, eventR, eventM)
 */
export function abnormalReturns(fit: ModelFit, r: Float64Array, m: Float64Array): Float64Array {
  const out = new Float64Array(r.length);
  for (let i = 0; i < r.length; i++) {
    out[i] = fit.model === 'mean-adjusted' ? r[i] - fit.alpha : r[i] - (fit.alpha + fit.beta * m[i]);
  }
  return out;
}

/** The forecast-error-corrected σ of each event day (see the module comment). */
export function forecastSigma(fit: ModelFit, m: Float64Array): Float64Array {
  const out = new Float64Array(m.length);
  for (let i = 0; i < m.length; i++) {
    if (fit.model === 'market-model') {
      const d = m[i] - fit.meanM;
      out[i] = fit.sigma * Math.sqrt(1 + 1 / fit.m + (d * d) / fit.sxx);
    } else if (fit.model === 'mean-adjusted') out[i] = fit.sigma * Math.sqrt(1 + 1 / fit.m);
    else out[i] = fit.sigma;
  }
  return out;
}
