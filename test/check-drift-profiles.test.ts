// check-drift with profiles (profile-data's files) for the reference or the current data, through the CLI.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  it("bounds a numeric PSI and Jensen-Shannon distance from a sketched profile: the rows' value lies in the stated interval, which a larger kll-k makes decisive", () => {
    // 40,000 rows: past the 1,000 exact values, so the profile keeps a KLL sketch. `same` keeps its
    // distribution, `moved` shifts by 0.8 standard deviations (PSI about 0.6).
    let seed = 7;
    const uniform = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return (seed + 0.5) / 4294967296;
    };
    const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    const csv = (shift: number) =>
      `same,moved\n${Array.from({ length: 40_000 }, () => `${normal().toFixed(6)},${(normal() + shift).toFixed(6)}`).join('\n')}\n`;
    const reference = join(dir, 'psi-reference.csv');
    const current = join(dir, 'psi-current.csv');
    writeFileSync(reference, csv(0));
    writeFileSync(current, csv(0.8));
    const psiReport = (ref: string, out: string, method: string) => {
      const run = modelgate(
        'check-drift',
        '--reference',
        ref,
        '--current',
        current,
        '--method',
        method,
        '--fail-on',
        'never',
        '--report-dir',
        join(dir, out),
      );
      assert.equal(run.code, 0, run.stderr);
      const report = JSON.parse(readFileSync(join(dir, out, 'check-drift', 'report.json'), 'utf8'));
      const table = report.tables[0];
      const at = (name: string) => table.columns.findIndex((c: { name: string }) => c.name === name);
      return new Map<string, { statistic: number; note: string }>(
        table.rows.map((row: unknown[]) => [
          row[at('column')],
          { statistic: row[at('statistic')], note: String(row[at('note')]) },
        ]),
      );
    };
    const methods = {
      psi: 'PSI',
      'jensen-shannon': 'Jensen-Shannon distance',
      wasserstein: 'Wasserstein distance',
    };
    const rows = new Map(Object.keys(methods).map((m) => [m, psiReport(reference, `rows-${m}`, m)]));
    for (const k of ['200', '2000']) {
      const profilePath = join(dir, `psi-reference-${k}.json`);
      const made = modelgate(
        'profile-data',
        '--data',
        reference,
        '--output',
        profilePath,
        '--kll-k',
        k,
        '--report-dir',
        dir,
      );
      assert.equal(made.code, 0, made.stderr);
      for (const [method, statistic] of Object.entries(methods)) {
        const sketched = psiReport(profilePath, `profile-${k}-${method}`, method);
        for (const column of ['same', 'moved']) {
          const { note } = sketched.get(column) as { note: string };
          const match = new RegExp(
            `the rows' ${statistic} lies between ([\\d.e-]+) and ([\\d.e-]+): (.*)$`,
          ).exec(note);
          assert.ok(match, note);
          const exact = rows.get(method)?.get(column)?.statistic;
          // The note's numbers are rounded to 4 significant digits.
          assert.ok(
            exact !== undefined && Number(match[1]) * 0.999 <= exact && exact <= Number(match[2]) * 1.001,
            `${k} ${method} ${column}: ${exact} vs ${note}`,
          );
          if (k === '2000') {
            assert.match(match[3], column === 'same' ? /^below the threshold/ : /^at or above the threshold/);
          }
        }
      }
    }
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
