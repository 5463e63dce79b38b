/**
 * Exact null distribution of the two-sided two-sample Kolmogorov-Smirnov statistic, by counting lattice
 * paths from (0, 0) to (n1, n2) (Hodges 1958, "The Significance Probability of the Smirnov Two-Sample
 * Test", Ark. Mat. 3, 469-486), as scipy.stats.ks_2samp's exact method does.
 */

export interface ExactOutcome {
  /** False when rounding pushed the probability outside [0, 1]; the caller falls back to asymptotics. */
  ok: boolean;
  /** The statistic snapped to the lattice: h / lcm(n1, n2). */
  statistic: number;
  pValue: number;
}

/** Nearest integer to a non-negative x, halves to even (numpy.round). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * P(D >= d) for samples of sizes n1 and n2 (g = gcd(n1, n2)). d is first snapped to the nearest multiple of
 * 1/lcm(n1, n2), the only values D can take. Equal sizes use the closed alternating sum; unequal sizes the
 * inside-method recursion for 1 - P (Viehmann 2021, arXiv:2102.08037), which never overflows.
 */
export function exactTwoSidedPValue(n1: number, n2: number, g: number, d: number): ExactOutcome {
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  const statistic = h / lcm;
  if (h === 0) return { ok: true, statistic, pValue: 1 };
  const pValue = n1 === n2 ? probabilityOutsideSquare(n1, h) : probabilityOutsideBand(n1, n2, g, h);
  return { ok: pValue >= 0 && pValue <= 1, statistic, pValue };
}

/**
 * Share of paths of the n x n lattice that touch a diagonal |x - y| = h:
 *   2 * sum_{k>=1} (-1)^(k+1) C(2n, n - k h) / C(2n, n),
 * evaluated Horner-style as 2 A0 (1 - A1 (1 - A2 (1 - ...))) to avoid subtracting large binomials.
 */
function probabilityOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let ratio = 1;
    for (let j = 0; j < h; j++) ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
    p = ratio * (1 - p);
  }
  return 2 * p;
}

/**
 * Share of lattice paths from (0, 0) to (m, n) that leave the band |x/m - y/n| < h/lcm(m, n). One column of
 * the path-count matrix is kept, as a sliding window, and the recursion is written for 1 - share directly.
 */
function probabilityOutsideBand(sizeA: number, sizeB: number, g: number, h: number): number {
  const m = Math.max(sizeA, sizeB);
  const n = Math.min(sizeA, sizeB);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const A = new Float64Array(Math.min(2 * maxj + 2, n + 1)).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1];
}
