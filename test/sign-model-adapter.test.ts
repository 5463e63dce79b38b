/**
 * scripts/oms-conformance-adapter as the OMS conformance suite calls it (absolute paths, exit 0 or not):
 * keyless signing with --identity-token against the Fulcio/Rekor fakes named by MODELGATE_FULCIO_URL and
 * MODELGATE_REKOR_URL, keyless verification offline (the fakes' root through MODELGATE_TRUSTED_ROOT, the
 * reference library's own signature against the shipped public-good root).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  FAKE_IDENTITY,
  FAKE_ISSUER,
  type FakeSigstore,
  fakeIdentityToken,
  startFakeSigstore,
} from '../packages/signing/src/testing/fake-sigstore.ts';
import { OMS_VECTORS } from '../packages/signing/src/testing/vectors.ts';

const ADAPTER = fileURLToPath(new URL('../scripts/oms-conformance-adapter', import.meta.url));

function adapter(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(ADAPTER, args, {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('oms-conformance-adapter --method sigstore', () => {
  let sigstore: FakeSigstore;
  let dir: string;
  before(async () => {
    sigstore = await startFakeSigstore();
    dir = mkdtempSync(join(tmpdir(), 'adapter-'));
  });
  after(() => sigstore.close());

  it('signs with --identity-token and verifies --identity and --identity-provider; another identity exits non-zero', async () => {
    const model = join(dir, 'model');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(model);
    writeFileSync(join(model, 'weights.bin'), Buffer.alloc(1024, 3));
    const bundle = join(dir, 'model.sig');
    const root = join(dir, 'trusted_root.json');
    writeFileSync(root, JSON.stringify(sigstore.trustedRoot));
    const env = {
      MODELGATE_FULCIO_URL: sigstore.url,
      MODELGATE_REKOR_URL: sigstore.url,
      MODELGATE_TRUSTED_ROOT: root,
    };
    const signed = await adapter(
      [
        'sign-model',
        '--method',
        'sigstore',
        '--model-path',
        model,
        '--output-bundle',
        bundle,
        '--identity-token',
        fakeIdentityToken(),
      ],
      env,
    );
    assert.equal(signed.code, 0, signed.stderr);
    const verify = (identity: string) =>
      adapter(
        [
          'verify-model',
          '--method',
          'sigstore',
          '--model-path',
          model,
          '--bundle',
          bundle,
          '--identity',
          identity,
          '--identity-provider',
          FAKE_ISSUER,
        ],
        env,
      );
    const verified = await verify(FAKE_IDENTITY);
    assert.equal(verified.code, 0, verified.stderr);
    const other = await verify('someone@example.com');
    assert.notEqual(other.code, 0);
    assert.match(other.stderr, /someone@example\.com/);
  });

  it("verifies the reference library's keyless signature against the shipped public-good root", async () => {
    const folder = join(OMS_VECTORS, 'reference-library/v1.1.0-sigstore');
    const result = await adapter([
      'verify-model',
      '--method',
      'sigstore',
      '--model-path',
      folder,
      '--bundle',
      join(folder, 'model.sig'),
      '--ignore-paths',
      join(folder, 'ignore-me'),
      '--identity',
      'stefanb@us.ibm.com',
      '--identity-provider',
      'https://sigstore.verify.ibm.com/oauth2',
    ]);
    assert.equal(result.code, 0, result.stderr);
  });
});
