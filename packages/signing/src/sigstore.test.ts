import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { UserError } from '@modelgate/core';
import { parseBundle } from './bundle.ts';
import { digestModel } from './sign.ts';
import { loadTrustedRoot, publicGoodTrustedRoot, signStatementKeyless } from './sigstore.ts';
import {
  FAKE_IDENTITY,
  FAKE_ISSUER,
  type FakeSigstore,
  fakeIdentityToken,
  startFakeSigstore,
} from './testing/fake-sigstore.ts';
import { OMS_VECTORS } from './testing/vectors.ts';
import { verifyModel } from './verify.ts';

const reference = path.join(OMS_VECTORS, 'reference-library');

describe('reference-library sigstore vectors verify offline against the shipped public-good root', () => {
  for (const version of ['v1.0.0', 'v1.0.1', 'v1.1.0']) {
    const folder = path.join(reference, `${version}-sigstore`);
    const read = () => parseBundle(readFileSync(path.join(folder, 'model.sig'), 'utf8'), 'model.sig');
    const identityOf = (bundle: ReturnType<typeof read>['bundle']) =>
      (
        new X509Certificate(Buffer.from(bundle.verificationMaterial.certificate?.rawBytes ?? '', 'base64'))
          .subjectAltName ?? ''
      ).replace(/^email:/, '');

    // The Fulcio certificate lived ten minutes in 2025: it verifies only because it is judged at Rekor's
    // integrated time, not now.
    test(`${version}: signature, certificate at signing time, log entry and every file digest`, async () => {
      const { bundle, statement } = read();
      const result = await verifyModel(
        bundle,
        statement,
        {
          keyless: {
            trustedRoot: publicGoodTrustedRoot(),
            identity: identityOf(bundle),
            issuer: 'https://sigstore.verify.ibm.com/oauth2',
          },
        },
        { modelPath: folder, signaturePath: path.join(folder, 'model.sig'), ignorePaths: ['ignore-me'] },
      );
      assert.deepEqual(result.reasons, []);
      assert.deepEqual(
        result.files.map((f) => [f.name, f.status]),
        [
          ['signme-1', 'verified'],
          ['signme-2', 'verified'],
        ],
      );
      assert.equal(result.signer, 'stefanb@us.ibm.com (issuer https://sigstore.verify.ibm.com/oauth2)');
    });

    test(`${version}: another issuer or identity is refused`, async () => {
      const { bundle, statement } = read();
      const options = {
        modelPath: folder,
        signaturePath: path.join(folder, 'model.sig'),
        ignorePaths: ['ignore-me'],
      };
      const wrongIssuer = await verifyModel(
        bundle,
        statement,
        {
          keyless: {
            trustedRoot: publicGoodTrustedRoot(),
            identity: identityOf(bundle),
            issuer: 'https://token.actions.githubusercontent.com',
          },
        },
        options,
      );
      assert.equal(wrongIssuer.verified, false);
      assert.match(wrongIssuer.reasons[0] ?? '', /issuer/);
      const wrongIdentity = await verifyModel(
        bundle,
        statement,
        {
          keyless: {
            trustedRoot: publicGoodTrustedRoot(),
            identity: 'someone@example.com',
            issuer: 'https://sigstore.verify.ibm.com/oauth2',
          },
        },
        options,
      );
      assert.equal(wrongIdentity.verified, false);
      assert.match(wrongIdentity.reasons[0] ?? '', /someone@example\.com/);
    });
  }
});

describe('keyless signing against Fulcio and Rekor fakes', () => {
  let sigstore: FakeSigstore;
  let model: string;
  before(async () => {
    sigstore = await startFakeSigstore();
    model = mkdtempSync(path.join(tmpdir(), 'keyless-'));
    writeFileSync(path.join(model, 'weights.bin'), Buffer.alloc(4096, 7));
    writeFileSync(path.join(model, 'config.json'), '{"layers": 2}');
  });
  after(async () => {
    await sigstore.close();
    rmSync(model, { recursive: true, force: true });
  });

  const sign = async () => {
    const statement = await digestModel({ modelPath: model, signaturePath: path.join(model, 'model.sig') });
    const bundle = await signStatementKeyless(statement, {
      identityToken: fakeIdentityToken(),
      fulcioURL: sigstore.url,
      rekorURL: sigstore.url,
    });
    return parseBundle(JSON.stringify(bundle), 'model.sig');
  };
  const trust = (identity = FAKE_IDENTITY, issuer = FAKE_ISSUER) => ({
    keyless: { trustedRoot: sigstore.trustedRoot, identity, issuer },
  });
  const options = () => ({ modelPath: model, signaturePath: path.join(model, 'model.sig') });

  test('writes an OMS bundle v0.3 with a Fulcio certificate and a dsse Rekor entry, and it verifies', async () => {
    const { bundle, statement } = await sign();
    assert.equal(bundle.mediaType, 'application/vnd.dev.sigstore.bundle.v0.3+json');
    assert.equal(statement.predicateType, 'https://model_signing/signature/v1.0');
    assert.ok(bundle.verificationMaterial.certificate);
    assert.deepEqual((bundle.verificationMaterial.tlogEntries ?? [])[0]?.kindVersion, {
      kind: 'dsse',
      version: '0.0.1',
    });
    assert.deepEqual(sigstore.requests, ['/api/v2/signingCert', '/api/v1/log/entries']);
    const result = await verifyModel(bundle, statement, trust(), options());
    assert.deepEqual(result.reasons, []);
    assert.equal(result.signer, `${FAKE_IDENTITY} (issuer ${FAKE_ISSUER})`);
  });

  test('refuses another identity, another issuer, a root it does not chain to and a changed byte', async () => {
    const { bundle, statement } = await sign();
    const other = await verifyModel(
      bundle,
      statement,
      trust('https://github.com/evil/fork/x.yml@refs/heads/main'),
      options(),
    );
    assert.match(other.reasons[0] ?? '', /evil\/fork/);
    const issuer = await verifyModel(
      bundle,
      statement,
      trust(FAKE_IDENTITY, 'https://accounts.google.com'),
      options(),
    );
    assert.match(issuer.reasons[0] ?? '', /issuer/);
    const publicGood = await verifyModel(
      bundle,
      statement,
      { keyless: { trustedRoot: publicGoodTrustedRoot(), identity: FAKE_IDENTITY, issuer: FAKE_ISSUER } },
      options(),
    );
    assert.equal(publicGood.verified, false);
    const weights = path.join(model, 'weights.bin');
    const original = readFileSync(weights);
    writeFileSync(weights, Buffer.concat([original.subarray(0, 4095), Buffer.from([8])]));
    try {
      const changed = await verifyModel(bundle, statement, trust(), options());
      assert.deepEqual(changed.reasons, ['1 file(s) modified: weights.bin']);
    } finally {
      writeFileSync(weights, original);
    }
  });

  test('a tampered statement fails the signature check', async () => {
    const { bundle, statement } = await sign();
    const forged = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    forged.predicate.resources[0].digest = '0'.repeat(64);
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(forged)).toString('base64');
    const result = await verifyModel(bundle, forged, trust(), options());
    assert.equal(result.verified, false);
    assert.match(result.reasons[0] ?? '', /keyless verification failed/);
    assert.ok(statement);
  });

  test('an unreachable Fulcio is one clear input error', async () => {
    const statement = await digestModel(options());
    await assert.rejects(
      signStatementKeyless(statement, {
        identityToken: fakeIdentityToken(),
        fulcioURL: 'http://127.0.0.1:9',
        rekorURL: sigstore.url,
      }),
      (error: unknown) =>
        error instanceof UserError && /keyless signing failed/.test((error as Error).message),
    );
  });
});

describe('trusted root', () => {
  test('staging needs a trusted-root file; a file that is not a trusted root is named', () => {
    assert.throws(() => loadTrustedRoot({ staging: true }), /trusted-root: required with use-staging/);
    const dir = mkdtempSync(path.join(tmpdir(), 'root-'));
    try {
      const file = path.join(dir, 'root.json');
      writeFileSync(file, '{"mediaType": "application/json"}');
      assert.throws(
        () => loadTrustedRoot({ trustedRootPath: file }),
        /root\.json has media type "application\/json"/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
