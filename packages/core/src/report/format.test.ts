import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  columnHeader,
  describeCounts,
  formatCell,
  formatCount,
  formatLocation,
  formatNumber,
  formatShare,
  formatValue,
  groupBySeverity,
  groupDigits,
  isNumericColumn,
} from './format.ts';
import type { Finding, TableColumn } from './model.ts';

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

describe('groupDigits', () => {
  it('writes what Intl.NumberFormat en-US writes, for integers, halves, fractions and every magnitude', () => {
    const values = [
      0,
      1e-7,
      0.04,
      0.05,
      0.06,
      0.5,
      0.95,
      12,
      999.96,
      1234.5,
      1250.05,
      9999.95,
      2 ** 53,
      1e21,
      2 ** 80,
    ];
    let seed = 7;
    for (let i = 0; i < 2000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const scale = 10 ** (seed % 19);
      values.push((seed / 2 ** 32) * scale, Math.round((seed / 2 ** 32) * scale) + 0.5, (seed % 1000) / 20);
    }
    for (const fractionDigits of [0, 1]) {
      const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: fractionDigits });
      for (const value of values) {
        for (const signed of [value, -value]) {
          const expected = intl.format(signed);
          // Intl writes "-0" for a negative value that rounds to zero; a report shows 0.
          assert.equal(
            groupDigits(signed, fractionDigits),
            expected === '-0' ? '0' : expected,
            String(signed),
          );
        }
      }
    }
  });

  it('groups thousands and spells out what is not finite', () => {
    assert.equal(groupDigits(1234567.25, 1), '1,234,567.3');
    assert.equal(groupDigits(-1234567, 0), '-1,234,567');
    assert.equal(groupDigits(-0.04, 1), '0');
    assert.equal(groupDigits(1e21, 0), '1,000,000,000,000,000,000,000');
    assert.equal(groupDigits(Number.NaN, 0), 'NaN');
    assert.equal(groupDigits(Number.NEGATIVE_INFINITY, 0), '-∞');
  });
});

describe('formatShare', () => {
  it('shows percentages with one decimal and keeps small shares apart', () => {
    assert.equal(formatShare(0.1234), '12.3%');
    assert.equal(formatShare(1), '100%');
    assert.equal(formatShare(0), '0%');
    assert.equal(formatShare(0.0004), '0.04%');
    assert.equal(formatShare(0.0012), '0.12%');
    assert.equal(formatShare(0.00001), '<0.01%');
  });

  it('never rounds a share that is not all into 100%, and keeps the sign of a change', () => {
    assert.equal(formatShare(0.99995), '>99.9%');
    assert.equal(formatShare(-0.05), '-5%');
    assert.equal(formatShare(Number.NaN), 'NaN');
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
  it('is true for the kinds that hold figures', () => {
    for (const kind of ['count', 'number', 'share', 'interval'] as const) {
      assert.equal(isNumericColumn({ name: 'x', kind }), true, kind);
    }
    for (const kind of ['text', 'status'] as const)
      assert.equal(isNumericColumn({ name: 'x', kind }), false, kind);
  });
});

describe('formatCell', () => {
  const share: TableColumn = { name: 'rate', kind: 'share' };
  const interval: TableColumn = { name: 'rate', kind: 'interval' };

  it('shows a share as a percentage and an undefined one as undefined, never 0', () => {
    assert.equal(formatCell(0.1234, share), '12.3%');
    assert.equal(formatCell(null, share), 'undefined');
    assert.equal(formatCell(undefined, { name: 'n', kind: 'count' }), 'undefined');
    assert.equal(formatCell(null, { name: 'note', kind: 'text' }), '—');
  });

  it('shows a null that means "not applicable" as a dash, in a column that says so', () => {
    const pValue: TableColumn = { name: 'p-value', kind: 'number', nullMeans: 'not applicable' };
    assert.equal(formatCell(null, pValue), '—');
    assert.equal(formatCell(0.25, pValue), '0.25');
    assert.equal(formatCell(null, { name: 'why', kind: 'text', nullMeans: 'undefined' }), 'undefined');
  });

  it('shows an interval as estimate [low, high], in percent when its unit is %', () => {
    assert.equal(formatCell({ estimate: 0.42, low: 0.4, high: 0.44 }, interval), '0.42 [0.4, 0.44]');
    assert.equal(
      formatCell({ estimate: 0.42, low: 0.4, high: 0.44 }, { ...interval, unit: '%' }),
      '42% [40%, 44%]',
    );
    assert.equal(formatCell({ estimate: 0.5, low: null, high: 0.7 }, interval), '0.5 [undefined, 0.7]');
    assert.equal(formatCell({ estimate: 3, low: null, high: null }, interval), '3');
    assert.equal(formatCell({ estimate: null, low: null, high: null }, interval), 'undefined');
  });

  it('shows a status as its word, with an icon where asked', () => {
    const status: TableColumn = { name: 'result', kind: 'status' };
    assert.equal(formatCell('fail', status), 'fail');
    assert.equal(formatCell('fail', status, true), '❌ fail');
    assert.equal(formatCell('undefined', status, true), '❔ undefined');
    assert.equal(
      formatCell('<b>', status, true),
      '<b>',
      'an unknown status is shown as given, not iconified',
    );
  });

  it('puts the unit in the header', () => {
    assert.equal(columnHeader({ name: 'latency', kind: 'number', unit: 'ms' }), 'latency (ms)');
    assert.equal(columnHeader({ name: 'rate', kind: 'interval', unit: '%' }), 'rate');
    assert.equal(columnHeader({ name: 'n', kind: 'count' }), 'n');
  });
});

describe('formatValue', () => {
  it('lists a string-array metric', () => {
    assert.equal(formatValue(['a', 'b']), 'a, b');
    assert.equal(formatValue([]), 'none');
  });
});
