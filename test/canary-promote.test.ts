/**
 * canary-promote's built bundle run as the Actions runner runs it, against a real Prometheus holding fixed
 * history (healthy, slow, erroring and silent canaries) and the fake GitHub API, whose deployments and
 * statuses are checked against GitHub's OpenAPI description; and the CLI's exit codes on bad input.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  canaryHistory,
  canaryMetricsYaml,
  HISTORY_END,
} from '../packages/canary/src/testing/canary-history.ts';
import {
  freePort,
  type PrometheusServer,
  prometheusMissing,
  startPrometheus,
} from '../packages/canary/src/testing/prometheus-server.ts';
import { runCli } from './harness/cli.ts';
import { pushEvent } from './harness/events.ts';
import { type FakeGitHub, faults } from './harness/fake-github.ts';
import { runBundledAction } from './harness/runner.ts';
import { fakeGitHubs } from './harness/suite.ts';

const ACTION = fileURLToPath(new URL('../actions/canary-promote', import.meta.url));
const RUN_URL = 'https://github.com/octo-org/models/actions/runs/4242424242';

const startFake = fakeGitHubs();

/** A checkout holding one metrics list per scenario. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-canary-ws-'));
  for (const scenario of ['healthy', 'slow', 'erroring', 'silent'] as const) {
    writeFileSync(join(dir, `${scenario}.yml`), canaryMetricsYaml(scenario));
  }
  return dir;
}

/** Canary analysis runs on a push to the main branch, not on a pull request. */
function run(fake: FakeGitHub, inputs: Record<string, string>) {
  return runBundledAction({
    actionDir: ACTION,
    apiUrl: fake.url,
    workspace: workspace(),
    inputs,
    event: pushEvent(),
  });
}

function errors(result: Awaited<ReturnType<typeof run>>): string[] {
  return result.commands.filter((c) => c.command === 'error').map((c) => c.message);
}

const missing = prometheusMissing();

describe('canary-promote against a real Prometheus', { skip: missing ?? false, concurrency: true }, () => {
  let prometheus: PrometheusServer;
  before(async () => {
    prometheus = await startPrometheus(canaryHistory());
  });
  after(() => prometheus?.stop());

  const judged = (scenario: string, extra: Record<string, string> = {}) => ({
    'prometheus-url': prometheus.url,
    metrics: `${scenario}.yml`,
    'end-time': String(HISTORY_END),
    window: '10m',
    step: '15s',
    steps: '5,25,50,100',
    'current-weight': '25',
    environment: 'canary',
    ...extra,
  });

  it('promotes a healthy canary to the next step and records success on a new deployment', async () => {
    const fake = await startFake();
    const result = await run(fake, judged('healthy'));
    assert.equal(result.exitCode, 0, result.stderr + result.stdout);
    assert.equal(result.outputs.decision, 'promote');
    assert.equal(result.outputs.score, '100');
    assert.equal(result.outputs['next-weight'], '50');
    assert.equal(result.outputs.promoted, 'false');
    assert.equal(result.outputs['failed-metrics'], '[]');
    const warnings = result.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    assert.equal(result.outputs['report-status'], 'ok', warnings.join('\n'));
    assert.equal(fake.deployments.length, 1);
    const [deployment] = fake.deployments;
    assert.equal(deployment.environment, 'canary');
    assert.equal(result.outputs['deployment-id'], String(deployment.id));
    assert.deepEqual(
      deployment.statuses.map((s) => s.state),
      ['in_progress', 'success'],
    );
    assert.ok(deployment.statuses.every((s) => s.logUrl === RUN_URL && s.description.length > 0));
    assert.match(deployment.statuses[1].description, /^promote: score 100; next weight 50%$/);
    assert.match(result.stdout, /iteration 1\/1: score 100 \(promote\)/);
    assert.deepEqual(fake.violations, []);
  });

  it('is promoted at the last step', async () => {
    const fake = await startFake();
    const result = await run(fake, judged('healthy', { 'current-weight': '50' }));
    assert.equal(result.outputs['next-weight'], '100');
    assert.equal(result.outputs.promoted, 'true');
  });

  it('holds a slower canary at its weight (latency fails, score 75)', async () => {
    const fake = await startFake();
    const result = await run(fake, judged('slow'));
    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(result.outputs.decision, 'hold');
    assert.equal(result.outputs.score, '75');
    assert.equal(result.outputs['next-weight'], '25');
    assert.equal(result.outputs.verdict, 'warn');
    assert.deepEqual(JSON.parse(result.outputs['failed-metrics']), ['latency']);
    assert.deepEqual(
      fake.deployments[0].statuses.map((s) => s.state),
      ['in_progress', 'in_progress'],
    );
    const report = JSON.parse(readFileSync(result.outputs['report-path'], 'utf8'));
    const table = report.tables.find((t: { id: string }) => t.id === 'canary-metrics');
    const latency = table.rows.find((r: unknown[]) => r[0] === 'latency');
    assert.equal(latency[11], 'high');
    assert.equal(latency[12], 'fail');
    assert.ok(latency[8].low > 0, 'the interval on the shift lies above 0');
    assert.equal(report.charts.filter((c: { kind: string }) => c.kind === 'box').length, 3);
    const html = readFileSync(result.outputs['report-path'].replace('report.json', 'report.html'), 'utf8');
    assert.match(html, /<svg/);
  });

  it('rolls back an erroring canary (critical metric): failure, then inactive', async () => {
    const fake = await startFake();
    const result = await run(fake, judged('erroring'));
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs.decision, 'rollback');
    assert.equal(result.outputs.score, '0');
    assert.equal(result.outputs['next-weight'], '0');
    assert.deepEqual(JSON.parse(result.outputs['failed-metrics']), ['error_ratio']);
    assert.match(
      errors(result)[0],
      /rollback: score 0 < marginal score 75 \(critical metric "error_ratio" failed\)/,
    );
    assert.deepEqual(
      fake.deployments[0].statuses.map((s) => s.state),
      ['in_progress', 'failure', 'inactive'],
    );
    assert.deepEqual(fake.violations, []);
  });

  it('finds no data for a canary without traffic, and does not promote it', async () => {
    const fake = await startFake();
    const result = await run(fake, judged('silent', { environment: '' }));
    assert.equal(result.outputs.decision, 'rollback');
    assert.equal(result.outputs.score, '0');
    const report = JSON.parse(readFileSync(result.outputs['report-path'], 'utf8'));
    const rows = report.tables.find((t: { id: string }) => t.id === 'canary-metrics').rows;
    assert.deepEqual(
      rows.map((r: unknown[]) => r[11]),
      ['no-data', 'no-data', 'no-data'],
    );
    assert.match(report.summary, /3 of 3 metrics have no data/);
    assert.equal(fake.deployments.length, 0, 'no environment, no deployment');
  });

  it('records statuses on a given deployment, and degrades when GitHub refuses them', async () => {
    const fake = await startFake();
    const created = await fetch(`${fake.url}/repos/octo-org/models/deployments`, {
      method: 'POST',
      headers: { authorization: 'token x', 'content-type': 'application/json' },
      body: JSON.stringify({ ref: 'main', environment: 'canary', required_contexts: [] }),
    });
    const { id } = (await created.json()) as { id: number };
    fake.inject('repos/create-deployment-status', faults.forbidden());
    const result = await run(fake, judged('healthy', { environment: '', 'deployment-id': String(id) }));
    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(result.outputs.decision, 'promote');
    assert.equal(result.outputs['report-status'], 'degraded');
    assert.equal(fake.deployments.length, 1);
    assert.deepEqual(
      fake.deployments[0].statuses.map((s) => s.state),
      ['success'],
    );
    const warnings = result.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    assert.ok(
      warnings.some((w) => /deployment status "in_progress".*deployments: write/.test(w)),
      warnings.join('\n'),
    );
  });
});

describe('canary-promote when Prometheus is down', () => {
  it('fails the step with a clear error, never a rollback; the deployment status is error', async () => {
    const fake = await startFake();
    const port = await freePort();
    const result = await run(fake, {
      'prometheus-url': `http://127.0.0.1:${port}`,
      metrics: 'healthy.yml',
      'prometheus-attempts': '2',
      environment: 'canary',
    });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs.decision, undefined, 'no decision');
    assert.deepEqual(errors(result), [
      `Prometheus at http://127.0.0.1:${port} could not be queried for latency (baseline) after 2 attempts: unreachable (ECONNREFUSED). The canary was not judged.`,
    ]);
    assert.deepEqual(
      fake.deployments[0].statuses.map((s) => s.state),
      ['in_progress', 'error'],
    );
  });
});

function modelgate(cwd: string, ...args: string[]) {
  return runCli(['canary-promote', ...args], cwd);
}

describe('modelgate canary-promote (CLI, file metrics)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-canary-cli-'));
  const metrics = '- name: latency\n  direction: increase\n  allowed-change: 1.1\n';
  writeFileSync(join(dir, 'metrics.yml'), metrics);
  const csv = (rows: string[]) => `metric,variant,value\n${rows.join('\n')}\n`;
  const healthyRows = Array.from({ length: 20 }, (_, i) => [
    `latency,baseline,${100 + i}`,
    `latency,canary,${100.5 + i}`,
  ]).flat();
  writeFileSync(join(dir, 'healthy.csv'), csv(healthyRows));
  writeFileSync(
    join(dir, 'slow.csv'),
    csv(
      healthyRows.map((r) =>
        r.includes('canary') ? r.replace(/,(\d+\.5)$/, (_, v) => `,${Number(v) * 2}`) : r,
      ),
    ),
  );

  it('exits 0 on promote and 1 on rollback', () => {
    const promote = modelgate(dir, '--metrics-file', 'healthy.csv', '--metrics', 'metrics.yml');
    assert.equal(promote.code, 0, promote.stderr);
    assert.match(promote.stdout, /promote: score 100 >= pass score 95/);
    const rollback = modelgate(dir, '--metrics-file', 'slow.csv', '--metrics', 'metrics.yml');
    assert.equal(rollback.code, 1, rollback.stderr);
    assert.match(rollback.stdout, /rollback: score 0/);
  });

  it('exits 2 with one clear line on bad input', () => {
    const bad: [string[], string, RegExp][] = [
      [
        ['latency,baseline,1', 'latncy,canary,2'],
        '',
        /metric "latncy" is not in the metrics list \(latency\)/,
      ],
      [
        ['latency,baseline,1', 'latency,control,2'],
        '',
        /bad\.csv:3: variant "control" is not baseline or canary/,
      ],
      [
        ['latency,baseline,1', 'latency,canary,fast'],
        '',
        /bad\.csv:3: column "value" is "fast": expected a finite number$/,
      ],
      [healthyRows, '--steps=5,50,25', /input "steps" is out of order: 25 follows 50/],
      [
        healthyRows,
        '--current-weight=10',
        /input "current-weight" is 10: expected one of the steps 5, 25, 50, 100/,
      ],
    ];
    for (const [rows, flag, expected] of bad) {
      writeFileSync(join(dir, 'bad.csv'), csv(rows));
      const args = ['--metrics-file', 'bad.csv', '--metrics', 'metrics.yml', ...(flag ? [flag] : [])];
      const result = modelgate(dir, ...args);
      assert.equal(result.code, 2, `${flag} ${result.stdout}`);
      const lines = result.stderr.trim().split('\n');
      assert.match(lines[lines.length - 1], new RegExp(`^modelgate canary-promote: .*${expected.source}`));
      assert.equal(lines.filter((l) => l.startsWith('modelgate canary-promote:')).length, 1);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('exits 2 naming the file, line and column when a metrics file would lose or misread a sample', () => {
    // The message after the file's path.
    const bad: [string, string, string][] = [
      [
        'no-value.csv',
        'metric,variant,val\nlatency,baseline,1\n',
        ': the metrics file lacks the required column "value": expected the columns "metric", "variant", "value", one row per sample; found "metric", "variant", "val"',
      ],
      [
        'empty.csv',
        csv([...healthyRows, 'latency,canary,']),
        ':42: column "value" is empty: expected a finite number (leave the row out for a missing sample)',
      ],
      [
        'huge.csv',
        csv([
          ...healthyRows.slice(0, 3),
          'latency,canary,1e999',
          'latency,canary,inf',
          ...healthyRows.slice(3),
        ]),
        ':5: column "value" is "1e999", beyond the range of a number: expected a finite number; 2 cells are not finite numbers, on lines 5, 6',
      ],
      [
        'twice.json',
        '{"baseline": {"latency": [100, 101, 102, 103, 104]},\n "canary": {"latency": [100, 101, 102, 103, 104]},\n "canary": {"latency": [200, 201, 202, 203, 204]}}\n',
        ':3: canary is given twice (first on line 2): expected each variant once, and each metric once per variant',
      ],
    ];
    for (const [name, text, message] of bad) {
      writeFileSync(join(dir, name), text);
      const result = modelgate(dir, '--metrics-file', name, '--metrics', 'metrics.yml');
      assert.equal(result.code, 2, `${name} ${result.stdout}`);
      const lines = result.stderr.trim().split('\n');
      assert.equal(lines.filter((l) => l.startsWith('modelgate canary-promote:')).length, 1, result.stderr);
      assert.ok(lines[lines.length - 1].endsWith(`${join(dir, name)}${message}`), lines.at(-1));
      assert.doesNotMatch(result.stderr, /column-types|\n\s+at /, 'reader vocabulary or a stack trace');
    }
  });

  it('exits 2 when Prometheus is unreachable', async () => {
    const port = await freePort();
    const result = modelgate(
      dir,
      '--prometheus-url',
      `http://127.0.0.1:${port}`,
      '--metrics',
      `- name: x\n  query: up{v="{{variant}}"}`,
      '--prometheus-attempts',
      '1',
    );
    assert.equal(result.code, 2, result.stdout);
    assert.match(result.stderr, /could not be queried for x \(baseline\) after 1 attempts: unreachable/);
  });
});
