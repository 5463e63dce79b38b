/**
 * MurmurHash3 x64 128 of one 64-bit integer, as Apache DataSketches hashes a long for HLL (8 little-endian
 * bytes, both halves seeded with the same 64-bit seed; DataSketches' default seed is 9001).
 */

export const DEFAULT_UPDATE_SEED = 9001n;

const MASK64 = (1n << 64n) - 1n;
const C1 = 0x87c37b91114253d5n;
const C2 = 0x4cf5ad432745937fn;

function rotl64(x: bigint, r: bigint): bigint {
  return ((x << r) | (x >> (64n - r))) & MASK64;
}

function fmix64(input: bigint): bigint {
  let k = input;
  k ^= k >> 33n;
  k = (k * 0xff51afd7ed558ccdn) & MASK64;
  k ^= k >> 33n;
  k = (k * 0xc4ceb9fe1a85ec53n) & MASK64;
  k ^= k >> 33n;
  return k;
}

/** The two 64-bit halves of the hash of `value` (taken as a signed 64-bit integer). */
export function murmur3Long(value: bigint, seed = DEFAULT_UPDATE_SEED): [bigint, bigint] {
  let h1 = seed & MASK64;
  let h2 = seed & MASK64;
  let k1 = BigInt.asUintN(64, value);
  k1 = (k1 * C1) & MASK64;
  k1 = rotl64(k1, 31n);
  k1 = (k1 * C2) & MASK64;
  h1 ^= k1;
  h1 ^= 8n;
  h2 ^= 8n;
  h1 = (h1 + h2) & MASK64;
  h2 = (h2 + h1) & MASK64;
  h1 = fmix64(h1);
  h2 = fmix64(h2);
  h1 = (h1 + h2) & MASK64;
  h2 = (h2 + h1) & MASK64;
  return [h1, h2];
}
