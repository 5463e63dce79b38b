import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCount, formatList, formatPlainNumber, formatShare, plural, quoteValue } from './format.ts';

describe('format', () => {
  it('writes shares with enough digits to tell them apart, never rounding up to 100%', () => {
    assert.deepEqual([0, 0.00001, 0.0005, 0.0123, 0.25, 0.995, 0.99999, 1].map(formatShare), [
      '0%',
      '<0.01%',
      '0.05%',
      '1.2%',
      '25%',
      '99.5%',
      '>99.9%',
      '100%',
    ]);
  });

  it('writes counts, plurals, numbers, values and lists', () => {
    assert.equal(formatCount(1234567), '1,234,567');
    assert.equal(plural(1, 'row'), '1 row');
    assert.equal(plural(2000, 'row'), '2,000 rows');
    assert.equal(plural(2, 'row has', 'rows have'), '2 rows have');
    assert.equal(formatPlainNumber(1 / 3), '0.333333');
    assert.equal(formatPlainNumber(-4), '-4');
    assert.equal(quoteValue('a"b'), '"a\\"b"');
    assert.equal(quoteValue('x'.repeat(100)), `"${'x'.repeat(60)}…"`);
    assert.equal(formatList(['a']), 'a');
    assert.equal(formatList(['a', 'b', 'c']), 'a, b and c');
    assert.equal(formatList(['a', 'b', 'c', 'd'], 2), 'a, b and 2 more');
  });
});
