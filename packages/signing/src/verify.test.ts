import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { BundleError, parseBundle } from './bundle.ts';
import { loadCertificates, loadPrivateKey, loadPublicKey } from './keys.ts';
import { digestModel, signStatement } from './sign.ts';
import { type OmsStatement, type Resource, subjectDigest } from './statement.ts';
import { OMS_VECTORS } from './testing/vectors.ts';
import { verifyModel } from './verify.ts';

const vectors = OMS_VECTORS;
const reference = path.join(vectors, 'reference-library');
const keys = path.join(reference, 'keys/certificate');

function readVector(folder: string) {
  return parseBundle(readFileSync(path.join(reference, folder, 'model.sig'), 'utf8'), `${folder}/model.sig`);
}

describe('reference-library vectors verify', () => {
  for (const version of ['v1.0.0', 'v1.0.1', 'v1.1.0']) {
    test(`${version} elliptic key`, async () => {
      const { bundle, statement } = readVector(`${version}-elliptic-key`);
      const folder = path.join(reference, `${version}-elliptic-key`);
      const modelPath = version === 'v1.0.0' ? path.join(folder, 'signme-1') : folder;
      const result = await verifyModel(
        bundle,
        statement,
        { publicKey: loadPublicKey('public-key', path.join(keys, 'signing-key-pub.pem')) },
        {
          modelPath,
          signaturePath: path.join(folder, 'model.sig'),
          ignorePaths: ['ignore-me'],
        },
      );
      assert.deepEqual(result.reasons, []);
      assert.equal(result.verified, true);
      assert.match(result.signer, /^public key sha256:[0-9a-f]{64}$/);
    });
    test(`${version} certificate`, async () => {
      const { bundle, statement } = readVector(`${version}-certificate`);
      const folder = path.join(reference, `${version}-certificate`);
      const result = await verifyModel(
        bundle,
        statement,
        { trustAnchors: loadCertificates('certificate-chain', path.join(keys, 'ca-cert.pem')) },
        {
          modelPath: folder,
          signaturePath: path.join(folder, 'model.sig'),
          ignorePaths: ['ignore-me'],
        },
      );
      assert.deepEqual(result.reasons, []);
    });
  }
  test('a vector fails with the wrong key, naming the key', async () => {
    const { bundle, statement } = readVector('v1.1.0-elliptic-key');
    const other = generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey;
    const folder = path.join(reference, 'v1.1.0-elliptic-key');
    const result = await verifyModel(
      bundle,
      statement,
      { publicKey: other },
      { modelPath: folder, signaturePath: path.join(folder, 'model.sig'), ignorePaths: ['ignore-me'] },
    );
    assert.equal(result.verified, false);
    assert.match(result.reasons.join('\n'), /signed by another key/);
  });
});

describe('spec v1.0 bundles', () => {
  const dir = path.join(vectors, 'spec-v1.0/test-vectors/v1.0');
  for (const name of ['key', 'certificate', 'sigstore'])
    test(`valid/${name} parses`, () => {
      const { statement } = parseBundle(
        readFileSync(path.join(dir, 'valid', `${name}.bundle.json`), 'utf8'),
        name,
      );
      assert.equal(statement.predicateType, 'https://model_signing/signature/v1.0');
    });
  const invalid: [string, RegExp][] = [
    ['invalid/missing-tlog-entries', /transparency-log/],
    ['invalid/missing-envelope', /dsseEnvelope is missing/],
    ['invalid/empty', /empty|media type|verificationMaterial/],
    ['invalid/missing-verification-material', /verificationMaterial/],
    ['invalid-payload/wrong-predicate', /predicate type/],
  ];
  for (const [name, reason] of invalid)
    test(`${name} is rejected with a reason`, () => {
      assert.throws(
        () => parseBundle(readFileSync(path.join(dir, `${name}.bundle.json`), 'utf8'), name),
        reason,
      );
    });
  test('a truncated bundle is rejected', () => {
    const text = readFileSync(path.join(reference, 'v1.1.0-elliptic-key/model.sig'), 'utf8');
    assert.throws(() => parseBundle(text.slice(0, text.length / 2), 'model.sig'), /truncated/);
  });
});

describe('crafted manifests', () => {
  const privateKey = loadPrivateKey(path.join(keys, 'signing-key.pem'));
  const folder = path.join(reference, 'v1.1.0-elliptic-key');
  /** A manifest of the vector's files, changed by `craft`, with its subject digest made to match and signed. */
  async function crafted(craft: (statement: OmsStatement) => void): Promise<string> {
    const statement = await digestModel({ modelPath: folder, signaturePath: path.join(folder, 'model.sig') });
    craft(statement);
    (statement.subject[0] as OmsStatement['subject'][0]).digest.sha256 = subjectDigest(
      statement.predicate.resources,
    );
    return JSON.stringify(signStatement(statement, privateKey));
  }

  test('a file listed twice is rejected, naming it', async () => {
    const text = await crafted((s) => {
      s.predicate.resources.push({ ...(s.predicate.resources[0] as Resource) });
    });
    assert.throws(
      () => parseBundle(text, 'model.sig'),
      (error: Error) => {
        assert.ok(error instanceof BundleError);
        assert.equal(error.message, 'model.sig: the signature lists resource "ignore-me" twice');
        return true;
      },
    );
  });

  test('an uppercase hex digest is rejected as not lowercase hex (OMS v1.0 schemas: ^[0-9a-f]+$), naming the resource', async () => {
    const text = await crafted((s) => {
      const resource = s.predicate.resources[1] as Resource;
      resource.digest = resource.digest.toUpperCase();
    });
    assert.throws(
      () => parseBundle(text, 'model.sig'),
      (error: Error) => {
        assert.ok(error instanceof BundleError);
        assert.equal(
          error.message,
          'model.sig: resource "signme-1": its sha256 digest is not lowercase hex (OMS v1.0 writes digests in lowercase hex digits only)',
        );
        return true;
      },
    );
  });

  test('a digest that is not 64 hex digits, and an uppercase subject digest, are each named', async () => {
    const short = await crafted((s) => {
      (s.predicate.resources[0] as Resource).digest = 'abc';
    });
    assert.throws(
      () => parseBundle(short, 'model.sig'),
      /model\.sig: resource "ignore-me": its sha256 digest is not 64 hex digits$/,
    );
    const statement = await digestModel({ modelPath: folder, signaturePath: path.join(folder, 'model.sig') });
    const subject = statement.subject[0] as OmsStatement['subject'][0];
    subject.digest.sha256 = subject.digest.sha256.toUpperCase();
    assert.throws(
      () => parseBundle(JSON.stringify(signStatement(statement, privateKey)), 'model.sig'),
      /the subject's sha256 digest is not lowercase hex/,
    );
  });
});

describe('sign then verify', () => {
  function model() {
    const dir = mkdtempSync(path.join(tmpdir(), 'sign-model-'));
    cpSync(path.join(reference, 'v1.1.0-elliptic-key'), dir, { recursive: true });
    rmSync(path.join(dir, 'model.sig'));
    return dir;
  }
  const privateKey = loadPrivateKey(path.join(keys, 'signing-key.pem'));
  const publicKey = loadPublicKey('public-key', path.join(keys, 'signing-key-pub.pem'));

  test('round trip, then modified, added and missing files each named', async () => {
    const dir = model();
    const statement = await digestModel({ modelPath: dir, signaturePath: path.join(dir, 'model.sig') });
    const bundle = signStatement(statement, privateKey);
    const text = JSON.stringify(bundle);
    const parsed = parseBundle(text, 'model.sig');
    const options = { modelPath: dir, signaturePath: path.join(dir, 'model.sig') };
    assert.equal((await verifyModel(parsed.bundle, parsed.statement, { publicKey }, options)).verified, true);
    writeFileSync(path.join(dir, 'signme-1'), 'changed');
    writeFileSync(path.join(dir, 'new-file'), 'x');
    rmSync(path.join(dir, 'signme-2'));
    const result = await verifyModel(parsed.bundle, parsed.statement, { publicKey }, options);
    assert.equal(result.verified, false);
    const byName = Object.fromEntries(result.files.map((f) => [f.name, f.status]));
    assert.deepEqual(byName, {
      'ignore-me': 'verified',
      'signme-1': 'modified',
      'signme-2': 'missing',
      'new-file': 'added',
    });
  });

  for (const curve of ['P-256', 'P-384', 'P-521'])
    test(`${curve} key with certificate-free verification`, async () => {
      const dir = model();
      const pair = generateKeyPairSync('ec', { namedCurve: curve });
      const statement = await digestModel({ modelPath: dir });
      const parsed = parseBundle(JSON.stringify(signStatement(statement, pair.privateKey)), 'model.sig');
      assert.equal(
        (
          await verifyModel(
            parsed.bundle,
            parsed.statement,
            { publicKey: pair.publicKey },
            { modelPath: dir },
          )
        ).verified,
        true,
      );
    });

  test('an encrypted key needs its password', () => {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = pair.privateKey.export({
      type: 'pkcs8',
      format: 'pem',
      cipher: 'aes-256-cbc',
      passphrase: 'secret',
    }) as string;
    assert.throws(() => loadPrivateKey(pem), /give key-password/);
    assert.throws(() => loadPrivateKey(pem, 'wrong'), /check key-password/);
    assert.equal(loadPrivateKey(pem, 'secret').asymmetricKeyType, 'ec');
  });
});
