// check-drift with profiles (profile-data's files) for the reference or the current data, through the CLI.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './harness/cli.ts';

function modelgate(...args: string[]) {
  return runCli(args);
}

describe('check-drift on profiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-profiles-'));
  const profile = join(dir, 'train.json');
  const made = modelgate(
    'profile-data',
    '--data',
    'examples/data/train.csv',
    '--output',
    profile,
    '--report-dir',
    dir,
  );

  it('reports what drift on the data reports, for an exact profile, and says it compared a profile', () => {
    assert.equal(made.code, 0, made.stderr);
    const common = [
      '--current',
      'examples/data/serving.csv',
      '--exclude-columns',
      'customer_id',
      '--fail-on',
      'never',
    ];
    const onData = modelgate(
      'check-drift',
      '--reference',
      'examples/data/train.csv',
      ...common,
      '--report-dir',
      join(dir, 'data'),
    );
    const onProfile = modelgate(
      'check-drift',
      '--reference',
      profile,
      ...common,
      '--report-dir',
      join(dir, 'profile'),
    );
    assert.equal(onProfile.code, 0, onProfile.stderr);
    const read = (sub: string) =>
      JSON.parse(readFileSync(join(dir, sub, 'check-drift', 'report.json'), 'utf8'));
    const [a, b] = [read('data'), read('profile')];
    assert.deepEqual(b.metrics['drifted-columns'], a.metrics['drifted-columns']);
    // The same rows, the same statistics; a sum over categories in another order may differ in the last bit.
    const rows = (r: { tables: { rows: unknown[][] }[] }) => r.tables[0].rows;
    assert.equal(rows(b).length, rows(a).length);
    rows(a).forEach((row, i) => {
      row.forEach((cell, j) => {
        const other = rows(b)[i][j];
        if (typeof cell === 'number' && typeof other === 'number') {
          assert.ok(
            Math.abs(cell - other) <= 1e-12 * Math.abs(cell),
            `row ${i} cell ${j}: ${other} vs ${cell}`,
          );
        } else assert.deepEqual(other, cell);
      });
    });
    assert.ok(b.findings.some((f: { check: string }) => f.check === 'compared-profiles'));
    assert.equal(onData.code, 0);
  });

  it('refuses concept drift, skew and a side that mixes profiles and data, each with one clear line and exit 2', () => {
    const concept = modelgate(
      'check-drift',
      '--reference',
      profile,
      '--current',
      'examples/data/serving.csv',
      '--target-column',
      'label',
      '--prediction-column',
      'prediction',
      '--report-dir',
      dir,
    );
    assert.equal(concept.code, 2);
    assert.match(concept.stderr, /a profile has no rows/);
    const skew = modelgate(
      'check-drift',
      '--reference',
      profile,
      '--current',
      'examples/data/serving.csv',
      '--id-columns',
      'customer_id',
      '--report-dir',
      dir,
    );
    assert.equal(skew.code, 2);
    assert.match(skew.stderr, /skew compares rows by id/);
    const mixed = modelgate(
      'check-drift',
      '--reference',
      `${profile},examples/data/train.csv`,
      '--current',
      'examples/data/serving.csv',
      '--report-dir',
      dir,
    );
    assert.equal(mixed.code, 2);
    assert.match(mixed.stderr, /mixes profiles \(\.json\) and data files/);
  });
});
