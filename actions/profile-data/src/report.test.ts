import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addNumber, type DatasetProfile, emptyColumnProfile } from '@modelgate/profile';
import { profileResult } from './report.ts';

function profileOf(values: number[]): DatasetProfile {
  const column = emptyColumnProfile('x', 'numeric');
  for (const v of values) addNumber(column, v, false);
  column.rows = values.length;
  return {
    rows: values.length,
    unreadableRows: 0,
    sources: [{ file: 'x.csv', rows: values.length }],
    columns: [column],
  };
}

function stdShown(profile: DatasetProfile): unknown {
  const table = profileResult(profile, 'sha256:0').tables[0];
  const at = table.columns.findIndex((c) => c.name.startsWith('std'));
  assert.equal(table.columns[at].name, 'std (ddof 1)');
  return table.rows[0][at];
}

describe('the profile report', () => {
  it("shows the std pandas' describe() shows (ddof 1)", () => {
    // import numpy as np, pandas as pd
    // x = pd.Series(((np.arange(1000) * 7919) % 10007) / 1000 - 5)
    // x.describe()['std']  -> 2.891522618679188 (ddof 0 would be 2.890076495748688)
    const values = Array.from({ length: 1000 }, (_, i) => ((i * 7919) % 10007) / 1000 - 5);
    const std = stdShown(profileOf(values));
    assert.ok(
      typeof std === 'number' && Math.abs(std - 2.891522618679188) <= 1e-12 * 2.891522618679188,
      `${std}`,
    );
  });

  it('shows no std for a single value, where pandas shows NaN', () => {
    assert.equal(stdShown(profileOf([3])), null);
  });
});
