import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addNumber, emptyColumnProfile, type NumericPart, pseudoSample } from '@modelgate/profile';
import { binEdges, histogram, jensenShannon, psi } from '@modelgate/stats';
import { jensenShannonInterval, psiInterval } from './from-profile-bounds.ts';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
}

const normal = (u: () => number) => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());

const DISTRIBUTIONS: Record<string, (u: () => number, shift: number) => number> = {
  normal: (u, shift) => normal(u) + shift,
  'log-normal': (u, shift) => Math.exp(10 + (0.5 + shift) * normal(u)),
  'bimodal mixture': (u, shift) => (u() < 0.3 + shift ? -2 : 3) + 0.5 * normal(u),
  'rounded uniform (ties)': (u, shift) => Math.round((u() + shift) * 5000) / 100,
};

function sample(draw: (u: () => number, shift: number) => number, rows: number, seed: number, shift: number) {
  const u = lcg(seed);
  return Float64Array.from({ length: rows }, () => draw(u, shift)).sort();
}

function sketched(values: Float64Array) {
  const profile = emptyColumnProfile('x', 'numeric');
  for (const v of values) addNumber(profile, v, false);
  const part = profile.numeric as NumericPart;
  const pseudo = pseudoSample(part);
  assert.equal(pseudo.exact, false);
  return { sorted: pseudo.sorted, error: pseudo.rankError };
}

describe('PSI and Jensen-Shannon from sketches: the rows result lies within the stated interval', () => {
  for (const [name, draw] of Object.entries(DISTRIBUTIONS)) {
    for (const [rows, shift] of [
      [20_000, 0],
      [50_000, 0.1],
      [100_000, 0.05],
    ] as const) {
      it(`${name}, ${rows} rows, shift ${shift}`, () => {
        const reference = sample(draw, rows, rows + 1, 0);
        const current = sample(draw, rows, rows + 2, shift);
        const ref = sketched(reference);
        const cur = sketched(current);
        const exactCurrent = { sorted: current, error: 0 };

        const exactPsi = psi(reference, current, { sorted: true }).value;
        for (const [side, other] of [
          ['reference sketched', exactCurrent],
          ['both sketched', cur],
        ] as const) {
          const estimate = psi(ref.sorted, other.sorted, { sorted: true }).value;
          const bound = psiInterval(ref, other, rows);
          assert.ok(
            bound.low <= exactPsi && exactPsi <= bound.high,
            `PSI ${side}: rows ${exactPsi} outside [${bound.low}, ${bound.high}]`,
          );
          assert.ok(bound.low <= estimate && estimate <= bound.high, `PSI ${side}: estimate ${estimate}`);
          assert.ok(Number.isFinite(bound.high));
        }

        const edges = binEdges(reference, current, 'sturges');
        const exactJs = jensenShannon(histogram(reference, edges), histogram(current, edges), 2);
        for (const [side, other] of [
          ['reference sketched', exactCurrent],
          ['both sketched', cur],
        ] as const) {
          const estimate = jensenShannon(histogram(ref.sorted, edges), histogram(other.sorted, edges), 2);
          const bound = jensenShannonInterval(ref, other, edges, 2);
          assert.ok(
            bound.low <= exactJs && exactJs <= bound.high,
            `JS ${side}: rows ${exactJs} outside [${bound.low}, ${bound.high}]`,
          );
          assert.ok(bound.low <= estimate && estimate <= bound.high, `JS ${side}: estimate ${estimate}`);
          assert.ok(bound.high <= 1);
        }
      });
    }
  }

  it('with no error on either side, the interval is the exact statistic', () => {
    const reference = sample(DISTRIBUTIONS.normal, 5_000, 1, 0);
    const current = sample(DISTRIBUTIONS.normal, 5_000, 2, 0.3);
    const edges = binEdges(reference, current, 'sturges');
    const js = jensenShannon(histogram(reference, edges), histogram(current, edges), 2);
    const bound = jensenShannonInterval(
      { sorted: reference, error: 0 },
      { sorted: current, error: 0 },
      edges,
    );
    assert.ok(Math.abs(bound.low - js) < 1e-12 && Math.abs(bound.high - js) < 1e-12);
  });
});
