import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PoissonBootstrapSums, poissonOne, poissonWeights } from './poisson-bootstrap.ts';
import { randomState } from './random.ts';

test('poissonOne draws Poisson(1): mean and variance 1, P(0) = 1/e', () => {
  const g = randomState(11);
  const n = 200_000;
  let sum = 0;
  let squares = 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const k = poissonOne(g);
    sum += k;
    squares += k * k;
    if (k === 0) zeros++;
  }
  const mean = sum / n;
  assert.ok(Math.abs(mean - 1) < 0.01, `mean ${mean}`);
  assert.ok(Math.abs(squares / n - mean * mean - 1) < 0.02, `variance ${squares / n - mean * mean}`);
  assert.ok(Math.abs(zeros / n - Math.exp(-1)) < 0.005, `P(0) ${zeros / n}`);
});

test('poissonWeights is reproducible under a seed', () => {
  const a = new Uint32Array(100);
  const b = new Uint32Array(100);
  poissonWeights(randomState(5), a);
  poissonWeights(randomState(5), b);
  assert.deepEqual(a, b);
  poissonWeights(randomState(6), b);
  assert.notDeepEqual(a, b);
});

test('PoissonBootstrapSums keeps Σw and Σw·x per group and resample, the same under a seed', () => {
  const rows = Array.from({ length: 500 }, (_, i) => ({ group: i % 3, x: [i, i * i] }));
  const fill = (seed: number) => {
    const s = new PoissonBootstrapSums(20, 2, seed);
    for (const r of rows) s.add(r.group, r.x);
    return s;
  };
  const a = fill(1);
  const b = fill(1);
  assert.equal(a.groupCount, 3);
  for (let g = 0; g < 3; g++) for (let r = 0; r < 20; r++) assert.deepEqual(a.sums(g, r), b.sums(g, r));
  // The weighted mean of x_0 in a resample stays near the group's mean (weights average 1).
  let mean = 0;
  for (let r = 0; r < 20; r++) {
    const [w, x0] = a.sums(0, r);
    mean += x0 / w / 20;
  }
  assert.ok(Math.abs(mean - 249) < 15, `resampled mean ${mean}`);
  assert.deepEqual([...a.sums(7, 0)], [0, 0, 0]);
  assert.throws(() => new PoissonBootstrapSums(0, 1, 1), /positive integer/);
});
