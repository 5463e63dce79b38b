/**
 * sign-model's keyless method run as the Actions runner runs it: the job's OIDC token (audience sigstore)
 * buys a Fulcio certificate, Rekor witnesses the signature (both fakes on 127.0.0.1), the signature is
 * stored as a GitHub artifact attestation on the fake GitHub API (checked against GitHub's OpenAPI
 * description), and a later step verifies identity and issuer offline against a trusted root.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  FAKE_IDENTITY,
  FAKE_ISSUER,
  type FakeSigstore,
  startFakeSigstore,
} from '../packages/signing/src/testing/fake-sigstore.ts';
import { OMS_VECTORS } from '../packages/signing/src/testing/vectors.ts';
import { runBundledAction } from './harness/runner.ts';
import { exampleWorkspace, fakeGitHubs } from './harness/suite.ts';

const ACTION = fileURLToPath(new URL('../actions/sign-model', import.meta.url));
const startFake = fakeGitHubs();

function modelWorkspace(): string {
  const workspace = exampleWorkspace();
  mkdirSync(join(workspace, 'model/weights'), { recursive: true });
  writeFileSync(join(workspace, 'model/config.json'), '{"layers": 2}');
  writeFileSync(join(workspace, 'model/weights/part-1.bin'), Buffer.alloc(4096, 7));
  writeFileSync(
    join(workspace, 'validate-data.json'),
    JSON.stringify({ schemaVersion: 1, action: 'validate-data', verdict: 'pass', summary: 'ok' }),
  );
  return workspace;
}

describe('sign-model keyless (method sigstore) run as the runner runs it', { concurrency: true }, () => {
  let sigstore: FakeSigstore;
  before(async () => {
    sigstore = await startFakeSigstore();
  });
  after(() => sigstore.close());

  /** sign-model signing `model` keylessly with an attestation, in a job that may mint OIDC tokens. */
  const signKeyless = (fake: Awaited<ReturnType<typeof startFake>>, workspace: string, inputs = {}) =>
    runBundledAction({
      actionDir: ACTION,
      apiUrl: fake.url,
      event: fake.openPullRequest(),
      workspace,
      inputs: {
        mode: 'sign',
        'model-path': 'model',
        method: 'sigstore',
        attest: 'true',
        'fulcio-url': sigstore.url,
        'rekor-url': sigstore.url,
        ...inputs,
      },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.oidcRequestURL,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-token',
      },
    });

  it('signs with the job identity and evidence, stores an attestation, and verifies identity, issuer and evidence', async () => {
    const fake = await startFake();
    const workspace = modelWorkspace();
    const signed = await signKeyless(fake, workspace, { evidence: 'validate-data.json' });
    assert.equal(signed.exitCode, 0, signed.stdout + signed.stderr);
    assert.ok(
      sigstore.requests.some((r) => r.startsWith('/oidc/token?') && r.includes('audience=sigstore')),
      'the OIDC token is asked for with audience sigstore',
    );
    assert.ok(
      signed.commands.some((c) => c.command === 'add-mask'),
      'the identity token is masked',
    );
    const bundle = JSON.parse(readFileSync(join(workspace, 'model/model.sig'), 'utf8'));
    assert.equal(bundle.mediaType, 'application/vnd.dev.sigstore.bundle.v0.3+json');
    assert.ok(bundle.verificationMaterial.certificate, 'a Fulcio certificate, not a key');

    assert.equal(fake.state.attestations.length, 1);
    assert.equal(signed.outputs['attestation-id'], String(fake.state.attestations[0]?.id));
    assert.equal(signed.outputs['report-status'], 'ok', signed.stdout);
    const attested = fake.state.attestations[0]?.bundle as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(attested.dsseEnvelope.payload, 'base64').toString('utf8'));
    assert.equal(statement.predicateType, 'https://model_signing/signature/v1.0');
    const sha256 = (file: string) =>
      createHash('sha256')
        .update(readFileSync(join(workspace, 'model', file)))
        .digest('hex');
    assert.deepEqual(statement.subject, [
      { name: 'config.json', digest: { sha256: sha256('config.json') } },
      { name: 'weights/part-1.bin', digest: { sha256: sha256('weights/part-1.bin') } },
    ]);
    assert.deepEqual(fake.violations, []);

    writeFileSync(join(workspace, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
    const verify = (identity: string) =>
      runBundledAction({
        actionDir: ACTION,
        apiUrl: fake.url,
        workspace,
        inputs: {
          mode: 'verify',
          'model-path': 'model',
          method: 'sigstore',
          identity,
          'identity-provider': FAKE_ISSUER,
          'trusted-root': join(workspace, 'trusted_root.json'),
          'require-evidence': 'validate-data',
        },
      });
    const verified = await verify(FAKE_IDENTITY);
    assert.equal(verified.exitCode, 0, verified.stdout);
    assert.equal(verified.outputs.verified, 'true');
    assert.equal(verified.outputs.signer, `${FAKE_IDENTITY} (issuer ${FAKE_ISSUER})`);
    assert.equal(verified.outputs['root-digest'], signed.outputs['root-digest']);

    const impostor = await verify(
      'https://github.com/octo/fork/.github/workflows/release.yml@refs/heads/main',
    );
    assert.equal(impostor.exitCode, 1);
    assert.equal(impostor.outputs.verified, 'false');
    assert.match(impostor.stdout, /octo\/fork/);
  });

  it('a job without id-token: write is told what permission it needs', async () => {
    const fake = await startFake();
    const result = await runBundledAction({
      actionDir: ACTION,
      apiUrl: fake.url,
      workspace: modelWorkspace(),
      inputs: { mode: 'sign', 'model-path': 'model', method: 'sigstore' },
    });
    assert.equal(result.exitCode, 1);
    assert.match(result.stdout, /id-token: write/);
    assert.doesNotMatch(result.stdout, /\n\s+at /, 'no stack trace');
  });

  it('an attestation refused for lack of attestations: write degrades the report, not the signature', async () => {
    const fake = await startFake();
    fake.inject('repos/create-attestation', {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const result = await signKeyless(fake, modelWorkspace());
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['report-status'], 'degraded');
    assert.ok(
      result.commands.some((c) => c.command === 'warning' && /attestations: write/.test(c.message)),
      result.stdout,
    );
  });
});

describe('modelgate sign-model --method sigstore on the CLI', () => {
  it("verifies the reference library's keyless signature offline, and refuses another identity with exit 1", async () => {
    const { spawnSync } = await import('node:child_process');
    const folder = join(OMS_VECTORS, 'reference-library/v1.1.0-sigstore');
    const cli = (identity: string) =>
      spawnSync(
        process.execPath,
        [
          fileURLToPath(new URL('../bin/modelgate.ts', import.meta.url)),
          'sign-model',
          '--mode',
          'verify',
          '--model-path',
          folder,
          '--ignore-paths',
          'ignore-me',
          '--method',
          'sigstore',
          '--identity',
          identity,
          '--identity-provider',
          'https://sigstore.verify.ibm.com/oauth2',
          '--report-dir',
          join(exampleWorkspace(), 'reports'),
        ],
        { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } },
      );
    const verified = cli('stefanb@us.ibm.com');
    assert.equal(verified.status, 0, verified.stdout + verified.stderr);
    const other = cli('someone@example.com');
    assert.equal(other.status, 1, other.stdout + other.stderr);
  });
});
