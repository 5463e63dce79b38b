// Verifies a model against its OMS signature and says precisely why not: the signature (wrong key,
// tampered statement), the certificate chain, and file by file (modified, added, missing).
import { createHash, verify as ecdsaVerify, type KeyObject, X509Certificate } from 'node:crypto';
import type { SignatureBundle } from './bundle.ts';
import { pae } from './dsse.ts';
import { curveOf, loadPublicKey } from './keys.ts';
import { digestModel, type ModelDigestOptions } from './sign.ts';
import { checkKeylessSignature, type KeylessTrust } from './sigstore.ts';
import { type OmsStatement, subjectDigest } from './statement.ts';

export type FileStatus = 'verified' | 'modified' | 'added' | 'missing';

export interface FileResult {
  name: string;
  status: FileStatus;
  signedDigest: string | null;
  actualDigest: string | null;
}

export interface VerificationResult {
  verified: boolean;
  /** Why verification failed, one line each; empty when verified. */
  reasons: string[];
  signer: string;
  rootDigest: string;
  files: FileResult[];
}

export type Trust =
  | { publicKey: KeyObject }
  | { trustAnchors: readonly X509Certificate[] }
  | { keyless: KeylessTrust };

/** Checks the envelope's signature with the key the trust gives; returns who signed, or a reason. */
export async function checkSignature(
  bundle: SignatureBundle,
  trust: Trust,
): Promise<{ signer: string } | { reason: string }> {
  if ('keyless' in trust) return checkKeylessSignature(bundle, trust.keyless);
  const envelope = bundle.dsseEnvelope;
  const signed = pae(envelope.payloadType, Buffer.from(envelope.payload, 'base64'));
  const signature = Buffer.from(envelope.signatures[0]?.sig ?? '', 'base64');
  let key: KeyObject;
  let signer: string;
  if ('publicKey' in trust) {
    key = trust.publicKey;
    signer = `public key sha256:${createHash('sha256')
      .update(key.export({ type: 'spki', format: 'der' }))
      .digest('hex')}`;
  } else {
    const material = bundle.verificationMaterial;
    const raw =
      material.x509CertificateChain?.certificates ?? (material.certificate ? [material.certificate] : []);
    if (raw.length === 0)
      return { reason: 'the signature carries no certificate to check against certificate-chain' };
    const chain = raw.map((entry) => new X509Certificate(Buffer.from(entry.rawBytes, 'base64')));
    const chainProblem = checkChain(chain, trust.trustAnchors, new Date());
    if (chainProblem) return { reason: chainProblem };
    key = (chain[0] as X509Certificate).publicKey;
    signer = `certificate ${(chain[0] as X509Certificate).subject.replace(/\n/g, ', ')} (serial ${(chain[0] as X509Certificate).serialNumber})`;
  }
  let hash: string;
  try {
    hash = curveOf('public-key', key).hash;
  } catch (error) {
    return { reason: (error as Error).message };
  }
  const ok = ecdsaVerify(hash, signed, key, signature);
  return ok
    ? { signer }
    : { reason: 'the signature does not match: signed by another key, or the signed statement was changed' };
}

function checkChain(
  chain: readonly X509Certificate[],
  anchors: readonly X509Certificate[],
  // The key methods carry no verified timestamp (an unverified tlog time is the signer's word), so
  // their certificates are judged now; keyless bundles are judged at Rekor's verified integrated time.
  at: Date,
): string | undefined {
  for (const [index, certificate] of chain.entries()) {
    if (new Date(certificate.validFrom) > at || new Date(certificate.validTo) < at)
      return `certificate ${index + 1} in the signature is not valid at ${at.toISOString()} (valid ${certificate.validFrom} to ${certificate.validTo})`;
  }
  for (let i = 0; i < chain.length - 1; i++) {
    const child = chain[i] as X509Certificate;
    const issuer = chain[i + 1] as X509Certificate;
    if (!child.checkIssued(issuer) || !child.verify(issuer.publicKey))
      return `certificate ${i + 1} in the signature is not issued by certificate ${i + 2}`;
  }
  // Any certificate of the carried chain may itself be an anchor, or be issued by one.
  for (const certificate of chain) {
    for (const anchor of anchors) {
      if (certificate.raw.equals(anchor.raw)) return undefined;
      if (certificate.checkIssued(anchor) && certificate.verify(anchor.publicKey)) return undefined;
    }
  }
  return 'the signing certificate does not chain to any certificate in certificate-chain';
}

/** Compares the signed resources with the files on disk now. */
export function compareFiles(
  signed: OmsStatement,
  actual: OmsStatement,
  ignoreUnsignedFiles: boolean,
): FileResult[] {
  const singleFile =
    actual.predicate.resources.length === 1 &&
    signed.predicate.resources.length === 1 &&
    signed.predicate.resources[0]?.name === '.';
  const actualByName = new Map(actual.predicate.resources.map((r) => [singleFile ? '.' : r.name, r.digest]));
  const results: FileResult[] = [];
  for (const resource of signed.predicate.resources) {
    const now = actualByName.get(resource.name);
    actualByName.delete(resource.name);
    results.push({
      name: resource.name,
      status: now === undefined ? 'missing' : now === resource.digest ? 'verified' : 'modified',
      signedDigest: resource.digest,
      actualDigest: now ?? null,
    });
  }
  if (!ignoreUnsignedFiles)
    for (const [name, digest] of actualByName)
      results.push({ name, status: 'added', signedDigest: null, actualDigest: digest });
  return results;
}

export async function verifyModel(
  bundle: SignatureBundle,
  statement: OmsStatement,
  trust: Trust,
  options: ModelDigestOptions & { ignoreUnsignedFiles?: boolean },
): Promise<VerificationResult> {
  const reasons: string[] = [];
  const check = await checkSignature(bundle, trust);
  if ('reason' in check) reasons.push(check.reason);
  const rootDigest = statement.subject[0]?.digest.sha256 ?? '';
  if (subjectDigest(statement.predicate.resources) !== rootDigest)
    reasons.push('the subject digest does not match the signed resources');
  const recordedIgnores = statement.predicate.serialization.ignore_paths ?? [];
  const actual = await digestModel({
    ...options,
    ignorePaths: [...(options.ignorePaths ?? []), ...recordedIgnores],
    allowSymlinks: options.allowSymlinks ?? statement.predicate.serialization.allow_symlinks,
  });
  const files = compareFiles(statement, actual, options.ignoreUnsignedFiles ?? false);
  for (const status of ['modified', 'added', 'missing'] as const) {
    const names = files.filter((f) => f.status === status).map((f) => f.name);
    if (names.length > 0)
      reasons.push(
        `${names.length} file(s) ${status}: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', ...' : ''}`,
      );
  }
  return {
    verified: reasons.length === 0,
    reasons,
    signer: 'signer' in check ? check.signer : '',
    rootDigest,
    files,
  };
}

export { loadPublicKey };
