// check-drift's retrain rule through the CLI, on a random split of scikit-learn's diabetes data
// (scripts/goldens/diabetes_split.py): sampling noise passes, whatever performance-drop-mode says.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(root, 'packages', 'drift', 'src', 'testing', 'fixtures');

function checkDrift(...args: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'drift-concept-'));
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'bin', 'modelgate.ts'),
      'check-drift',
      '--reference',
      join(fixtures, 'diabetes-reference.csv'),
      '--current',
      join(fixtures, 'diabetes-current.csv'),
      '--target-column',
      'target',
      '--prediction-column',
      'prediction',
      '--task',
      'regression',
      '--report-dir',
      out,
      ...args,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' } },
  );
  const reportPath = join(out, 'check-drift', 'report.json');
  const report = result.status === 2 ? null : JSON.parse(readFileSync(reportPath, 'utf8'));
  return { code: result.status, stderr: result.stderr, report };
}

describe('check-drift concept drift on a random split of the diabetes data', { concurrency: true }, () => {
  for (const mode of [[], ['--performance-drop-mode', 'relative'], ['--performance-drop-mode', 'absolute']]) {
    it(`does not call for a retrain on noise (${mode.join(' ') || 'default auto'})`, () => {
      const run = checkDrift(...mode);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.report.metrics['retrain-needed'], false);
      assert.ok(run.report.metrics['performance-drop'] > 0.05, 'worse beyond 0.05, yet noise');
      assert.equal(run.report.metrics['performance-drop-mode'], mode[1] ?? 'relative');
    });
  }

  it('refuses an unknown drop mode, naming the input', () => {
    const run = checkDrift('--performance-drop-mode', 'percent');
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /--performance-drop-mode is "percent": expected one of auto, absolute, relative/,
    );
  });
});
