/**
 * Distribution of the two-sided one-sample Kolmogorov-Smirnov statistic D_n = sup |F_n(x) - F(x)| for n
 * observations, as scipy.stats.kstwo computes it. ks2samp's asymptotic path evaluates
 * kstwo.sf(d, round(n1*n2/(n1+n2))), so its p-values depend on every regime below.
 *
 * The regime choice follows Simard & L'Ecuyer (2011), "Computing the Two-Sided Kolmogorov-Smirnov
 * Distribution", J. Stat. Softw. 39(11), with scipy's thresholds:
 * - n*d <= 1 and n*d >= n-1: Ruben-Gambino closed forms;
 * - d >= 0.5: exactly 2 * Smirnov's one-sided survival function;
 * - n <= 140: Durbin's matrix (n*d^2 <= 0.754693), Pomeranz's recursion (<= 4), else 2 * Smirnov;
 * - n > 140: 0 when n*d^2 >= 370, 2 * Smirnov when >= 2.2, else 1 - CDF by Durbin's matrix
 *   (n <= 100000 and n*d^1.5 <= 1.4) or the Pelz-Good asymptotic series.
 */

const EPS = 2 ** -52;
const SCALE_UP = 2 ** 128;
const SCALE_DOWN = 2 ** -128;
const SCALE_EXPONENT = 128;
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const SQRT3 = Math.sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
/** cephes MINLOG: log of the smallest normal double. */
const MIN_LOG = -708.3964185322641;
/** Beyond this n, Smirnov's sum is replaced by its asymptotic form (as scipy does). */
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;

function clip01(p: number): number {
  return Math.min(Math.max(p, 0), 1);
}

/** x * 2^exponent without overflowing the intermediate power of two. */
function ldexp(x: number, exponent: number): number {
  let value = x;
  let e = exponent;
  while (e > 1000) {
    value *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    value *= 2 ** -1000;
    e += 1000;
  }
  return value * 2 ** e;
}

/**
 * P(D_n >= d), the survival function of the two-sided one-sample KS statistic (scipy.stats.kstwo.sf).
 * Outside the support: 1 for d <= 0.5/n, 0 for d >= 1. n must be a positive integer.
 */
export function kolmogorovSmirnovSf(d: number, n: number): number {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`kolmogorovSmirnovSf: n must be a positive integer, got ${n}`);
  }
  if (Number.isNaN(d)) return Number.NaN;
  if (d >= 1) return 0;
  if (d <= 0.5 / n) return 1;
  const t = n * d;
  if (t <= 1) {
    // Ruben-Gambino: P(D_n <= d) = n!/n^n * (2t - 1)^n for 1/(2n) <= d <= 1/n.
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip01(1 - cdf);
  }
  if (t >= n - 1) return clip01(2 * (1 - d) ** n);
  if (d >= 0.5) return clip01(2 * smirnovSf(n, d));

  const nd2 = t * d;
  if (n <= 140) {
    if (nd2 <= 0.754693) return clip01(1 - durbinCdf(n, d));
    if (nd2 <= 4) return clip01(1 - pomeranzCdf(n, d));
    return clip01(2 * smirnovSf(n, d));
  }
  if (nd2 >= 370) return 0;
  if (nd2 >= 2.2) return clip01(2 * smirnovSf(n, d));
  const cdf = n <= 100_000 && n * d ** 1.5 <= 1.4 ? durbinCdf(n, d) : pelzGoodCdf(n, d);
  return clip01(1 - cdf);
}

/** log(n! / n^n) by Stirling's series with n*log(n) removed up front (no cancellation). */
function logFactorialOverPower(n: number): number {
  // Stirling series coefficients B_2j / (2j (2j - 1)), j = 8..1, for Horner evaluation.
  const coefficients = [
    -3617 / 122400,
    1 / 156,
    -691 / 360360,
    1 / 1188,
    -1 / 1680,
    1 / 1260,
    -1 / 360,
    1 / 12,
  ];
  const rn = 1 / n;
  const u = rn / n;
  let series = 0;
  for (const c of coefficients) series = series * u + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * series;
}

/**
 * Durbin's matrix algorithm in the Marsaglia-Tsang-Wang form: P(D_n <= d) is n!/n^n times the (k,k)
 * entry of H^n, with d = (k - h)/n. H has order 2k-1; powers are scaled by 2^128 steps to stay finite.
 */
function durbinCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;

  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - h ** j) * factorial;
  }
  v[m - 1] = (1 + (Math.max(2 * h - 1, 0) ** m - 2 * h ** m)) * factorial;

  let H: Float64Array = new Float64Array(m * m);
  for (let col = 1; col < m; col++) {
    for (let row = col - 1; row < m; row++) H[row * m + col] = w[row - col + 1];
  }
  for (let row = 0; row < m; row++) H[row * m] = v[row];
  for (let col = 0; col < m; col++) H[(m - 1) * m + col] = v[m - 1 - col];

  let power: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let exponent = 0;
  let hExponent = 0;
  for (let remaining = n; remaining > 0; remaining = Math.floor(remaining / 2)) {
    if (remaining % 2 === 1) {
      power = matmul(power, H, m);
      exponent += hExponent;
    }
    if (remaining === 1) break;
    H = matmul(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]) > SCALE_UP) {
      for (let i = 0; i < H.length; i++) H[i] /= SCALE_UP;
      hExponent += SCALE_EXPONENT;
    }
  }

  let p = power[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < SCALE_DOWN) {
      p *= SCALE_UP;
      exponent -= SCALE_EXPONENT;
    }
  }
  return clip01(ldexp(p, exponent));
}

function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] += aik * b[k * m + j];
    }
  }
  return out;
}

/** Row i's band [j1, j2] of non-zero entries in Pomeranz's recursion. */
function pomeranzBand(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/**
 * Pomeranz's recursion (Algorithm 487, CACM 1974): P(D_n <= d) = n! * V[2n+1][n], each row the
 * convolution of the previous one with (unnormalised) Poisson weights; only a band of each row is
 * non-zero, and rows are rescaled by 2^128 when they would underflow.
 */
function pomeranzCdf(n: number, d: number): number {
  const t = n * d;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const size = 2 * (ll + 1);
  const gPower = new Float64Array(size);
  const twoGPower = new Float64Array(size);
  const oneMinusTwoGPower = new Float64Array(size);
  gPower[0] = 1;
  twoGPower[0] = 1;
  oneMinusTwoGPower[0] = 1;
  const gOverN = g / n;
  const twoGOverN = (2 * g) / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < size; m++) {
    gPower[m] = (gPower[m - 1] * gOverN) / m;
    twoGPower[m] = (twoGPower[m - 1] * twoGOverN) / m;
    oneMinusTwoGPower[m] = (oneMinusTwoGPower[m - 1] * oneMinusTwoGOverN) / m;
  }

  let previous = new Float64Array(size);
  let current = new Float64Array(size);
  current[0] = 1;
  let previousStart = 0;
  let currentStart = 0;
  let exponent = 0;
  let [j1, j2] = pomeranzBand(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
    current.fill(0);
    [j1, j2] = pomeranzBand(i, n, ll, ceilf, roundf);
    const weights = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
    const width = j2 - k1 + 1;
    if (width <= 0) continue;
    // Full convolution of previous[k1-start ..][0..width) with weights[0..width), keeping terms
    // [j1-k1, j2-k1].
    const offset = k1 - previousStart;
    const available = Math.min(width, size - offset);
    const weightCount = Math.min(width, size);
    const first = j1 - k1;
    const count = j2 - j1 + 1;
    let peak = 0;
    for (let out = 0; out < count; out++) {
      const lag = first + out;
      let sum = 0;
      const lo = Math.max(0, lag - weightCount + 1);
      const hi = Math.min(lag, available - 1);
      for (let a = lo; a <= hi; a++) sum += previous[offset + a] * weights[lag - a];
      current[out] = sum;
      if (sum > peak) peak = sum;
    }
    if (peak > 0 && peak < SCALE_DOWN) {
      for (let out = 0; out < count; out++) current[out] *= SCALE_UP;
      exponent -= SCALE_EXPONENT;
    }
    currentStart = previousStart + j1 - k1;
  }

  let answer = current[n - currentStart];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > SCALE_UP) {
      answer *= SCALE_DOWN;
      exponent += SCALE_EXPONENT;
    }
    answer *= m;
  }
  return clip01(ldexp(answer, exponent));
}

/**
 * Pelz-Good (1976) asymptotic series for P(D_n <= d): the Li-Chien/Korolyuk expansion
 * K0(z) + K1(z)/sqrt(n) + K2(z)/n + K3(z)/n^1.5 in z = d*sqrt(n), rewritten through Jacobi theta
 * identities so that it converges fast for small z.
 */
function pelzGoodCdf(n: number, d: number): number {
  if (d <= 0) return 0;
  if (d >= 1) return 1;
  const z = Math.sqrt(n) * d;
  const z2 = z ** 2;
  const z3 = z ** 3;
  const z4 = z ** 4;
  const z6 = z ** 6;
  const qLog = -PI_SQUARED / 8 / z2;
  if (qLog < -708) return 0;
  let q = Math.exp(qLog);

  const k1a = -z2;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI_SQUARED) / 4;
  const k2c = (PI_FOUR * (1 - 2 * z2)) / 16;
  const k3d = (PI_SIX * (5 - 30 * z2)) / 64;
  const k3c = (PI_FOUR * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI_SQUARED * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;

  // Horner scheme over odd m = 2k-1 of c_m * q^(m^2).
  const terms = [0, 0, 0, 0];
  const maxK = Math.ceil((16 * z) / Math.PI);
  for (let k = maxK; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m ** 2;
    const m4 = m ** 4;
    const m6 = m ** 6;
    const qPower = q ** (8 * k);
    terms[0] = terms[0] * qPower + 1;
    terms[1] = terms[1] * qPower + (k1a + k1b * m2);
    terms[2] = terms[2] * qPower + (k2a + k2b * m2 + k2c * m4);
    terms[3] = terms[3] * qPower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) terms[i] = (terms[i] * q * SQRT_2PI) / divisors[i];

  // The remaining sums run over all integers k.
  q = Math.exp(-PI_SQUARED / 2 / z2);
  const sqrt3z = SQRT3 * z;
  let k2Extra = 0;
  let k3Extra = 0;
  for (let k = maxK; k > 0; k--) {
    const k2 = k ** 2;
    const qPower = q ** k2;
    const kPi = Math.PI * k;
    k2Extra += k2 * qPower;
    k3Extra += (sqrt3z + kPi) * (sqrt3z - kPi) * k2 * qPower;
  }
  terms[2] += (k2Extra * PI_SQUARED * SQRT_2PI) / (-36 * z3);
  terms[3] += (k3Extra * PI_SQUARED * SQRT_2PI) / (216 * z6);
  let cdf = 0;
  for (let i = 0; i < 4; i++) cdf += terms[i] / n ** (i / 2);
  return cdf;
}

/** floor(n*x) and the fractional part of n*x, exact even where the rounded product lands on an integer. */
function floorOfProduct(n: number, x: number): { whole: number; fraction: number } {
  const product = n * x;
  // Dekker's error-free product: n*x = product + error exactly.
  const split = 134217729;
  const cn = split * n;
  const nHi = cn - (cn - n);
  const nLo = n - nHi;
  const cx = split * x;
  const xHi = cx - (cx - x);
  const xLo = x - xHi;
  const error = nHi * xHi - product + nHi * xLo + nLo * xHi + nLo * xLo;
  let whole = Math.floor(product);
  let fraction = product - whole + error;
  if (fraction < 0) {
    whole -= 1;
    fraction += 1;
  }
  if (fraction >= 1) {
    whole += 1;
    fraction -= 1;
  }
  return { whole, fraction };
}

/**
 * Smirnov's one-sided survival function P(D_n^+ >= x) (scipy.special.smirnov), by the Birnbaum-Tingey sum
 *   x * sum_{v=0}^{floor(n(1-x))} C(n,v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v),
 * with terms in log space (so large n neither overflows nor underflows) and scipy's early stop once the
 * remaining terms cannot change the sum. Closed forms for x <= 1/n and x >= 1 - 1/n, an asymptotic form
 * beyond n = 1e6. Only called where the survival function is not close to 1, so the lower sum is accurate.
 */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const { whole, fraction } = floorOfProduct(n, x);
  let lastTerm = n - whole - (fraction === 0 ? 0 : 1);
  if (fraction === 0) lastTerm -= 1;

  if (whole === 0 || (whole === 1 && fraction === 0)) {
    return clip01(1 - x * Math.exp((n - 1) * Math.log1p(x)));
  }
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (whole >= n - 1) return clip01((1 - x) ** n);
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logP = -((6 * n * x + 1) ** 2) / 18 / n;
    return clip01(logP < -Math.LN2 ? Math.exp(logP) : 1 + Math.expm1(logP));
  }

  const termCount = lastTerm + 1;
  const middle = Math.floor(n / 2);
  // (x + v/n) and (1 - x - v/n) as (whole + v + fraction)/n and (n - whole - v - fraction)/n: the
  // integer parts are exact, so the factors keep full relative precision even when tiny.
  const term = (v: number, logBinomial: number) =>
    Math.exp(
      logBinomial +
        (v - 1) * Math.log((whole + v + fraction) / n) +
        (n - v) * Math.log((n - whole - v - fraction) / n),
    );
  let logBinomial = 0;
  let sum = term(0, 0);
  logBinomial += Math.log(n);
  for (let v = 1; v < termCount; v++) {
    const a = term(v, logBinomial);
    if (a !== 0 && Number.isFinite(a)) sum += a;
    if (a !== 0) {
      if (4 * (termCount - v) * Math.abs(a) < EPS * sum && v !== termCount - 1) break;
    } else if (v > middle) {
      break;
    }
    logBinomial += Math.log((n - v) / (v + 1));
  }
  return clip01(x * sum);
}
