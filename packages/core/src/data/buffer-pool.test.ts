import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BufferPool } from './buffer-pool.ts';

describe('BufferPool', () => {
  it('puts an array on the smallest buffer given back that holds it, else on a new one', () => {
    const pool = new BufferPool();
    const small = new ArrayBuffer(400);
    const large = new ArrayBuffer(800);
    pool.give([large, small]);
    const codes = pool.take(Int32Array, 100);
    assert.equal(codes.buffer, small);
    assert.equal(codes.length, 100);
    const values = pool.take(Float64Array, 90);
    assert.equal(values.buffer, large);
    assert.equal(values.length, 90);
    const fresh = pool.take(Float64Array, 90);
    assert.ok(fresh.buffer !== small && fresh.buffer !== large);
    assert.equal(pool.size, 0);
  });

  it('frees what is too small to serve again: under half of the largest array asked for', () => {
    const pool = new BufferPool();
    pool.take(Float64Array, 1000);
    const tooSmall = new ArrayBuffer(3000);
    const halfSize = new ArrayBuffer(4000);
    pool.give([tooSmall, halfSize]);
    assert.equal(tooSmall.byteLength, 0, 'detached, its memory freed');
    assert.equal(pool.size, 1);
    const earlier = new ArrayBuffer(4000);
    pool.give([earlier]);
    pool.take(Float64Array, 2000);
    assert.equal(halfSize.byteLength, 0);
    assert.equal(earlier.byteLength, 0);
    assert.equal(pool.size, 0);
  });
});
