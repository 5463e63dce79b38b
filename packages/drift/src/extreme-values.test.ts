// Drift on values near the ends of the double range: every method gives a finite statistic (no NaN read
// as "no drift", no crash on bin edges over ±1e308), and a statistic that is still undefined is a warning
// naming the column and why, with its drift shown as unknown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DRIFT_METHODS, detectDrift, driftResult, measureDrift } from './index.ts';
import { definedOutcome } from './methods.ts';
import { makeTable } from './testing/tables.ts';

/** 200 values of a smooth bell shape around `shift`, times `scale`. */
function bell(n: number, shift: number, scale: number): number[] {
  return Array.from({ length: n }, (_, i) => {
    const u = (i + 0.5) / n;
    return (Math.log(u / (1 - u)) + shift) * scale;
  });
}

const DRIFTED = 'drifted';
function driftedCell(result: ReturnType<typeof detectDrift>, column: string): unknown {
  const table = result.tables[0];
  const row = table.rows.find((r) => r[0] === column) as unknown[];
  return row[table.columns.findIndex((c) => c.name === DRIFTED)];
}

describe('drift near the ends of the double range', () => {
  it('finds the same Wasserstein drift at 1e200 as at 1 (it was NaN, read as not drifted)', () => {
    const at = (scale: number) =>
      detectDrift(
        makeTable({ x: bell(1500, 0, scale) }, { file: 'r.csv' }),
        makeTable({ x: bell(1500, 0.5, scale) }, { file: 'c.csv' }),
        { method: 'wasserstein' },
      );
    const plain = at(1);
    const huge = at(1e200);
    assert.equal(driftedCell(plain, 'x'), true);
    assert.equal(driftedCell(huge, 'x'), true);
    assert.equal(huge.metrics['drift-detected'], true);
    const statistic = (r: typeof plain) => r.tables[0].rows[0][3] as number;
    assert.ok(Math.abs(statistic(huge) - statistic(plain)) <= 1e-12 * statistic(plain));
  });

  for (const method of DRIFT_METHODS) {
    it(`${method}: a finite statistic on columns straddling ±1e308, no crash`, () => {
      const reference = makeTable({ x: bell(300, 0, 1.6e308 / 7), y: bell(300, 0, 1e300) });
      const current = makeTable({ x: bell(300, 1, 1.6e308 / 7), y: bell(300, 2, 1e300) });
      const measured = measureDrift(reference, current, { method });
      for (const c of measured.columns) {
        assert.equal(c.undefinedStatistic, null, `${c.column}: ${c.undefinedStatistic}`);
        assert.ok(Number.isFinite(c.statistic), `${c.column}: ${c.statistic}`);
      }
    });
  }
});

describe('an undefined statistic', () => {
  it('is an outcome with a reason, from NaN or from a RangeError; other errors pass', () => {
    assert.deepEqual(
      definedOutcome(() => ({ statistic: 0.2, pValue: null })),
      { statistic: 0.2, pValue: null },
    );
    assert.match(
      (definedOutcome(() => ({ statistic: Number.NaN, pValue: null })) as { undefined: string }).undefined,
      /statistic came out NaN/,
    );
    assert.match(
      (definedOutcome(() => ({ statistic: 1, pValue: Number.NaN })) as { undefined: string }).undefined,
      /p-value came out NaN/,
    );
    assert.match(
      (
        definedOutcome(() => {
          throw new RangeError('bin edge 1 is NaN');
        }) as { undefined: string }
      ).undefined,
      /could not use these values \(bin edge 1 is NaN\)/,
    );
    assert.throws(
      () =>
        definedOutcome(() => {
          throw new TypeError('a bug');
        }),
      TypeError,
    );
  });

  it('is a warning naming the column and why, and its drift shows as unknown, not as "no"', () => {
    const measured = measureDrift(makeTable({ x: bell(100, 0, 1) }), makeTable({ x: bell(100, 0.1, 1) }), {
      method: 'wasserstein',
    });
    const column = measured.columns[0];
    // As compareColumn leaves a column whose method gave NaN.
    Object.assign(column, {
      statistic: null,
      pValue: null,
      adjustedPValue: null,
      valueDrift: false,
      drifted: false,
      undefinedStatistic: 'its statistic came out NaN (not a number) on these values',
    });
    const result = driftResult(measured);
    const finding = result.findings.find((f) => f.check === 'statistic-undefined');
    assert.equal(finding?.severity, 'warning');
    assert.equal(finding?.column, 'x');
    assert.match(
      finding?.message ?? '',
      /^Column "x": Wasserstein .*is undefined \(its statistic came out NaN/,
    );
    assert.match(finding?.message ?? '', /unknown/);
    assert.equal(driftedCell(result, 'x'), null);
  });
});
