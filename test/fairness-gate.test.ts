/**
 * fairness-gate's built bundle run as the Actions runner runs it, against the fake GitHub API: the planted
 * disparity of the example, passing data, small groups, undefined rates, intersectional groups, string
 * labels, scores with a threshold, bootstrap determinism, gate-on interval and bias drift; then the CLI's
 * answer to each unusable input (one line, exit 2).
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Report } from '@modelgate/core';
import { runCli } from './harness/cli.ts';
import type { FakeGitHub } from './harness/fake-github.ts';
import { type RunBundledActionOptions, runBundledAction } from './harness/runner.ts';
import { exampleWorkspace, fakeGitHubs } from './harness/suite.ts';

const ACTION = fileURLToPath(new URL('../actions/fairness-gate', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const startFake = fakeGitHubs();

interface Cells {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** CSV rows with exactly these confusion cells per group (label, prediction, group columns). */
function groupsCsv(
  groups: { values: Record<string, string>; cells: Cells }[],
  labels: [string, string] = ['1', '0'],
): string {
  const columns = Object.keys(groups[0].values);
  const lines = [[...columns, 'label', 'prediction'].join(',')];
  const [pos, neg] = labels;
  for (const { values, cells } of groups) {
    const v = columns.map((c) => values[c]);
    const add = (k: number, y: string, p: string) => {
      for (let i = 0; i < k; i++) lines.push([...v, y, p].join(','));
    };
    add(cells.tp, pos, pos);
    add(cells.fp, neg, pos);
    add(cells.fn, pos, neg);
    add(cells.tn, neg, neg);
  }
  return `${lines.join('\n')}\n`;
}

function workspaceWith(files: Record<string, string>): string {
  const ws = exampleWorkspace();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(ws, name), text);
  return ws;
}

function run(fake: FakeGitHub, options: Omit<RunBundledActionOptions, 'actionDir' | 'apiUrl'>) {
  return runBundledAction({ actionDir: ACTION, apiUrl: fake.url, workspace: exampleWorkspace(), ...options });
}

function reportOf(outputs: Record<string, string>): Report {
  return JSON.parse(readFileSync(outputs['report-path'], 'utf8')) as Report;
}

const fair = groupsCsv([
  { values: { sex: 'F' }, cells: { tp: 40, fp: 10, fn: 10, tn: 40 } },
  { values: { sex: 'M' }, cells: { tp: 42, fp: 9, fn: 9, tn: 40 } },
]);
const biased = groupsCsv([
  { values: { sex: 'F' }, cells: { tp: 20, fp: 5, fn: 30, tn: 45 } },
  { values: { sex: 'M' }, cells: { tp: 42, fp: 9, fn: 9, tn: 40 } },
]);

describe('fairness-gate run as the runner runs it', { concurrency: true }, () => {
  it('fails on the example planted disparity and reports it on the pull request', async () => {
    const fake = await startFake();
    const event = fake.openPullRequest({ number: 9 });
    const result = await run(fake, {
      event,
      inputs: {
        data: 'examples/data/evaluation.csv',
        'label-column': 'label',
        'prediction-column': 'prediction',
        'sensitive-columns': 'sex',
        bootstrap: 200,
      },
    });
    assert.equal(result.exitCode, 1, result.stderr);
    assert.equal(result.outputs.passed, 'false');
    const violations = JSON.parse(result.outputs.violations) as { metric: string; groups: string[] }[];
    assert.equal(violations[0].metric, 'demographic_parity_ratio');
    assert.deepEqual(violations[0].groups, ['F', 'M']);
    assert.equal(JSON.parse(result.outputs['worst-disparity']).metric, 'demographic_parity_ratio');
    assert.equal(fake.checkRuns[0].conclusion, 'failure');
    assert.match(fake.commentsOn(9)[0].body, /demographic\\_parity\\_ratio is 0\.\d+/);
    const report = reportOf(result.outputs);
    const groups = report.tables.find((t) => t.id === 'groups');
    assert.ok(groups);
    const f = groups.rows.find((r) => r[0] === 'F');
    assert.ok(f && typeof f[3] === 'object' && f[3] !== null && 'low' in f[3] && f[3].low !== null);
    assert.match(
      readFileSync(result.outputs['report-path'].replace('report.json', 'report.html'), 'utf8'),
      /<svg/,
    );
    const card = readFileSync(result.outputs['model-card-path'], 'utf8');
    assert.match(card, /^## Fairness/);
    assert.match(card, /\| F \|/);
    assert.deepEqual(fake.violations, []);
  });

  it('passes groups treated alike', async () => {
    const fake = await startFake();
    const result = await run(fake, {
      workspace: workspaceWith({ 'fair.csv': fair }),
      inputs: {
        data: 'fair.csv',
        'label-column': 'label',
        'prediction-column': 'prediction',
        'sensitive-columns': 'sex',
        bootstrap: 0,
      },
    });
    assert.equal(result.exitCode, 0, result.stderr + result.stdout);
    assert.equal(result.outputs.passed, 'true');
    assert.equal(result.outputs.violations, '[]');
  });

  it('reports small groups, leaves them out of the gate and warns', async () => {
    const fake = await startFake();
    const data = groupsCsv([
      { values: { sex: 'F' }, cells: { tp: 40, fp: 10, fn: 10, tn: 40 } },
      { values: { sex: 'M' }, cells: { tp: 42, fp: 9, fn: 9, tn: 40 } },
      { values: { sex: 'X' }, cells: { tp: 0, fp: 0, fn: 3, tn: 5 } },
    ]);
    const result = await run(fake, {
      workspace: workspaceWith({ 'small.csv': data }),
      inputs: {
        data: 'small.csv',
        'label-column': 'label',
        'prediction-column': 'prediction',
        'sensitive-columns': 'sex',
        bootstrap: 0,
      },
    });
    assert.equal(result.exitCode, 0, result.stdout);
    const report = reportOf(result.outputs);
    assert.equal(report.verdict, 'warn');
    assert.match(report.findings.find((f) => f.check === 'small-group')?.message ?? '', /X \(8\)/);
    assert.equal(report.metrics.demographic_parity_ratio, 0.5 / 0.51);
    const x = report.tables[0].rows.find((r) => r[0] === 'X');
    assert.equal(x?.[2], 'skipped');
  });

  it('shows an undefined rate as undefined and leaves it out of the disparity', async () => {
    const fake = await startFake();
    const data = groupsCsv([
      { values: { sex: 'F' }, cells: { tp: 0, fp: 10, fn: 0, tn: 40 } },
      { values: { sex: 'M' }, cells: { tp: 30, fp: 10, fn: 10, tn: 40 } },
    ]);
    const result = await run(fake, {
      workspace: workspaceWith({ 'undef.csv': data }),
      inputs: {
        data: 'undef.csv',
        'label-column': 'label',
        'prediction-column': 'prediction',
        'sensitive-columns': 'sex',
        policy: 'equal_opportunity_difference <= 0.2',
        bootstrap: 0,
      },
    });
    const report = reportOf(result.outputs);
    assert.match(
      report.findings.find((f) => f.check === 'undefined-rate')?.message ?? '',
      /TPR is undefined for F \(no positive labels\)/,
    );
    const tprColumn = report.tables[0].columns.findIndex((c) => c.name === 'TPR');
    const f = report.tables[0].rows.find((r) => r[0] === 'F');
    assert.deepEqual(f?.[tprColumn], { estimate: null, low: null, high: null });
    // Only M has a TPR, so the difference over the defined groups is 0 and the rule holds.
    assert.equal(report.metrics.equal_opportunity_difference, 0);
    assert.equal(result.exitCode, 0);
  });

  it('forms intersectional groups named column=value', async () => {
    const fake = await startFake();
    const result = await run(fake, {
      inputs: {
        data: 'examples/data/evaluation.csv',
        'label-column': 'label',
        'prediction-column': 'prediction',
        'sensitive-columns': 'sex, region',
        bootstrap: 0,
        'fail-on': 'never',
      },
    });
    assert.equal(result.exitCode, 0);
    const names = reportOf(result.outputs).tables[0].rows.map((r) => r[0]);
    assert.ok(names.includes('sex=F, region=north'), names.join('; '));
    assert.equal(names.length, 13, 'three sexes by four regions, and the overall row');
  });

  it('takes string labels with positive-label', async () => {
    const fake = await startFake();
    const data = groupsCsv(
      [
        { values: { sex: 'F' }, cells: { tp: 20, fp: 5, fn: 30, tn: 45 } },
        { values: { sex: 'M' }, cells: { tp: 42, fp: 9, fn: 9, tn: 40 } },
      ],
      ['approved', 'denied'],
    );
    const result = await run(fake, {
      workspace: workspaceWith({ 'loans.csv': data }),
      inputs: {
        data: 'loans.csv',
        'label-column': 'label',
        'prediction-column': 'prediction',
        'positive-label': 'approved',
        'sensitive-columns': 'sex',
        bootstrap: 0,
      },
    });
    assert.equal(result.exitCode, 1);
    const report = reportOf(result.outputs);
    assert.equal(report.metrics.demographic_parity_ratio, 25 / 51);
  });

  it('thresholds a score column and adds ROC-AUC and the calibration gap', async () => {
    const fake = await startFake();
    const result = await run(fake, {
      inputs: {
        data: 'examples/data/evaluation.csv',
        'label-column': 'label',
        'score-column': 'score',
        'score-threshold': '0.7',
        'sensitive-columns': 'sex',
        bootstrap: 0,
        'fail-on': 'never',
      },
    });
    assert.equal(result.exitCode, 0, result.stderr);
    const report = reportOf(result.outputs);
    assert.equal(typeof report.metrics.roc_auc_difference, 'number');
    assert.equal(typeof report.metrics.calibration_gap_difference, 'number');
    const rows = readFileSync(join(ROOT, 'examples/data/evaluation.csv'), 'utf8').trim().split('\n').slice(1);
    const m = rows.map((r) => r.split(',')).filter((c) => c[1] === 'M');
    const selected = m.filter((c) => Number(c[5]) >= 0.7).length / m.length;
    const groups = report.tables[0];
    const sel = groups.columns.findIndex((c) => c.name === 'selection rate');
    const row = groups.rows.find((r) => r[0] === 'M');
    assert.ok(row);
    assert.equal((row[sel] as { estimate: number }).estimate, selected);
  });

  it('gives the same intervals under the same seed', async () => {
    const fake = await startFake();
    const inputs = {
      data: 'examples/data/evaluation.csv',
      'label-column': 'label',
      'prediction-column': 'prediction',
      'sensitive-columns': 'sex',
      bootstrap: 300,
      seed: 42,
      'fail-on': 'never',
    };
    const [a, b, c] = await Promise.all([
      run(fake, { inputs }),
      run(fake, { inputs }),
      run(fake, { inputs: { ...inputs, seed: 43 } }),
    ]);
    const tables = (r: typeof a) => JSON.stringify(reportOf(r.outputs).tables);
    assert.equal(tables(a), tables(b));
    assert.notEqual(tables(a), tables(c));
  });

  it('with gate-on interval fails only when the whole interval breaks the rule', async () => {
    const fake = await startFake();
    // demographic parity ratio 0.76 on 100 rows per group: the estimate breaks 0.8, its interval does not.
    const data = groupsCsv([
      { values: { sex: 'F' }, cells: { tp: 30, fp: 8, fn: 20, tn: 42 } },
      { values: { sex: 'M' }, cells: { tp: 40, fp: 10, fn: 10, tn: 40 } },
    ]);
    const inputs = {
      data: 'edge.csv',
      'label-column': 'label',
      'prediction-column': 'prediction',
      'sensitive-columns': 'sex',
      bootstrap: 500,
    };
    const ws = workspaceWith({ 'edge.csv': data });
    const [onEstimate, onInterval] = await Promise.all([
      run(fake, { workspace: ws, inputs: { ...inputs, 'report-name': 'estimate' } }),
      run(fake, { workspace: ws, inputs: { ...inputs, 'gate-on': 'interval', 'report-name': 'interval' } }),
    ]);
    assert.equal(onEstimate.exitCode, 1);
    assert.equal(onInterval.exitCode, 0, onInterval.stdout);
    assert.equal(reportOf(onInterval.outputs).metrics.demographic_parity_ratio, 38 / 50);
  });

  it('gives regression rates and their disparities bootstrap intervals', async () => {
    const fake = await startFake();
    const lines = ['group,y,p'];
    for (let i = 0; i < 200; i++) {
      const y = (i * 37) % 101;
      const wobble = ((i * 53) % 17) - 8;
      lines.push(`A,${y},${y + wobble / 4}`, `B,${y},${y + wobble}`);
    }
    const ws = workspaceWith({ 'regression.csv': `${lines.join('\n')}\n` });
    const inputs = {
      data: 'regression.csv',
      task: 'regression',
      'label-column': 'y',
      'prediction-column': 'p',
      'sensitive-columns': 'group',
      metrics: 'mean_absolute_error_difference',
      policy: 'mean_absolute_error_difference <= 1',
      bootstrap: 200,
      seed: 9,
    };
    const result = await run(fake, { workspace: ws, inputs });
    assert.equal(result.exitCode, 1, result.stdout);
    const report = reportOf(result.outputs);
    const groups = report.tables.find((t) => t.id === 'groups');
    const mae = groups?.columns.findIndex((c) => c.name === 'MAE') ?? -1;
    const a = groups?.rows.find((r) => r[0] === 'A')?.[mae] as {
      estimate: number;
      low: number;
      high: number;
    };
    assert.ok(a.low < a.estimate && a.estimate < a.high, JSON.stringify(a));
    const disparity = report.tables.find((t) => t.id === 'disparities')?.rows[0][1] as {
      estimate: number;
      low: number;
      high: number;
    };
    assert.ok(disparity.low < disparity.estimate && disparity.estimate < disparity.high);
    assert.equal(report.metrics.resamples, 200);
  });

  it('keeps hostile group names inert in the log, the comment and the model card', async () => {
    const fake = await startFake();
    const event = fake.openPullRequest({ number: 3 });
    const data = groupsCsv([
      { values: { sex: '::warning::pwn' }, cells: { tp: 20, fp: 5, fn: 30, tn: 45 } },
      { values: { sex: '<img src=x onerror=alert(1)>' }, cells: { tp: 42, fp: 9, fn: 9, tn: 40 } },
    ]);
    const result = await run(fake, {
      event,
      workspace: workspaceWith({ 'hostile.csv': data }),
      inputs: {
        data: 'hostile.csv',
        'label-column': 'label',
        'prediction-column': 'prediction',
        'sensitive-columns': 'sex',
        bootstrap: 0,
      },
    });
    assert.equal(result.exitCode, 1, result.stderr);
    assert.ok(!result.commands.some((c) => c.message === 'pwn'), 'a group name became a workflow command');
    // Inside a fenced code block (the text chart) markup is literal text; everywhere else it is escaped.
    const outsideCode = fake.commentsOn(3)[0].body.replace(/```text\n[\s\S]*?\n```/g, '');
    assert.doesNotMatch(outsideCode, /<img/);
    assert.doesNotMatch(readFileSync(result.outputs['model-card-path'], 'utf8'), /<img/);
    assert.doesNotMatch(
      readFileSync(result.outputs['report-path'].replace('report.json', 'report.html'), 'utf8'),
      /<img src/,
    );
  });

  it('fails on bias drift against a baseline report', async () => {
    const fake = await startFake();
    const ws = workspaceWith({ 'fair.csv': fair, 'biased.csv': biased });
    const common = {
      'label-column': 'label',
      'prediction-column': 'prediction',
      'sensitive-columns': 'sex',
      bootstrap: 0,
      policy: 'demographic_parity_ratio >= 0.3',
    };
    const before = await run(fake, {
      workspace: ws,
      inputs: { ...common, data: 'fair.csv', 'report-name': 'before' },
    });
    assert.equal(before.exitCode, 0, before.stdout);
    const after = await run(fake, {
      workspace: ws,
      inputs: {
        ...common,
        data: 'biased.csv',
        baseline: 'modelgate-reports/before/report.json',
        'max-disparity-increase': 0.1,
      },
    });
    assert.equal(after.exitCode, 1, after.stdout);
    const report = reportOf(after.outputs);
    const drift = report.findings.filter((f) => f.check === 'bias-drift').map((f) => f.message);
    assert.ok(
      drift.some((m) => /^demographic_parity_ratio got worse by/.test(m)),
      drift.join('\n'),
    );
    assert.ok(report.tables.some((t) => t.id === 'bias-drift'));
  });
});

function modelgate(cwd: string, ...args: string[]) {
  return runCli(['fairness-gate', ...args], cwd);
}

describe('fairness-gate CLI on unusable input', { concurrency: true }, () => {
  const ws = workspaceWith({
    'three.csv': 'sex,label,prediction\nF,1,1\nM,0,0\nF,2,1\n',
    'scores.csv': 'sex,label,score\nF,1,0.9\nM,0,1.5\n',
    'empty.csv': '',
    'words.csv': 'sex,label,prediction\nF,yes,yes\nM,yes,yes\n',
    'header.csv': 'sex,label,prediction\n',
  });
  const base = ['--label-column', 'label', '--sensitive-columns', 'sex', '--report-dir', join(ws, 'out')];
  const cases: [string, string[], RegExp][] = [
    ['a missing column', ['--data', 'three.csv', '--prediction-column', 'predicted'], /predicted/],
    [
      'labels that are not binary',
      ['--data', 'three.csv', '--prediction-column', 'prediction'],
      /not binary.*three\.csv line 4/,
    ],
    [
      'scores out of range',
      ['--data', 'scores.csv', '--score-column', 'score'],
      /1\.5 \(scores\.csv line 3\); scores must lie in \[0, 1\]/,
    ],
    [
      'a positive label that never occurs',
      ['--data', 'words.csv', '--prediction-column', 'prediction'],
      /positive-label '1' never occurs.*they hold yes/,
    ],
    ['an empty file', ['--data', 'empty.csv', '--prediction-column', 'prediction'], /empty\.csv/],
    [
      'a file of only a header',
      ['--data', 'header.csv', '--prediction-column', 'prediction'],
      /no usable rows/,
    ],
    [
      'an unknown policy metric',
      ['--data', 'three.csv', '--prediction-column', 'prediction', '--policy', 'parity >= 0.8'],
      /'parity' is not a fairness metric/,
    ],
  ];
  for (const [what, args, message] of cases) {
    it(`${what}: one clear line, exit 2`, () => {
      const r = modelgate(ws, ...base, ...args);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      // Progress lines aside, the error is one line.
      const lines = r.stderr.split('\n').filter((line) => line.startsWith('modelgate fairness-gate:'));
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], message);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    });
  }
});
