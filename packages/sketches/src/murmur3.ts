/**
 * MurmurHash3 x64 128 as Apache DataSketches hashes items (seed 9001 unless given): a long as its 8
 * little-endian bytes, a string as its UTF-8 bytes. Both halves start from the same 64-bit seed.
 * Written in 32-bit halves (a 64-bit product from 16-bit pieces) because BigInt arithmetic is far too
 * slow for one hash per cell; murmur3LongBigInt is the plain BigInt transcription the tests check it with.
 */

export const DEFAULT_UPDATE_SEED = 9001n;

// A 64-bit value is a pair [hi, lo] of unsigned 32-bit numbers; these hold the result of the last operation.
let rh = 0;
let rl = 0;

function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  rl = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  const carry = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  rh = (carry + Math.imul(al, bh) + Math.imul(ah, bl)) >>> 0;
}

function add64(ah: number, al: number, bh: number, bl: number): void {
  const lo = al + bl;
  rl = lo >>> 0;
  rh = (ah + bh + (lo > 0xffffffff ? 1 : 0)) >>> 0;
}

function rotl64(h: number, l: number, r: number): void {
  if (r >= 32) {
    const t = h;
    h = l;
    l = t;
    r -= 32;
  }
  if (r === 0) {
    rh = h >>> 0;
    rl = l >>> 0;
    return;
  }
  rh = ((h << r) | (l >>> (32 - r))) >>> 0;
  rl = ((l << r) | (h >>> (32 - r))) >>> 0;
}

function fmix64(h: number, l: number): void {
  l = (l ^ (h >>> 1)) >>> 0; // k ^= k >>> 33
  mul64(h, l, 0xff51afd7, 0xed558ccd);
  h = rh;
  l = (rl ^ (rh >>> 1)) >>> 0;
  mul64(h, l, 0xc4ceb9fe, 0x1a85ec53);
  h = rh;
  rl = (rl ^ (rh >>> 1)) >>> 0;
  rh = h;
}

const C1H = 0x87c37b91;
const C1L = 0x114253d5;
const C2H = 0x4cf5ad43;
const C2L = 0x2745937f;

/** Reads 8 little-endian bytes at `at` as a 64-bit pair into rh, rl. */
function load64(bytes: Uint8Array, at: number): void {
  rl = (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
  rh = (bytes[at + 4] | (bytes[at + 5] << 8) | (bytes[at + 6] << 16) | (bytes[at + 7] << 24)) >>> 0;
}

/** Partial little-endian load of `count` (< 8) bytes at `at`. */
function loadTail(bytes: Uint8Array, at: number, count: number): void {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < count; i++) {
    if (i < 4) lo |= bytes[at + i] << (8 * i);
    else hi |= bytes[at + i] << (8 * (i - 4));
  }
  rl = lo >>> 0;
  rh = hi >>> 0;
}

/** The hash of `bytes`: the two 64-bit halves as [h1 high, h1 low, h2 high, h2 low] unsigned 32-bit words. */
export function murmur3Words(
  bytes: Uint8Array,
  seed = DEFAULT_UPDATE_SEED,
): [number, number, number, number] {
  const seedH = Number((seed >> 32n) & 0xffffffffn);
  const seedL = Number(seed & 0xffffffffn);
  let h1h = seedH;
  let h1l = seedL;
  let h2h = seedH;
  let h2l = seedL;
  const length = bytes.byteLength;
  const blocks = length >>> 4;
  for (let b = 0; b < blocks; b++) {
    load64(bytes, b * 16);
    let k1h = rh;
    let k1l = rl;
    load64(bytes, b * 16 + 8);
    let k2h = rh;
    let k2l = rl;
    mul64(k1h, k1l, C1H, C1L);
    rotl64(rh, rl, 31);
    mul64(rh, rl, C2H, C2L);
    k1h = rh;
    k1l = rl;
    h1h = (h1h ^ k1h) >>> 0;
    h1l = (h1l ^ k1l) >>> 0;
    rotl64(h1h, h1l, 27);
    add64(rh, rl, h2h, h2l);
    mul64(rh, rl, 0, 5);
    add64(rh, rl, 0, 0x52dce729);
    h1h = rh;
    h1l = rl;
    mul64(k2h, k2l, C2H, C2L);
    rotl64(rh, rl, 33);
    mul64(rh, rl, C1H, C1L);
    k2h = rh;
    k2l = rl;
    h2h = (h2h ^ k2h) >>> 0;
    h2l = (h2l ^ k2l) >>> 0;
    rotl64(h2h, h2l, 31);
    add64(rh, rl, h1h, h1l);
    mul64(rh, rl, 0, 5);
    add64(rh, rl, 0, 0x38495ab5);
    h2h = rh;
    h2l = rl;
  }
  const tail = blocks * 16;
  const rest = length & 15;
  if (rest > 8) {
    loadTail(bytes, tail + 8, rest - 8);
    mul64(rh, rl, C2H, C2L);
    rotl64(rh, rl, 33);
    mul64(rh, rl, C1H, C1L);
    h2h = (h2h ^ rh) >>> 0;
    h2l = (h2l ^ rl) >>> 0;
  }
  if (rest > 0) {
    loadTail(bytes, tail, Math.min(rest, 8));
    mul64(rh, rl, C1H, C1L);
    rotl64(rh, rl, 31);
    mul64(rh, rl, C2H, C2L);
    h1h = (h1h ^ rh) >>> 0;
    h1l = (h1l ^ rl) >>> 0;
  }
  // The length is below 2^32 bytes: only the low word changes.
  h1l = (h1l ^ length) >>> 0;
  h2l = (h2l ^ length) >>> 0;
  add64(h1h, h1l, h2h, h2l);
  h1h = rh;
  h1l = rl;
  add64(h2h, h2l, h1h, h1l);
  h2h = rh;
  h2l = rl;
  fmix64(h1h, h1l);
  h1h = rh;
  h1l = rl;
  fmix64(h2h, h2l);
  h2h = rh;
  h2l = rl;
  add64(h1h, h1l, h2h, h2l);
  h1h = rh;
  h1l = rl;
  add64(h2h, h2l, h1h, h1l);
  return [h1h, h1l, rh, rl];
}

const longBytes = new Uint8Array(8);
const longView = new DataView(longBytes.buffer);

/** The hash of a long, as DataSketches hashes one (its 8 little-endian bytes). */
export function murmur3LongWords(
  value: bigint | number,
  seed = DEFAULT_UPDATE_SEED,
): [number, number, number, number] {
  if (typeof value === 'number') {
    longView.setInt32(0, value | 0, true);
    longView.setInt32(4, Math.floor(value / 4294967296), true);
  } else {
    longView.setBigInt64(0, BigInt.asIntN(64, value), true);
  }
  return murmur3Words(longBytes, seed);
}

// ---- the BigInt transcription, the reference the tests hold the fast version to ----

const MASK64 = (1n << 64n) - 1n;

function rotlBig(x: bigint, r: bigint): bigint {
  return ((x << r) | (x >> (64n - r))) & MASK64;
}

function fmixBig(input: bigint): bigint {
  let k = input;
  k ^= k >> 33n;
  k = (k * 0xff51afd7ed558ccdn) & MASK64;
  k ^= k >> 33n;
  k = (k * 0xc4ceb9fe1a85ec53n) & MASK64;
  k ^= k >> 33n;
  return k;
}

/** MurmurHash3 x64 128 of `bytes` in plain BigInt arithmetic: slow, and obviously the published algorithm. */
export function murmur3BigInt(bytes: Uint8Array, seed = DEFAULT_UPDATE_SEED): [bigint, bigint] {
  const c1 = 0x87c37b91114253d5n;
  const c2 = 0x4cf5ad432745937fn;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let h1 = seed & MASK64;
  let h2 = seed & MASK64;
  const blocks = bytes.byteLength >>> 4;
  for (let b = 0; b < blocks; b++) {
    let k1 = view.getBigUint64(b * 16, true);
    let k2 = view.getBigUint64(b * 16 + 8, true);
    k1 = (rotlBig((k1 * c1) & MASK64, 31n) * c2) & MASK64;
    h1 ^= k1;
    h1 = (((rotlBig(h1, 27n) + h2) & MASK64) * 5n + 0x52dce729n) & MASK64;
    k2 = (rotlBig((k2 * c2) & MASK64, 33n) * c1) & MASK64;
    h2 ^= k2;
    h2 = (((rotlBig(h2, 31n) + h1) & MASK64) * 5n + 0x38495ab5n) & MASK64;
  }
  let k1 = 0n;
  let k2 = 0n;
  const tail = blocks * 16;
  for (let i = (bytes.byteLength & 15) - 1; i >= 0; i--) {
    if (i >= 8) k2 = (k2 << 8n) | BigInt(bytes[tail + i]);
    else k1 = (k1 << 8n) | BigInt(bytes[tail + i]);
  }
  if (k2 !== 0n || (bytes.byteLength & 15) > 8) {
    h2 ^= (rotlBig((k2 * c2) & MASK64, 33n) * c1) & MASK64;
  }
  if ((bytes.byteLength & 15) > 0) {
    h1 ^= (rotlBig((k1 * c1) & MASK64, 31n) * c2) & MASK64;
  }
  const length = BigInt(bytes.byteLength);
  h1 ^= length;
  h2 ^= length;
  h1 = (h1 + h2) & MASK64;
  h2 = (h2 + h1) & MASK64;
  h1 = fmixBig(h1);
  h2 = fmixBig(h2);
  h1 = (h1 + h2) & MASK64;
  h2 = (h2 + h1) & MASK64;
  return [h1, h2];
}
