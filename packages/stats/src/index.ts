/**
 * @modelgate/stats — statistical tests and distances as pure functions on typed arrays, each agreeing with
 * the scipy/numpy function a data scientist would check it against (see goldens/ and README.md).
 */

export { type PercentileInterval, percentileInterval } from './bootstrap.ts';
export { type Chi2ContingencyOptions, type Chi2ContingencyResult, chi2Contingency } from './chi2.ts';
export { hellinger, jensenShannon, lInfinity } from './distribution-distance.ts';
export { binEdges, type Extent, edgesOver, histogram } from './histogram.ts';
export { type HodgesLehmannOptions, type HodgesLehmannResult, hodgesLehmannShift } from './hodges-lehmann.ts';
export { kolmogorovSmirnovSf } from './kolmogorov.ts';
export { type Ks2sampOptions, type Ks2sampResult, ks2samp } from './ks.ts';
export {
  type Alternative,
  type MannWhitneyOptions,
  type MannWhitneyResult,
  mannWhitneyU,
} from './mann-whitney.ts';
export {
  addValue,
  emptyMoments,
  type Moments,
  mergeMoments,
  populationStdOf,
  populationVariance,
  powerOfTwoAbove,
  rescaleMoments,
} from './moments.ts';
export { benjaminiHochberg, bonferroni } from './multiple-testing.ts';
export {
  accuracy,
  confusionMatrix,
  f1Binary,
  f1Macro,
  regressionErrors,
  rocAuc,
} from './performance-metrics.ts';
export { PoissonBootstrapSums, poissonOne, poissonWeights } from './poisson-bootstrap.ts';
export { type PsiOptions, type PsiResult, psi, psiFromCounts } from './psi.ts';
export { quantile } from './quantile.ts';
export { drawCounts, nextUniform, type RandomState, randomState, seededRandom } from './random.ts';
export { lowerBound, type SortedOption } from './sample.ts';
export { NORMED_WASSERSTEIN_MIN_STD, normedWasserstein, wassersteinDistance } from './wasserstein.ts';
export { type ZTestResult, zTestProportions } from './z-test.ts';
