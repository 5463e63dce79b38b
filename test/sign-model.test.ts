/**
 * sign-model's built bundle run as the Actions runner runs it, against the fake GitHub API: sign with a key
 * from a secret (masked, never written), attest earlier reports as evidence, verify in a later step that
 * requires that evidence, and refuse a tampered model or a gate that failed.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from './harness/cli.ts';
import type { FakeGitHub } from './harness/fake-github.ts';
import { type RunBundledActionOptions, runBundledAction } from './harness/runner.ts';
import { exampleWorkspace, fakeGitHubs } from './harness/suite.ts';

const ACTION = fileURLToPath(new URL('../actions/sign-model', import.meta.url));
const startFake = fakeGitHubs();

function run(
  fake: FakeGitHub,
  workspace: string,
  options: Omit<RunBundledActionOptions, 'actionDir' | 'apiUrl' | 'workspace'>,
) {
  return runBundledAction({ actionDir: ACTION, apiUrl: fake.url, workspace, ...options });
}

function modelWorkspace(): string {
  const workspace = exampleWorkspace();
  mkdirSync(join(workspace, 'model/weights'), { recursive: true });
  writeFileSync(join(workspace, 'model/config.json'), '{"layers": 2}');
  writeFileSync(join(workspace, 'model/weights/part-1.bin'), Buffer.alloc(4096, 7));
  const report = (action: string, verdict: string) =>
    JSON.stringify({
      schemaVersion: 1,
      action,
      verdict,
      summary: `${action} ${verdict}`,
      createdAt: '2026-12-04T00:00:00Z',
    });
  writeFileSync(join(workspace, 'validate-data.json'), report('validate-data', 'pass'));
  writeFileSync(join(workspace, 'fairness-gate.json'), report('fairness-gate', 'fail'));
  return workspace;
}

const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const privatePem = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }) as string;

describe('sign-model run as the runner runs it', { concurrency: true }, () => {
  it('signs with a secret key and evidence, then verifies requiring that evidence; a changed byte fails', async () => {
    const fake = await startFake();
    const workspace = modelWorkspace();
    const signed = await run(fake, workspace, {
      inputs: {
        mode: 'sign',
        'model-path': 'model',
        'private-key': privatePem,
        evidence: 'validate-data.json,fairness-gate.json',
      },
    });
    assert.equal(signed.exitCode, 0, signed.stdout + signed.stderr);
    assert.ok(
      signed.commands.some((c) => c.command === 'add-mask'),
      'the key is masked at once',
    );
    // The runner matches masks line by line, so each line of the PEM is masked, not only the whole.
    const masks = signed.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
    for (const line of privatePem.split('\n').filter((l) => l.trim() !== ''))
      assert.ok(masks.includes(line), `line ${JSON.stringify(line)} is masked`);
    const keyBody = privatePem.split('\n')[1] as string;
    const logLines = signed.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    assert.ok(!logLines.some((line) => line.includes(keyBody)), 'the key never reaches the log');
    for (const file of readdirSync(join(workspace, 'modelgate-reports/sign-model')))
      assert.ok(
        !readFileSync(join(workspace, 'modelgate-reports/sign-model', file), 'utf8').includes(keyBody),
      );
    assert.equal(signed.outputs['signature-path'], join(workspace, 'model/model.sig'));
    assert.match(signed.outputs['root-digest'] as string, /^[0-9a-f]{64}$/);

    const verified = await run(fake, workspace, {
      inputs: {
        mode: 'verify',
        'model-path': 'model',
        'public-key': publicPem,
        'require-evidence': 'validate-data',
      },
    });
    assert.equal(verified.exitCode, 0, verified.stdout);
    assert.equal(verified.outputs.verified, 'true');
    assert.equal(verified.outputs['root-digest'], signed.outputs['root-digest']);
    assert.match(verified.outputs.signer as string, /^public key sha256:/);

    const failedGate = await run(fake, workspace, {
      inputs: {
        mode: 'verify',
        'model-path': 'model',
        'public-key': publicPem,
        'require-evidence': 'validate-data,fairness-gate,check-drift',
      },
    });
    assert.equal(failedGate.exitCode, 1);
    assert.equal(failedGate.outputs.verified, 'false');
    const reasons = JSON.parse(readFileSync(failedGate.outputs['report-path'] as string, 'utf8'))
      .findings.map((f: { message: string }) => f.message)
      .join('\n');
    assert.match(reasons, /fairness-gate failed/);
    assert.match(reasons, /check-drift has no report/);

    writeFileSync(
      join(workspace, 'model/weights/part-1.bin'),
      Buffer.concat([Buffer.alloc(4095, 7), Buffer.from([8])]),
    );
    const tampered = await run(fake, workspace, {
      inputs: { mode: 'verify', 'model-path': 'model', 'public-key': publicPem },
    });
    assert.equal(tampered.exitCode, 1);
    const report = JSON.parse(readFileSync(tampered.outputs['report-path'] as string, 'utf8'));
    const rows = report.tables[0].rows as unknown[][];
    assert.deepEqual(rows.find((row) => row[0] === 'weights/part-1.bin')?.slice(1, 3), ['fail', 'modified']);
    assert.deepEqual(fake.violations, []);
  });

  it('refuses a symbolic link leading out of the model folder with a clear line', async () => {
    const fake = await startFake();
    const workspace = modelWorkspace();
    const { symlinkSync } = await import('node:fs');
    symlinkSync('/etc/hostname', join(workspace, 'model/escape'));
    const result = await run(fake, workspace, {
      inputs: { mode: 'sign', 'model-path': 'model', 'private-key': privatePem, 'allow-symlinks': 'true' },
    });
    assert.equal(result.exitCode, 1);
    assert.match(result.stdout, /escape is a symbolic link that leads outside the model folder/);
    assert.doesNotMatch(result.stdout, /\n\s+at /, 'no stack trace');
  });

  it('replaces an earlier signature, and refuses to write the signature over any other file', async () => {
    const fake = await startFake();
    const workspace = modelWorkspace();
    const sign = (signature?: string) =>
      run(fake, workspace, {
        inputs: {
          mode: 'sign',
          'model-path': 'model',
          'private-key': privatePem,
          ...(signature ? { signature } : {}),
        },
      });
    assert.equal((await sign()).exitCode, 0);
    const again = await sign();
    assert.equal(again.exitCode, 0, again.stdout + again.stderr);
    const weights = readFileSync(join(workspace, 'model/weights/part-1.bin'));
    const overwrite = await sign('model/config/../weights/part-1.bin');
    assert.equal(overwrite.exitCode, 1);
    assert.match(
      overwrite.stdout,
      /signature: \S+part-1\.bin exists and is not a signature bundle; signing would overwrite it/,
    );
    assert.deepEqual(readFileSync(join(workspace, 'model/weights/part-1.bin')), weights);
  });
});

describe('modelgate sign-model on the CLI: bad ignore-paths and link loops are named', {
  concurrency: true,
}, () => {
  /** The model workspace with the key pair in files (a PEM given as a flag's value reads as a flag). */
  const workspaceWithKeys = () => {
    const workspace = modelWorkspace();
    writeFileSync(join(workspace, 'key.pem'), privatePem);
    writeFileSync(join(workspace, 'key.pub.pem'), publicPem);
    return workspace;
  };
  const cli = (workspace: string, mode: 'sign' | 'verify', extra: string[]) =>
    runCli(
      [
        'sign-model',
        '--mode',
        mode,
        '--model-path',
        'model',
        ...(mode === 'sign' ? ['--private-key', 'key.pem'] : ['--public-key', 'key.pub.pem']),
        '--report-dir',
        'reports',
        ...extra,
      ],
      workspace,
    );

  it('refuses an ignore-paths entry outside the model, or a glob, in sign and in verify mode', () => {
    const workspace = workspaceWithKeys();
    assert.equal(cli(workspace, 'sign', []).code, 0);
    const expected =
      'expected a path inside the model, relative to it or absolute, naming one file or folder';
    const outside = 'leads outside the model';
    const glob = 'is a glob pattern';
    // Verify takes ignore-paths through the same check as sign.
    for (const [mode, entry, problem] of [
      ['sign', '../validate-data.json', outside],
      ['sign', '/etc/passwd', outside],
      ['sign', 'weights/*', glob],
      ['sign', '*.tmp', glob],
      ['sign', 'a?b', glob],
      ['sign', '[ab]', glob],
      ['verify', '../validate-data.json', outside],
      ['verify', 'weights/*', glob],
    ] as const) {
      const run = cli(workspace, mode, ['--ignore-paths', `config.json,${entry}`]);
      assert.equal(run.code, 2, `${mode} ${entry}: ${run.stdout}${run.stderr}`);
      assert.ok(
        run.stderr.includes(`ignore-paths: ${JSON.stringify(entry)} ${problem}; ${expected}`),
        run.stderr,
      );
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    }
    // A path inside the model that names nothing is allowed: an optional file may be absent.
    const optional = cli(workspace, 'verify', ['--ignore-paths', 'tokenizer.json']);
    assert.equal(optional.code, 0, optional.stdout + optional.stderr);
  });

  for (const allowSymlinks of ['true', 'false'])
    it(`names a link back into the model as a loop, by its path in the model (allow-symlinks ${allowSymlinks})`, () => {
      const workspace = workspaceWithKeys();
      symlinkSync('..', join(workspace, 'model/weights/up'));
      const run = cli(workspace, 'sign', ['--allow-symlinks', allowSymlinks]);
      assert.equal(run.code, 2, run.stdout + run.stderr);
      assert.match(
        run.stderr,
        /model file weights\/up is a symbolic link loop: it leads back to the model folder, which holds it\n/,
      );
      assert.doesNotMatch(run.stderr, /up\/weights\/up|\n\s+at /);
    });
});
