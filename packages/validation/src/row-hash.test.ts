import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findDuplicates } from './duplicate-tracker.ts';
import { type KeyColumn, murmur3x86_128 } from './row-hash.ts';

function numeric(values: number[]): KeyColumn {
  return { kind: 'numeric', values: Float64Array.from(values) };
}

function codes(values: number[]): KeyColumn {
  return { kind: 'codes', codes: Int32Array.from(values) };
}

/** The same scan by comparing every pair: row r duplicates the first earlier row equal to it. */
function bruteForce(keys: number[][], rowCount: number, ignoreMissing: boolean) {
  const cell = (k: number, r: number) => keys[k][r];
  const missing = (r: number) => keys.some((_, k) => Number.isNaN(cell(k, r)));
  const equal = (a: number, b: number) =>
    keys.every((_, k) => cell(k, a) === cell(k, b) || (Number.isNaN(cell(k, a)) && Number.isNaN(cell(k, b))));
  const firsts = new Set<number>();
  const examples: { row: number; first: number }[] = [];
  for (let r = 0; r < rowCount; r++) {
    if (ignoreMissing && missing(r)) continue;
    for (let f = 0; f < r; f++) {
      if (ignoreMissing && missing(f)) continue;
      if (equal(f, r)) {
        examples.push({ row: r, first: f });
        firsts.add(f);
        break;
      }
    }
  }
  return { duplicates: examples.length, groups: firsts.size, examples };
}

describe('findDuplicates', () => {
  it('finds repeated rows with the row each repeats, and counts the repeated keys', () => {
    const scan = findDuplicates([numeric([1, 2, 1, 1, 2, 3]), codes([0, 1, 0, 0, 1, 0])], 6, {
      maxExamples: 2,
    });
    assert.equal(scan.duplicates, 3);
    assert.equal(scan.groups, 2);
    assert.deepEqual(scan.examples, [
      { row: 2, first: 0 },
      { row: 3, first: 0 },
    ]);
  });

  it('treats every NaN as equal and -0 as 0, unless missing cells are ignored', () => {
    const keys = [numeric([Number.NaN, -0, Number.NaN, 0])];
    assert.equal(findDuplicates(keys, 4, { maxExamples: 10 }).duplicates, 2);
    assert.equal(findDuplicates(keys, 4, { maxExamples: 10, ignoreMissing: true }).duplicates, 1);
    const text = [codes([-1, 2, -1, 2])];
    assert.equal(findDuplicates(text, 4, { maxExamples: 10 }).duplicates, 2);
    assert.equal(findDuplicates(text, 4, { maxExamples: 10, ignoreMissing: true }).duplicates, 1);
  });

  it('treats NaNs of any payload as one value, and tells them from the infinities', () => {
    const bits = Int32Array.of(
      1,
      0x7ff00000,
      0,
      0x7ff00001,
      0,
      0xfff00001 | 0,
      0,
      0x7ff00000,
      0,
      0xfff00000 | 0,
    );
    const [lowPayload, highPayload, negativeNaN, infinity, minusInfinity] = new Float64Array(bits.buffer);
    assert.ok(Number.isNaN(lowPayload) && Number.isNaN(highPayload) && Number.isNaN(negativeNaN));
    assert.equal(infinity, Number.POSITIVE_INFINITY);
    assert.equal(minusInfinity, Number.NEGATIVE_INFINITY);
    const keys = [numeric([lowPayload, highPayload, negativeNaN, Number.NaN, infinity, minusInfinity])];
    const scan = findDuplicates(keys, 6, { maxExamples: 10 });
    assert.equal(scan.duplicates, 3);
    assert.deepEqual(
      scan.examples.map((e) => e.first),
      [0, 0, 0],
    );
  });

  it('tells apart values that differ only in low bits', () => {
    const values = Array.from({ length: 5000 }, (_, i) => 1 + i * Number.EPSILON);
    assert.equal(findDuplicates([numeric(values)], values.length, { maxExamples: 0 }).duplicates, 0);
  });

  it('agrees with comparing every pair of rows', () => {
    const cellValue = fc.oneof(fc.constantFrom(0, 1, 2, -0, Number.NaN), fc.integer({ min: -3, max: 3 }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }).chain((rows) =>
          fc.tuple(
            fc.constant(rows),
            fc.array(fc.tuple(fc.boolean(), fc.array(cellValue, { minLength: rows, maxLength: rows })), {
              minLength: 1,
              maxLength: 3,
            }),
            fc.boolean(),
          ),
        ),
        ([rows, columns, ignoreMissing]) => {
          // Text columns hold codes: map the cells to small codes, NaN to -1 (missing).
          const keys = columns.map(([isText, cells]) =>
            isText ? codes(cells.map((c) => (Number.isNaN(c) ? -1 : Math.abs(c)))) : numeric(cells),
          );
          const plain = columns.map(([isText, cells]) =>
            isText ? cells.map((c) => (Number.isNaN(c) ? Number.NaN : Math.abs(c))) : cells,
          );
          const scan = findDuplicates(keys, rows, { maxExamples: 1000, ignoreMissing });
          assert.deepEqual(scan, bruteForce(plain, rows, ignoreMissing));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('murmur3x86_128', () => {
  // Goldens from the murmurhash3js-revisited package's x86.hash128 over the words' little-endian bytes with
  // seed 0x2545f491: h1..h4 as hex, covering no words, a tail of one, two and three words, and a full block.
  const goldens: [number[], string][] = [
    [[], '37f652510deac8170deac8170deac817'],
    [[1], '111de92f0aa30cd00aa30cd00aa30cd0'],
    [[-1, 0x7ff80000], 'c65cddb69447c60695a9097b95a9097b'],
    [[1, 2, 3, 4, 5, 6, 7], '003cabc87f0dc62f8555345156859aa1'],
  ];
  for (const [words, hex] of goldens) {
    it(`matches the reference implementation on [${words.join(', ')}]`, () => {
      const out = new Int32Array(4);
      murmur3x86_128(Int32Array.from([9, ...words]), 1, words.length, out, 0);
      assert.equal([...out].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join(''), hex);
    });
  }
});
