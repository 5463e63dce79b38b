import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { murmur3BigInt, murmur3LongWords, murmur3Words } from './murmur3.ts';

const join = (hi: number, lo: number) => (BigInt(hi) << 32n) | BigInt(lo);

describe('murmur3', () => {
  it('the 32-bit version equals the BigInt transcription on any bytes and seed', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 70 }),
        fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
        (bytes, seed) => {
          const [a, b, c, d] = murmur3Words(bytes, seed);
          assert.deepEqual([join(a, b), join(c, d)], murmur3BigInt(bytes, seed));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the published hash of "The quick brown fox jumps over the lazy dog" (seed 0)', () => {
    const bytes = new TextEncoder().encode('The quick brown fox jumps over the lazy dog');
    assert.deepEqual(murmur3BigInt(bytes, 0n), [0xe34bbc7bbc071b6cn, 0x7a433ca9c49a9347n]);
    const [a, b, c, d] = murmur3Words(bytes, 0n);
    assert.deepEqual([join(a, b), join(c, d)], [0xe34bbc7bbc071b6cn, 0x7a433ca9c49a9347n]);
  });

  it('hashes a long as its 8 little-endian bytes, for numbers and bigints alike', () => {
    for (const value of [0, 1, -1, 2 ** 40 + 3, -(2 ** 45) - 7, Number.MAX_SAFE_INTEGER]) {
      const bytes = new Uint8Array(8);
      new DataView(bytes.buffer).setBigInt64(0, BigInt(value), true);
      assert.deepEqual(murmur3LongWords(value), murmur3Words(bytes));
      assert.deepEqual(murmur3LongWords(BigInt(value)), murmur3Words(bytes));
    }
  });

  it('gives the known coupon of the long 0 under seed 9001 (the one DataSketches writes)', () => {
    const [h1h, h1l, h2h] = murmur3LongWords(0);
    assert.equal((h1l & 0x3ffffff).toString(16), 'c2d7cb');
    assert.equal(Math.clz32(h2h), 0);
    assert.equal(h1h >= 0, true);
  });
});
