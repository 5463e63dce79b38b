/**
 * The reporting path under attack, through the built bundles (as the runner runs them) and the CLI: file,
 * column and value names from the hostile corpus must not become workflow commands, report-name and
 * report-dir cannot leave the report folder, a comment that copies the marker cannot take the sticky
 * comment over, and a 200,000-character name is cut short in every report.
 */
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DISPLAY_MAX } from '../packages/core/src/report/truncate.ts';
import { runCli } from './harness/cli.ts';
import { HOSTILE, injected } from './harness/hostile.ts';
import { commandsTheRunnerRuns, runBundledAction } from './harness/runner.ts';
import { fakeGitHubs } from './harness/suite.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHECK_DRIFT = join(root, 'actions/check-drift');
const VALIDATE_DATA = join(root, 'actions/validate-data');
const startFake = fakeGitHubs();

/** A file name that carries the corpus (a name cannot hold '/', so that part is left out). */
const HOSTILE_FILE = `data ${HOSTILE.replaceAll('/', '_')}.csv`;

function csvCell(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * A workspace with reference and current CSVs whose file names, column name and values are the corpus; the
 * files are named by a glob, as a workflow would pick up whatever a pull request added.
 */
function hostileWorkspace(columnName = HOSTILE): { workspace: string; reference: string; current: string } {
  const workspace = mkdtempSync(join(tmpdir(), 'mg-hostile-'));
  const rows = (shift: number) =>
    [
      `id,${csvCell(columnName)},kind`,
      ...Array.from(
        { length: 200 },
        (_, i) => `${i},${i + shift},${csvCell(i % 2 === 0 ? HOSTILE : `${HOSTILE} ${shift}`)}`,
      ),
    ].join('\n');
  writeFileSync(join(workspace, `ref ${HOSTILE_FILE}`), `${rows(0)}\n`);
  writeFileSync(join(workspace, `cur ${HOSTILE_FILE}`), `${rows(500)}\n`);
  return { workspace, reference: 'ref*.csv', current: 'cur*.csv' };
}

function cli(cwd: string, ...args: string[]) {
  return runCli(args, cwd);
}

describe('workflow-command injection', { concurrency: true }, () => {
  it('check-drift bundle: hostile file, column and value names run no command', async () => {
    const fake = await startFake();
    const { workspace, reference, current } = hostileWorkspace();
    const result = await runBundledAction({
      actionDir: CHECK_DRIFT,
      apiUrl: fake.url,
      workspace,
      event: fake.openPullRequest({ number: 3 }),
      inputs: { reference, current, 'exclude-columns': 'id' },
    });
    assert.equal(result.exitCode, 1, result.stdout + result.stderr);
    assert.match(fake.commentsOn(3)[0].body, /INJECTED/, 'the hostile column was read and reported');
    assert.deepEqual(injected(commandsTheRunnerRuns(result.stdout)), []);
    assert.deepEqual(injected(commandsTheRunnerRuns(result.stderr)), []);
    assert.deepEqual(fake.violations, []);
  });

  it('validate-data bundle: a missing hostile file name runs no command', async () => {
    const fake = await startFake();
    const workspace = mkdtempSync(join(tmpdir(), 'mg-hostile-'));
    const result = await runBundledAction({
      actionDir: VALIDATE_DATA,
      apiUrl: fake.url,
      workspace,
      inputs: { data: HOSTILE_FILE },
    });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.deepEqual(injected(commandsTheRunnerRuns(result.stdout)), []);
  });

  it('validate-data bundle on profiles: hostile column and values in a profile run no command, an empty one fails', async () => {
    const fake = await startFake();
    const { workspace, reference } = hostileWorkspace();
    const made = cli(workspace, 'profile-data', '--data', reference, '--output', 'ref.json');
    assert.equal(made.code, 0, made.stderr);
    const empty = cli(
      workspace,
      'profile-data',
      '--data',
      reference,
      '--shard',
      '1/2',
      '--output',
      'none.json',
    );
    assert.equal(empty.code, 0, empty.stderr);
    const run = (data: string) =>
      runBundledAction({
        actionDir: VALIDATE_DATA,
        apiUrl: fake.url,
        workspace,
        event: fake.openPullRequest({ number: 4 }),
        inputs: { data, reference: 'ref.json', 'report-dir': 'out' },
      });
    const profiled = await run('ref.json');
    assert.equal(profiled.exitCode, 0, profiled.stdout);
    assert.match(fake.commentsOn(4)[0].body, /INJECTED/, 'the hostile column was read and reported');
    const none = await run('none.json');
    assert.equal(none.exitCode, 1, none.stdout);
    assert.match(
      none.commands.find((c) => c.command === 'error')?.message ?? '',
      /the profile holds no rows/,
    );
    for (const result of [profiled, none]) {
      assert.deepEqual(injected(commandsTheRunnerRuns(result.stdout)), []);
      assert.deepEqual(injected(commandsTheRunnerRuns(result.stderr)), []);
    }
    // Reports only in the report folder: nothing beside the inputs, nothing above the workspace.
    assert.deepEqual(readdirSync(join(workspace, 'out')), ['validate-data']);
    assert.deepEqual(fake.violations, []);
  });

  it('CLI: the terminal report and error lines run no command', () => {
    const { workspace, reference, current } = hostileWorkspace();
    const run = cli(workspace, 'check-drift', '--reference', reference, '--current', current);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /INJECTED/);
    assert.deepEqual(injected(commandsTheRunnerRuns(run.stdout)), []);
    const missing = cli(workspace, 'validate-data', '--data', HOSTILE_FILE);
    assert.equal(missing.code, 2, missing.stdout);
    assert.match(missing.stderr, /INJECTED/);
    assert.deepEqual(injected(commandsTheRunnerRuns(missing.stderr)), []);
  });
});

describe('report-name and report-dir stay inside the report folder', { concurrency: true }, () => {
  for (const name of ['../escaped', '/tmp/absolute', 'a/b', 'a\\b', '.', '..', ' lead', HOSTILE]) {
    it(`refuses report-name ${JSON.stringify(name).slice(0, 40)} with one input error`, async () => {
      const fake = await startFake();
      const workspace = mkdtempSync(join(tmpdir(), 'mg-name-'));
      mkdirSync(join(workspace, 'in'));
      writeFileSync(join(workspace, 'in/data.csv'), 'a\n1\n');
      const result = await runBundledAction({
        actionDir: VALIDATE_DATA,
        apiUrl: fake.url,
        workspace,
        inputs: { data: 'in/data.csv', 'report-name': name },
      });
      assert.equal(result.exitCode, 1);
      const errors = result.commands.filter((c) => c.command === 'error');
      assert.equal(errors.length, 1, result.stdout);
      assert.match(errors[0].message, /report-name.*expected a name of 1 to 100 letters/s);
      assert.deepEqual(readdirSync(workspace), ['in'], 'nothing written');
      assert.deepEqual(injected(commandsTheRunnerRuns(result.stdout)), []);
    });
  }

  it('refuses a report-dir outside the workspace and RUNNER_TEMP, accepts one inside', async () => {
    const fake = await startFake();
    const workspace = mkdtempSync(join(tmpdir(), 'mg-dir-'));
    writeFileSync(join(workspace, 'data.csv'), 'a\n1\n');
    const outside = mkdtempSync(join(tmpdir(), 'mg-outside-'));
    for (const dir of ['../elsewhere', outside]) {
      const result = await runBundledAction({
        actionDir: VALIDATE_DATA,
        apiUrl: fake.url,
        workspace,
        inputs: { data: 'data.csv', 'report-dir': dir },
      });
      assert.equal(result.exitCode, 1);
      assert.match(result.commands.find((c) => c.command === 'error')?.message ?? '', /report-dir.*outside/);
    }
    assert.deepEqual(readdirSync(outside), []);
    const inside = await runBundledAction({
      actionDir: VALIDATE_DATA,
      apiUrl: fake.url,
      workspace,
      inputs: { data: 'data.csv', 'report-dir': 'out/../reports', 'report-name': 'Nightly run 2' },
    });
    assert.equal(inside.exitCode, 0, inside.stdout);
    assert.ok(existsSync(join(workspace, 'reports/Nightly run 2/report.json')));
    assert.equal(readFileSync(inside.outputs['report-path'], 'utf8').includes('"Nightly run 2"'), true);
  });

  it('follows symbolic links a pull request committed: a report-dir or report file leading out is refused', async () => {
    const fake = await startFake();
    const workspace = mkdtempSync(join(tmpdir(), 'mg-link-'));
    writeFileSync(join(workspace, 'data.csv'), 'a\n1\n');
    const outside = mkdtempSync(join(tmpdir(), 'mg-outside-'));
    const victim = join(outside, '.bashrc');
    writeFileSync(victim, 'echo safe\n');
    symlinkSync(outside, join(workspace, 'reports'));
    mkdirSync(join(workspace, 'inside/validate-data'), { recursive: true });
    symlinkSync(victim, join(workspace, 'inside/validate-data/report.json'));
    symlinkSync(outside, join(workspace, 'inside/nightly'));
    const run = (inputs: Record<string, string>) =>
      runBundledAction({
        actionDir: VALIDATE_DATA,
        apiUrl: fake.url,
        workspace,
        inputs: { data: 'data.csv', ...inputs },
      });

    const throughDir = await run({ 'report-dir': 'reports' });
    assert.equal(throughDir.exitCode, 1);
    assert.match(
      throughDir.commands.find((c) => c.command === 'error')?.message ?? '',
      /report-dir.*leads outside the workspace through a symbolic link/,
    );
    const throughName = await run({ 'report-dir': 'inside', 'report-name': 'nightly' });
    assert.equal(throughName.exitCode, 1);
    assert.match(throughName.commands.find((c) => c.command === 'error')?.message ?? '', /symbolic link/);
    const throughFile = await run({ 'report-dir': 'inside' });
    assert.equal(throughFile.exitCode, 1);
    assert.match(
      throughFile.commands.find((c) => c.command === 'error')?.message ?? '',
      /report\.json: a symbolic link where a file is written \(refused\)/,
    );
    assert.deepEqual(readdirSync(outside), ['.bashrc']);
    assert.equal(readFileSync(victim, 'utf8'), 'echo safe\n');
  });
});

describe('a 200,000-character column name', () => {
  it('is cut short in the terminal, markdown and HTML reports, and kept whole in report.json', () => {
    const longName = `${'n'.repeat(199_990)}::add-mask`;
    const { workspace, reference, current } = hostileWorkspace(longName);
    const run = cli(workspace, 'check-drift', '--reference', reference, '--current', current);
    assert.equal(run.code, 1, run.stderr);
    assert.ok(run.stdout.length < 20_000, `terminal report of ${run.stdout.length} characters`);
    assert.match(run.stdout, /more characters; whole in report\.json/);
    const dir = join(workspace, 'modelgate-reports/check-drift');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    assert.ok(JSON.stringify(report).includes(longName), 'report.json keeps the name whole');
    for (const file of ['report.md', 'report.html']) {
      const text = readFileSync(join(dir, file), 'utf8');
      assert.ok(!text.includes('n'.repeat(DISPLAY_MAX + 1)), `${file} holds the whole name`);
      assert.ok(text.length < 100_000, `${file} is ${text.length} characters`);
    }
    assert.match(readFileSync(join(dir, 'report.html'), 'utf8'), /more characters; whole in report\.json/);
  });
});
