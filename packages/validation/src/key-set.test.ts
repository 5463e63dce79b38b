import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KeySet } from './key-set.ts';

describe('KeySet', () => {
  it('tells apart keys that share their home slot and fingerprint', () => {
    const set = new KeySet();
    const keys = Int32Array.of(7, 1, 2, 9, 7, 1, 3, 9, 7, 5, 2, 9);
    assert.equal(set.insert(keys, 0, 0, 10), -1);
    assert.equal(set.insert(keys, 1, 0, 11), -1);
    assert.equal(set.insert(keys, 2, 0, 12), -1);
    assert.equal(set.insert(keys, 1, 1, 20), 1);
    assert.deepEqual(set.rowOf(1), { file: 0, line: 11 });
    assert.equal(set.size, 3);
  });

  it('finds every key again, with its first row and repeated flag, after growing from its smallest size', () => {
    const set = new KeySet();
    const n = 5000;
    const keys = new Int32Array(4 * n);
    for (let i = 0; i < keys.length; i++) keys[i] = Math.imul(i + 1, 0x9e3779b9) ^ (i >>> 3);
    for (let i = 0; i < n; i++) assert.equal(set.insert(keys, i, 2, i), -1);
    assert.ok(set.markRepeated(17));
    assert.ok(!set.markRepeated(17));
    for (let i = 0; i < n; i++) assert.equal(set.insert(keys, i, 3, n + i), i);
    assert.deepEqual(set.rowOf(17), { file: 2, line: 17 });
    const seen: number[] = [];
    set.forEach((records, base) => {
      seen.push(records[base + 5]);
    });
    assert.deepEqual(
      seen,
      Array.from({ length: n }, (_, i) => i),
    );
    assert.ok(set.bytes >= KeySet.bytesFor(n));
  });
});
