import erfc from '@stdlib/math-base-special-erfc';

/** P(Z >= z) for a standard normal Z, as erfc(z / sqrt(2)) / 2: accurate far into the upper tail. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}
