/**
 * Golden values of sipemu/eventstudy (R), read from its repository (commit 07ea64ac6389d73ec01528e7de39f5750710dd4e):
 * fixtures in tests/testthat/helper-golden-data.R, expected values in tests/testthat/test_golden_values.R.
 * The fixture numbers below are copied from the helper (data only); expected values from the test file.
 * Where capgap's convention differs, the test says so and checks ours by hand.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bhar, bharT } from '../../src/events/car-bhar.ts';
import { kolariPynnonenT } from '../../src/events/kolari-pynnonen.ts';
import { abnormalReturns, fitModel, forecastSigma } from '../../src/events/models.ts';
import { corradoRank, generalizedSign } from '../../src/events/nonparametric-tests.ts';
import { arT, bmpT, brownWarnerT, crossSectionalT, patellZ } from '../../src/events/parametric-tests.ts';
import type { EventAbnormal } from '../../src/events/test-types.ts';

const F = (...x: number[]) => Float64Array.from(x);
function close(actual: ArrayLike<number>, expected: number[], tol = 1e-8): void {
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) {
    assert.ok(Math.abs(actual[i] - expected[i]) <= tol, `[${i}] ${actual[i]} vs ${expected[i]}`);
  }
}

/** Builds one event's inputs: a model fitted on the estimation window, ARs on both windows. */
function event(
  estR: Float64Array,
  estM: Float64Array,
  evtR: Float64Array,
  evtM: Float64Array,
): EventAbnormal {
  const fit = fitModel(estR, estM, 'market-model', { minObs: 6 });
  return {
    fit,
    ar: abnormalReturns(fit, evtR, evtM),
    estimationAr: abnormalReturns(fit, estR, estM),
    fecSigma: forecastSigma(fit, evtM),
  };
}

describe('golden values of sipemu/eventstudy: single series', () => {
  it('market model σ and AR/CAR t (golden_market_model_fixture)', () => {
    const estIndex = F(-0.02, -0.01, 0.0, 0.01, 0.02, 0.03);
    const resid = [0.001, -0.001, 0.002, -0.002, 0.001, -0.001];
    const estFirm = estIndex.map((x, i) => 0.005 + 1.5 * x + resid[i]);
    const e = event(estFirm, estIndex, F(0.04, 0.0, 0.03), F(0.015, -0.005, 0.01));
    close([e.fit.sigma], [0.00166476081508083]);
    assert.equal(e.fit.df, 4);
    const t = arT([e]);
    close(t.daily, [7.64588601153099, 1.36441736906108, 6.07551885091351]);
    close(t.cumulative, [7.64588601153099, 6.37124662096473, 8.70980352630659]);
  });
  it('market-adjusted σ and ARs (golden_market_adjusted_fixture)', () => {
    const estM = F(0.01, 0.01, 0.01, 0.01, 0.01, 0.01);
    const fit = fitModel(F(0.012, 0.008, 0.015, 0.006, 0.011, 0.009), estM, 'market-adjusted', { minObs: 6 });
    close([fit.sigma], [0.0031885210782848315]);
    assert.equal(fit.df, 5);
    close(abnormalReturns(fit, F(0.03, -0.01, 0.02), F(0.012, -0.004, 0.008)), [0.018, -0.006, 0.012]);
  });
  it('constant-mean model mean, σ and ARs (golden_comparison_mean_fixture)', () => {
    const fit = fitModel(F(0.01, 0.014, 0.008, 0.012, 0.006, 0.01), F(0, 0, 0, 0, 0, 0), 'mean-adjusted', {
      minObs: 6,
    });
    close([fit.alpha, fit.sigma], [0.01, 0.0028284271247461901]);
    assert.equal(fit.df, 5);
    close(abnormalReturns(fit, F(0.03, -0.005, 0.018), F(0, 0, 0)), [0.02, -0.015, 0.008]);
  });
  it('BHAR, its σ, standard error and t (golden_bhar_fixture)', () => {
    const fit = fitModel(
      F(0.02, 0.01, 0.03, 0.005, 0.015, 0.025),
      F(0.01, 0.012, 0.02, 0.008, 0.01, 0.015),
      'market-adjusted',
      { minObs: 6 },
    );
    close([fit.sigma], [0.0061318838867023568]);
    const b = bhar(F(0.04, -0.01, 0.03), F(0.015, -0.005, 0.01));
    close(b, [0.025000000000000133, 0.019675000000000109, 0.040463750000000243]);
    const t = bharT(b, fit.sigma, fit.df);
    close(t.se, [0.0061318838867023568, 0.0086717933554715208, 0.010620734437881403]);
    close(t.t, [4.0770504565840353, 2.2688501897460513, 3.809882474386757]);
  });
});

describe('golden values of sipemu/eventstudy: three events (golden_multi_event_fixture)', () => {
  const spec = [
    {
      estIndex: [-0.02, -0.01, 0.0, 0.01, 0.02, 0.03, -0.015, 0.005],
      estResid: [0.001, -0.001, 0.002, -0.002, 0.0015, -0.0015, 0.0005, -0.0005],
      alpha: 0.004,
      beta: 1.2,
      evtIndex: [0.015, -0.005, 0.01],
      evtFirm: [0.04, 0.0, 0.03],
    },
    {
      estIndex: [-0.018, -0.008, 0.002, 0.012, 0.022, 0.028, -0.012, 0.008],
      estResid: [0.0012, -0.0008, 0.0018, -0.0016, 0.001, -0.0012, 0.0006, -0.001],
      alpha: 0.003,
      beta: 1.0,
      evtIndex: [0.012, -0.004, 0.009],
      evtFirm: [0.03, -0.01, 0.02],
    },
    {
      estIndex: [-0.025, -0.012, 0.001, 0.01, 0.02, 0.03, -0.01, 0.006],
      estResid: [0.0008, -0.0012, 0.0016, -0.0014, 0.0012, -0.001, 0.0004, -0.0004],
      alpha: 0.005,
      beta: 1.4,
      evtIndex: [0.018, -0.006, 0.011],
      evtFirm: [0.05, -0.005, 0.035],
    },
  ];
  const events = spec.map((s) => {
    const estM = Float64Array.from(s.estIndex);
    const estR = estM.map((x, i) => s.alpha + s.beta * x + s.estResid[i]);
    return event(estR, estM, Float64Array.from(s.evtFirm), Float64Array.from(s.evtIndex));
  });

  it('cross-sectional t (CSectTTest)', () => {
    const r = crossSectionalT(events);
    close(r.daily, [12.785674729349529, -0.93664440956979689, 5.8589693453114027]);
    close(r.cumulative, [12.785674729349529, 3.3332365393903789, 4.1627875088073241]);
    assert.equal(r.df, 2);
  });
  it('Patell Z (PatellZTest)', () => {
    const r = patellZ(events);
    close(r.daily, [17.404798533168357, -3.239085545200092, 12.231088522816789]);
    close(r.cumulative, [17.404798533168361, 10.016671714134711, 15.240200457996872]);
  });
  it('BMP t (BMPTest)', () => {
    const r = bmpT(events);
    close(r.daily, [9.262881651878164, -0.99419205506945918, 5.6244379647718095]);
    close(r.cumulative, [9.262881651878164, 3.431336898228547, 4.2274213480688871]);
  });
  it('Kolari–Pynnönen adjusted BMP t (KolariPynnonenTest)', () => {
    const r = kolariPynnonenT(events);
    close(r.daily, [0.70742152433092598, -0.075928084316215713, 0.42954758876108962]);
    close(r.cumulative, [0.70742152433092598, 0.26205684907413279, 0.32285512936825822]);
  });
  it('Brown–Warner crude-dependence t equals sipemu calendar-time portfolio t (CalendarTimePortfolioTest)', () => {
    const r = brownWarnerT(events);
    close(r.daily, [14.5159150457412, -2.48331937385221, 10.0405096357597]);
    close(r.cumulative, [14.5159150457412, 8.50832999486859, 12.7439132912219]);
    assert.equal(r.df, 7);
  });
  it('Corrado rank z (RankTest)', () => {
    const r = corradoRank(events);
    close(r.meanRank, [0.41666666666666663, -0.25, 0.33333333333333337]);
    close(r.daily, [1.586435792425881, -0.95186147545552868, 1.269148633940705]);
  });
  it('generalized sign z (GeneralizedSignTest)', () => {
    const r = generalizedSign(events);
    assert.equal(r.pHat, 0.5);
    close(r.daily, [1.7320508075688774, -0.57735026918962584, 1.7320508075688774]);
    close(r.cumulative, [1.7320508075688774, 1.7320508075688774, 1.7320508075688774]);
  });
});

describe('where capgap differs from sipemu/eventstudy (checked by hand)', () => {
  it('market-adjusted forecast-error σ is σ itself (sipemu: σ√(1 + 1/m)); no parameter is estimated', () => {
    const estM = F(0.01, 0.01, 0.01, 0.01, 0.01, 0.01);
    const fit = fitModel(F(0.012, 0.008, 0.015, 0.006, 0.011, 0.009), estM, 'market-adjusted', { minObs: 6 });
    // σ = 0.0031885210782848315 (sipemu's pinned value); ours is σ for every event day
    close(
      forecastSigma(fit, F(0.012, -0.004, 0.008)),
      [0.0031885210782848315, 0.0031885210782848315, 0.0031885210782848315],
    );
  });
  it('Patell Z of a single event is SAR/√Q (sipemu returns NA below two events)', () => {
    const estIndex = F(-0.02, -0.01, 0.0, 0.01, 0.02, 0.03);
    const resid = [0.001, -0.001, 0.002, -0.002, 0.001, -0.001];
    const e = event(
      estIndex.map((x, i) => 0.005 + 1.5 * x + resid[i]),
      estIndex,
      F(0.04, 0.0, 0.03),
      F(0.015, -0.005, 0.01),
    );
    // by hand: m = 6, mean index 0.005, Sxx = Σ(x − 0.005)² = 0.00175; s_0 = σ√(1 + 1/6 + 0.01²/0.00175);
    // Q = df/(df − 2) = 4/2 = 2; Z_0 = (AR_0 / s_0) / √2
    const s0 = 0.00166476081508083 * Math.sqrt(1 + 1 / 6 + 0.0001 / 0.00175);
    close([patellZ([e]).daily[0]], [e.ar[0] / s0 / Math.SQRT2]);
    // and AR_0 itself is 7.64588601153099 · σ (sipemu's AR t times its σ)
    close([e.ar[0]], [7.64588601153099 * 0.00166476081508083]);
  });
});
