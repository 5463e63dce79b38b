/**
 * Test support: loads the committed golden files (written by scripts/goldens/stats_goldens.py) and rebuilds
 * the samples they describe. Not exported from the package.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

export interface LcgSpec {
  seed: number;
  n: number;
  kind: 'uniform' | 'sum4' | 'grid';
  scale: number;
  shift: number;
  levels?: number;
}

/** A sample as a golden file holds it: the values themselves, or the generator that makes them. */
export type SampleSpec = number[] | { lcg: LcgSpec };

export interface Golden<T> {
  reference: string;
  cases: T;
}

export function loadGolden<T>(name: string): Golden<T> {
  const url = new URL(`../../goldens/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Golden<T>;
}

const TWO32 = 4294967296;

/**
 * The sample a spec stands for. The generator is the LCG state = 1664525 state + 1013904223 (mod 2^32);
 * every transformation is one IEEE operation, so the values equal the Python script's bit for bit.
 */
export function sample(spec: SampleSpec): Float64Array {
  if (Array.isArray(spec)) return Float64Array.from(spec);
  const { seed, n, kind, scale, shift, levels } = spec.lcg;
  let state = seed >>> 0;
  const draw = () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state;
  };
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let base: number;
    if (kind === 'uniform') base = draw() / TWO32;
    else if (kind === 'sum4') base = (draw() + draw() + draw() + draw()) / TWO32 - 2;
    else base = Math.floor((draw() / TWO32) * (levels ?? 1));
    out[i] = base * scale + shift;
  }
  return out;
}

/** |actual - expected| <= rel |expected| (so an expected 0 must be met exactly). */
export function assertRelClose(actual: number, expected: number, rel: number, what: string): void {
  const error = Math.abs(actual - expected);
  assert.ok(
    error <= rel * Math.abs(expected),
    `${what}: got ${actual}, expected ${expected} (rel. tol. ${rel})`,
  );
}

/** |actual - expected| <= abs. */
export function assertAbsClose(actual: number, expected: number, abs: number, what: string): void {
  const error = Math.abs(actual - expected);
  assert.ok(error <= abs, `${what}: got ${actual}, expected ${expected} (abs. tol. ${abs})`);
}

/** The project's contract: statistics to 1e-9 relative. */
export const STATISTIC_REL = 1e-9;
/** The project's contract: p-values to 1e-6 absolute. */
export const P_VALUE_ABS = 1e-6;
