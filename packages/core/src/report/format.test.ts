import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  describeCounts,
  formatCount,
  formatLocation,
  formatNumber,
  formatShare,
  formatValue,
  groupBySeverity,
  isNumericColumn,
} from './format.ts';
import type { Finding } from './model.ts';

describe('formatNumber', () => {
  it('groups integers and large values, keeps 4 significant digits below 1,000', () => {
    assert.equal(formatNumber(0), '0');
    assert.equal(formatNumber(1234567), '1,234,567');
    assert.equal(formatNumber(-1250.5), '-1,250.5');
    assert.equal(formatNumber(0.042134), '0.04213');
    assert.equal(formatNumber(123.456), '123.5');
    assert.equal(formatNumber(0.5), '0.5');
  });

  it('uses exponent form for tiny and huge magnitudes', () => {
    assert.equal(formatNumber(1.234e-12), '1.23e-12');
    assert.equal(formatNumber(0.0001), '1e-4');
    assert.equal(formatNumber(2e20), '2e20');
  });

  it('spells out NaN and infinities', () => {
    assert.equal(formatNumber(Number.NaN), 'NaN');
    assert.equal(formatNumber(Number.POSITIVE_INFINITY), '∞');
    assert.equal(formatNumber(Number.NEGATIVE_INFINITY), '-∞');
  });
});

describe('formatShare', () => {
  it('shows percentages with one decimal and keeps tiny shares visible', () => {
    assert.equal(formatShare(0.1234), '12.3%');
    assert.equal(formatShare(1), '100%');
    assert.equal(formatShare(0), '0%');
    assert.equal(formatShare(0.0004), '<0.1%');
  });
});

describe('formatValue', () => {
  it('formats every cell kind', () => {
    assert.equal(formatValue(null), '—');
    assert.equal(formatValue(true), 'yes');
    assert.equal(formatValue(false), 'no');
    assert.equal(formatValue('x'), 'x');
    assert.equal(formatValue(1000), '1,000');
  });
});

describe('formatLocation', () => {
  it('writes file:line, or file:row N for binary files', () => {
    assert.equal(formatLocation({ file: 'a.csv', line: 12 }), 'a.csv:12');
    assert.equal(formatLocation({ file: 'a.parquet', line: 12, unit: 'row' }), 'a.parquet:row 12');
    assert.equal(formatLocation({ file: 'a.csv' }), 'a.csv');
  });
});

describe('findings helpers', () => {
  const findings: Finding[] = [
    { check: 'a', severity: 'notice', message: 'n' },
    { check: 'b', severity: 'error', message: 'e1' },
    { check: 'c', severity: 'warning', message: 'w' },
    { check: 'd', severity: 'error', message: 'e2' },
  ];

  it('groups errors first, keeping the order within a severity', () => {
    const groups = groupBySeverity(findings);
    assert.deepEqual([...groups.keys()], ['error', 'warning', 'notice']);
    assert.deepEqual(
      groups.get('error')?.map((f) => f.message),
      ['e1', 'e2'],
    );
    assert.equal(describeCounts(groups), '2 errors, 1 warning, 1 notice');
  });

  it('formats count and share together or alone', () => {
    assert.equal(
      formatCount({ check: 'x', severity: 'error', message: '', count: 1200, share: 0.12 }),
      '1,200 (12%)',
    );
    assert.equal(formatCount({ check: 'x', severity: 'error', message: '', share: 0.5 }), '50%');
    assert.equal(formatCount({ check: 'x', severity: 'error', message: '' }), '');
  });
});

describe('isNumericColumn', () => {
  it('is true when every present cell is a number', () => {
    assert.equal(isNumericColumn([[1], [null], [2.5]], 0), true);
    assert.equal(isNumericColumn([[1], ['x']], 0), false);
    assert.equal(isNumericColumn([[null]], 0), false);
  });
});
