import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { binEdges, histogram, histogramUnsorted } from './histogram.ts';
import { loadGolden } from './testing/goldens.ts';

interface HistogramGolden {
  histograms: { sorted: number[]; edges: number[]; counts: number[] }[];
  binEdges: { a: number[]; b: number[]; bins: 'sturges' | number; edges: number[] }[];
}

const golden = loadGolden<HistogramGolden>('quantile');

describe('histogram equals numpy.histogram counts', () => {
  golden.cases.histograms.forEach((c, i) => {
    it(`case ${i}`, () => {
      assert.deepEqual(histogram(Float64Array.from(c.sorted), c.edges), c.counts);
      const shuffled = Float64Array.from(c.sorted).reverse();
      assert.deepEqual(histogramUnsorted(shuffled, c.edges), c.counts);
    });
  });

  it('rejects fewer than two edges and decreasing edges', () => {
    assert.throws(() => histogram(Float64Array.of(1), [0]), /at least two bin edges/);
    assert.throws(() => histogram(Float64Array.of(1), [0, 2, 1]), /must not decrease/);
  });
});

describe('binEdges equals numpy.histogram_bin_edges on the concatenation', () => {
  golden.cases.binEdges.forEach((c, i) => {
    it(`case ${i} (${c.bins})`, () => {
      assert.deepEqual(binEdges(c.a, c.b, c.bins), c.edges);
    });
  });

  it('rejects empty input, bad bin counts and non-finite values', () => {
    assert.throws(() => binEdges([], [], 3), /both samples are empty/);
    assert.throws(() => binEdges([1], [], 0), /bins must be 'sturges' or a positive integer/);
    assert.throws(() => binEdges([1, Number.POSITIVE_INFINITY], [], 2), /not finite/);
  });
});

describe('binEdges over a range wider than the largest double', () => {
  const extreme = loadGolden<{ binEdges: HistogramGolden['binEdges'] }>('extreme-values');
  extreme.cases.binEdges.forEach((c, i) => {
    it(`case ${i}: ${c.bins} bins from ${c.a[0]}: numpy's edges of the halved values, doubled`, () => {
      const edges = binEdges(c.a, c.b, c.bins);
      assert.deepEqual(edges, c.edges);
      assert.ok(edges.every(Number.isFinite));
      // Every value falls in a bin: the edges span both samples.
      assert.equal(
        histogram(Float64Array.from([...c.a, ...c.b]).sort(), edges).reduce((s, n) => s + n, 0),
        c.a.length + c.b.length,
      );
    });
  });
});
