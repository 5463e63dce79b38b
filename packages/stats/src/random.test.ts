import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawCounts, nextUniform, randomState, seededRandom } from './random.ts';

test('the same seed gives the same numbers, in [0, 1)', () => {
  const a = seededRandom(42);
  const b = seededRandom(42);
  const values = Array.from({ length: 1000 }, () => a());
  assert.deepEqual(
    values,
    Array.from({ length: 1000 }, () => b()),
  );
  assert.ok(values.every((v) => v >= 0 && v < 1));
  assert.notDeepEqual(values.slice(0, 10), Array.from({ length: 10 }, seededRandom(43)));
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  assert.ok(Math.abs(mean - 0.5) < 0.05, `mean ${mean}`);
});

test('drawCounts draws exactly floor(nextUniform * n), n times, and leaves the generator after them', () => {
  const n = 257;
  const fast = randomState(7);
  const slow = randomState(7);
  const weights = new Uint32Array(n);
  drawCounts(fast, weights);
  const expected = new Uint32Array(n);
  for (let j = 0; j < n; j++) expected[Math.floor(nextUniform(slow) * n)]++;
  assert.deepEqual(weights, expected);
  assert.equal(fast.state, slow.state);
  assert.equal(
    weights.reduce((s, w) => s + w, 0),
    n,
  );
});
