import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { differencesAtRanks, hodgesLehmannShift } from './hodges-lehmann.ts';
import { assertRelClose, type LcgSpec, loadGolden, type SampleSpec, sample } from './testing/goldens.ts';

interface HlCase {
  name: string;
  x: SampleSpec;
  y: SampleSpec;
  level: number;
  estimate: number;
  lower: number;
  upper: number;
  achievedLevel: number;
  method: 'exact' | 'asymptotic';
}

const golden = loadGolden<HlCase[]>('hodges-lehmann');

describe('hodgesLehmannShift agrees with brute force over all pairwise differences', () => {
  for (const c of golden.cases) {
    it(c.name, () => {
      const result = hodgesLehmannShift(sample(c.x), sample(c.y), { level: c.level });
      // Order statistics of the computed differences are returned exactly.
      assert.equal(result.estimate, c.estimate);
      assert.equal(result.lower, c.lower);
      assert.equal(result.upper, c.upper);
      assert.equal(result.method, c.method);
      assertRelClose(result.achievedLevel, c.achievedLevel, 1e-9, 'achieved level');
    });
  }
});

describe('hodgesLehmannShift', () => {
  it("reproduces Kayenta's reference example", () => {
    const result = hodgesLehmannShift(Float64Array.of(10, 20, 30, 40), Float64Array.of(1, 2, 3, 4), {
      level: 0.95,
    });
    assert.equal(result.estimate, 22.5);
    assert.deepEqual([result.lower, result.upper], [6, 39]);
  });

  it('recovers a pure shift, and its interval covers it', () => {
    const y = sample({ lcg: { seed: 10, n: 5000, kind: 'sum4', scale: 1, shift: 0 } });
    const x = y.map((v) => v + 0.25);
    const result = hodgesLehmannShift(x, y);
    assertRelClose(result.estimate, 0.25, 1e-12, 'estimate');
    assert.ok(result.lower <= 0.25 && 0.25 <= result.upper);
    assert.ok(result.achievedLevel >= 0.98);
  });

  it('rejects a level outside (0, 1) and empty samples', () => {
    const x = Float64Array.of(1, 2);
    assert.throws(() => hodgesLehmannShift(x, x, { level: 1 }), /level must be in \(0, 1\), got 1/);
    assert.throws(() => hodgesLehmannShift(x, new Float64Array(0)), /sample y is empty/);
  });
});

describe('differencesAtRanks', () => {
  /** All m n differences, sorted: the brute-force reference. */
  const allDifferences = (xs: Float64Array, ys: Float64Array) => {
    const out = new Float64Array(xs.length * ys.length);
    let k = 0;
    for (const x of xs) for (const y of ys) out[k++] = x - y;
    return out.sort();
  };

  const lcg = (seed: number, n: number, kind: LcgSpec['kind'], levels?: number) =>
    sample({ lcg: { seed, n, kind, scale: 1, shift: 0, levels } }).sort();
  const cases = [
    { name: 'continuous', xs: lcg(20, 300, 'sum4'), ys: lcg(21, 250, 'sum4') },
    { name: 'heavy ties', xs: lcg(22, 300, 'grid', 4), ys: lcg(23, 280, 'grid', 3) },
  ];
  for (const { name, xs, ys } of cases) {
    it(`matches the sorted list of all differences (${name})`, () => {
      const all = allDifferences(xs, ys);
      const ranks = [1, 2, 17, 4096, 4097, all.length >> 1, all.length - 5000, all.length - 1];
      // With ties, also the ranks on either side of each run of equal differences, which split a bracket.
      for (let r = 1; r < all.length && ranks.length < 40; r++) {
        if (all[r] !== all[r - 1]) ranks.push(r, r + 1);
      }
      for (const rank of ranks) {
        assert.deepEqual(differencesAtRanks(xs, ys, rank, 1), [all[rank - 1]], `rank ${rank}`);
        if (rank < all.length) {
          assert.deepEqual(
            differencesAtRanks(xs, ys, rank, 2),
            [all[rank - 1], all[rank]],
            `ranks ${rank}, ${rank + 1}`,
          );
        }
      }
    });
  }
});
