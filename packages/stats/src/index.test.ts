import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as stats from '@modelgate/stats';

describe('@modelgate/stats entry point', () => {
  it('exports exactly the public statistics through the package name', () => {
    const expected = [
      'PoissonBootstrapSums',
      'accuracy',
      'addValue',
      'benjaminiHochberg',
      'binEdges',
      'bonferroni',
      'chi2Contingency',
      'confusionMatrix',
      'drawCounts',
      'edgesOver',
      'emptyMoments',
      'f1Binary',
      'f1Macro',
      'hellinger',
      'histogram',
      'hodgesLehmannShift',
      'jensenShannon',
      'kolmogorovSmirnovSf',
      'ks2samp',
      'lInfinity',
      'lowerBound',
      'mannWhitneyU',
      'mergeMoments',
      'nextUniform',
      'normedWasserstein',
      'percentileInterval',
      'poissonOne',
      'poissonWeights',
      'populationStdOf',
      'populationVariance',
      'powerOfTwoAbove',
      'psi',
      'psiFromCounts',
      'quantile',
      'randomState',
      'regressionErrors',
      'rescaleMoments',
      'rocAuc',
      'seededRandom',
      'wassersteinDistance',
      'zTestProportions',
    ];
    const functions = Object.entries(stats)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    assert.deepEqual(functions, expected);
  });

  it('runs a drift check end to end on shared sorted samples', () => {
    const reference = Float64Array.from({ length: 500 }, (_, i) => Math.sin(i) * 10);
    const current = reference.map((v) => v + 1).sort();
    const sortedReference = reference.slice().sort();
    const ks = stats.ks2samp(sortedReference, current, { sorted: true });
    assert.ok(ks.statistic > 0 && ks.pValue < 0.05);
    assert.ok(stats.wassersteinDistance(sortedReference, current, { sorted: true }) > 0.99);
    assert.ok(stats.psi(sortedReference, current, { sorted: true }).value > 0);
  });
});
