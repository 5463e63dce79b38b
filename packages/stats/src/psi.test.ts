import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { psi, psiFromCounts } from './psi.ts';
import { assertRelClose, loadGolden, type SampleSpec, STATISTIC_REL, sample } from './testing/goldens.ts';

interface PsiCase {
  name: string;
  reference: SampleSpec;
  current: SampleSpec;
  bins: number;
  epsilon: number;
  value: number;
  innerEdges: number[];
}

interface PsiCountsCase {
  refCounts: number[];
  curCounts: number[];
  epsilon: number;
  value: number;
}

const golden = loadGolden<{ samples: PsiCase[]; counts: PsiCountsCase[] }>('psi');

describe('psi agrees with the PSI of scripts/bench/peer_drift_scipy.py', () => {
  for (const c of golden.cases.samples) {
    it(c.name, () => {
      const reference = sample(c.reference);
      const current = sample(c.current);
      const options = { bins: c.bins, epsilon: c.epsilon };
      const result = psi(reference, current, options);
      assertRelClose(result.value, c.value, STATISTIC_REL, 'PSI');
      assert.deepEqual(result.edges, [Number.NEGATIVE_INFINITY, ...c.innerEdges, Number.POSITIVE_INFINITY]);
      const presorted = psi(reference.slice().sort(), current.slice().sort(), { ...options, sorted: true });
      assert.deepEqual(presorted, result);
    });
  }
});

describe('psiFromCounts agrees with numpy', () => {
  for (const c of golden.cases.counts) {
    it(`${c.refCounts} vs ${c.curCounts}`, () => {
      assertRelClose(psiFromCounts(c.refCounts, c.curCounts, c.epsilon), c.value, STATISTIC_REL, 'PSI');
    });
  }
});

describe('psi', () => {
  it('is 0 for a constant reference, with a single unbounded bin', () => {
    const result = psi(Float64Array.of(5, 5, 5), Float64Array.of(1, 9));
    assert.deepEqual(result, { value: 0, edges: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY] });
  });

  it('rejects bad options and inputs', () => {
    const x = Float64Array.of(1, 2, 3);
    assert.throws(() => psi(x, x, { bins: 0 }), /bins must be a positive integer/);
    assert.throws(() => psi(x, x, { epsilon: 0 }), /epsilon must be in \(0, 1\)/);
    assert.throws(() => psi(new Float64Array(0), x), /reference is empty/);
    assert.throws(() => psi(x, new Float64Array(0)), /current is empty/);
    assert.throws(() => psi(x, Float64Array.of(1, Number.NaN)), /current contains NaN/);
    assert.throws(() => psiFromCounts([1, 2], [1]), /refCounts has 2 categories but curCounts has 1/);
    assert.throws(() => psiFromCounts([0, 0], [1, 1]), /refCounts sums to 0/);
  });
});

describe('psi on a reference straddling ±1e308', () => {
  it('has finite inner edges and the PSI of the halved values (bins scale with the data)', () => {
    const reference = Float64Array.from([-1.7e308, -1.6e308, -1.5e308, 1.5e308, 1.6e308, 1.7e308]);
    const current = Float64Array.from([-1.5e308, 1e307, 2e307, 1.5e308, 1.6e308]);
    const half = (x: Float64Array) => x.map((v) => v / 2);
    const result = psi(reference, current, { bins: 4 });
    const halved = psi(half(reference), half(current), { bins: 4 });
    assert.ok(result.edges.slice(1, -1).every(Number.isFinite), String(result.edges));
    assert.deepEqual(
      result.edges,
      halved.edges.map((e) => e * 2),
    );
    assert.equal(result.value, halved.value);
  });
});
