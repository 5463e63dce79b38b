import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MajorityCounter } from './column-stats.ts';
import type { Column } from './core.ts';

/** The value filling more than half of the present cells (NaN and -1 are missing), by counting all. */
function bruteMajority(cells: number[], missing: (v: number) => boolean) {
  const counts = new Map<number, number>();
  let present = 0;
  for (const v of cells) {
    if (missing(v)) continue;
    present++;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  for (const [value, count] of counts) if (2 * count > present) return { present, count, value };
  return { present, count: 0, value: undefined };
}

function chunksOf(cells: number[], cuts: number[]): number[][] {
  const at = [...new Set(cuts.map((c) => c % (cells.length + 1)))].sort((a, b) => a - b);
  const chunks: number[][] = [];
  let from = 0;
  for (const to of [...at, cells.length]) {
    chunks.push(cells.slice(from, to));
    from = to;
  }
  return chunks;
}

const numeric = (values: number[]): Column =>
  ({ kind: 'numeric', type: 'number', values: Float64Array.from(values) }) as Column;
const dictionary = Array.from({ length: 40 }, (_, i) => `v${i}`);
const codes = (values: number[]): Column =>
  ({ kind: 'categorical', codes: Int32Array.from(values), dictionary }) as Column;

describe('MajorityCounter', () => {
  for (const [kind, cell, make, missing] of [
    [
      'numbers',
      fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(Number.NaN), fc.double()),
      numeric,
      Number.isNaN,
    ],
    ['codes', fc.integer({ min: -1, max: 39 }), codes, (v: number) => v < 0],
  ] as const) {
    it(`finds the majority of ${kind} split into any chunks, with or without a recount`, () => {
      fc.assert(
        fc.property(
          fc.array(cell as fc.Arbitrary<number>, { maxLength: 300 }),
          fc.array(fc.nat(), { maxLength: 6 }),
          fc.integer({ min: 1, max: 8 }),
          fc.double({ min: 0.51, max: 1, noNaN: true }),
          (cells, cuts, cap, share) => {
            const chunks = chunksOf(cells, cuts).map(make);
            const counter = new MajorityCounter(cap);
            for (const chunk of chunks) counter.add(chunk);
            const truth = bruteMajority(cells, missing);
            if (counter.needsRecount(share)) for (const chunk of chunks) counter.recount(chunk);
            const result = counter.result();
            assert.equal(result.present, truth.present);
            // Without a recount the majority may read as none, but only when it fills less than `share`.
            if (result.count === 0 && truth.count > 0) assert.ok(truth.count < share * truth.present);
            else assert.equal(result.count, truth.count);
          },
        ),
        { numRuns: 2000 },
      );
    });
  }

  it('reads -0 as 0', () => {
    const counter = new MajorityCounter(4);
    counter.add(numeric([-0, 0, 0, 1]));
    assert.deepEqual(counter.result(), { present: 4, count: 3, text: '0' });
  });
});
