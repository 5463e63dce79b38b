// fairness-gate through the CLI: a run that could not check its policy fails and says why (in the report
// and the model card), and a missing column is named by the input that named it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..', '..');
const workspace = mkdtempSync(join(tmpdir(), 'fairness-gate-'));

/** `sex,label,prediction` rows: per group, `rows` rows of which `selected` are predicted positive. */
function file(name: string, groups: Record<string, { rows: number; selected: number }>): string {
  const lines = ['sex,label,prediction'];
  for (const [sex, { rows, selected }] of Object.entries(groups)) {
    for (let i = 0; i < rows; i++) lines.push(`${sex},${i % 2},${i < selected ? 1 : 0}`);
  }
  writeFileSync(join(workspace, name), `${lines.join('\n')}\n`);
  return name;
}

const small = file('small.csv', { F: { rows: 10, selected: 6 }, M: { rows: 10, selected: 7 } });
const noneSelected = file('none-selected.csv', {
  F: { rows: 40, selected: 0 },
  M: { rows: 40, selected: 0 },
});

function modelgate(report: string, ...args: string[]) {
  const out = join(workspace, 'out', report);
  const result = spawnSync(
    process.execPath,
    [join(root, 'bin', 'modelgate.ts'), 'fairness-gate', '--bootstrap', '0', '--report-dir', out, ...args],
    { cwd: workspace, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' } },
  );
  const card = (): string => readFileSync(join(out, 'fairness-gate', 'model-card.md'), 'utf8');
  const metrics = (): Record<string, unknown> =>
    JSON.parse(readFileSync(join(out, 'fairness-gate', 'report.json'), 'utf8')).metrics;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, card, metrics };
}

/** The column inputs, with `changed` in place of the defaults. */
function columns(changed: Record<string, string> = {}): string[] {
  const inputs = { 'label-column': 'label', 'prediction-column': 'prediction', 'sensitive-columns': 'sex' };
  return Object.entries({ ...inputs, ...changed }).flatMap(([name, value]) => [`--${name}`, value]);
}

describe('fairness-gate CLI when its policy could not be checked', { concurrency: true }, () => {
  it('fails when no group has min-group-size rows, and the model card claims no rule holds', () => {
    const run = modelgate('small', '--data', small, ...columns());
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /none of the 1\s+fairness rule\(s\)\s+could be checked/);
    assert.doesNotMatch(run.stdout, /rule\(s\) hold/);
    assert.doesNotMatch(run.card(), /holds/);
    assert.match(run.card(), /1 policy rule\(s\) could not be checked/);
  });

  it('fails when every selection rate is 0, naming that as why the ratio is undefined', () => {
    const run = modelgate('none-selected', '--data', noneSelected, ...columns());
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.card(), /demographic\\_parity\\_ratio is undefined \(the largest selection rate is 0/);
    assert.doesNotMatch(run.card(), /holds/);
  });
});

describe('fairness-gate CLI on a column the data lacks', { concurrency: true }, () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['label-column', { 'label-column': 'nolabel' }, /label-column 'nolabel' is not a column of small\.csv/],
    [
      'prediction-column',
      { 'prediction-column': 'nopred' },
      /prediction-column 'nopred' is not a column of small\.csv/,
    ],
    [
      'score-column',
      { 'prediction-column': '', 'score-column': 'noscore' },
      /score-column 'noscore' is not a column of small\.csv/,
    ],
    [
      'sensitive-columns',
      { 'sensitive-columns': 'sex, race' },
      /sensitive-columns 'race' is not a column of small\.csv/,
    ],
  ];
  for (const [input, changed, message] of cases) {
    it(`names the input ${input}, not a read option`, () => {
      const run = modelgate('missing', '--data', small, ...columns(changed));
      assert.equal(run.code, 2, run.stdout + run.stderr);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /columns names a column/);
    });
  }
});

describe('fairness-gate CLI on a policy it could never check', { concurrency: true }, () => {
  const fair = file('fair.csv', { F: { rows: 40, selected: 20 }, M: { rows: 40, selected: 21 } });

  it('refuses a policy without a rule', () => {
    writeFileSync(join(workspace, 'empty-policy.yml'), '[] # nothing yet\n');
    const run = modelgate('no-rule', '--data', fair, ...columns(), '--policy', 'empty-policy.yml');
    assert.equal(run.code, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /the policy file empty-policy\.yml holds no rule, so nothing would be checked/);
  });

  it('judges ROC-AUC and calibration rules with method to_overall, and computes them by default', () => {
    const scored = ['--prediction-column', '', '--score-column', 'prediction', '--method', 'to_overall'];
    const rule = modelgate(
      'auc-overall',
      '--data',
      fair,
      ...columns(),
      ...scored,
      '--policy',
      'calibration_gap_difference <= 0.5',
    );
    assert.equal(rule.code, 0, rule.stdout + rule.stderr);
    assert.equal(typeof rule.metrics().calibration_gap_difference, 'number', rule.stdout);
    const defaults = modelgate('defaults-overall', '--data', fair, ...columns(), ...scored);
    assert.equal(defaults.code, 0, defaults.stdout + defaults.stderr);
    assert.match(defaults.stdout, /calibration_gap_difference/);
  });
});
