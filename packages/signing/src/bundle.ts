// The Sigstore bundle v0.3 that carries an OMS signature: reading (with a precise reason for each way it
// can be wrong) and writing.
import { UserError } from '@modelgate/core';
import { IN_TOTO_PAYLOAD_TYPE, OMS_PREDICATE_TYPE, type OmsStatement } from './statement.ts';

export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

export interface SignatureBundle {
  mediaType: string;
  verificationMaterial: {
    publicKey?: { rawBytes?: string; hint?: string; keyDetails?: string };
    certificate?: { rawBytes: string };
    x509CertificateChain?: { certificates: { rawBytes: string }[] };
    tlogEntries?: { integratedTime?: string; kindVersion?: { kind: string; version: string } }[];
    timestampVerificationData?: unknown;
  };
  dsseEnvelope: {
    payload: string;
    payloadType: string;
    signatures: { sig: string; keyid?: string | null }[];
  };
}

/** A bundle that is not a usable OMS signature. */
export class BundleError extends UserError {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an OMS signature: a bundle whose statement is an OMS v1.0 manifest. */
export function parseBundle(
  text: string,
  where: string,
): { bundle: SignatureBundle; statement: OmsStatement } {
  const { bundle, statement } = parseSignedBundle(text, where);
  checkStatement(statement, where);
  return { bundle, statement: statement as OmsStatement };
}

/** Reads a Sigstore bundle with a DSSE envelope over an in-toto statement of any predicate. */
export function parseSignedBundle(
  text: string,
  where: string,
): { bundle: SignatureBundle; statement: unknown } {
  if (text.trim() === '') throw new BundleError(`${where}: the signature file is empty`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BundleError(`${where}: not valid JSON (truncated or damaged signature file)`);
  }
  if (!isObject(json)) throw new BundleError(`${where}: expected a Sigstore bundle object`);
  if (json.mediaType !== BUNDLE_MEDIA_TYPE)
    throw new BundleError(
      `${where}: media type ${JSON.stringify(json.mediaType)}, expected ${BUNDLE_MEDIA_TYPE}`,
    );
  const material = json.verificationMaterial;
  if (!isObject(material)) throw new BundleError(`${where}: verificationMaterial is missing`);
  if (
    !isObject(material.publicKey) &&
    !isObject(material.certificate) &&
    !isObject(material.x509CertificateChain)
  )
    throw new BundleError(
      `${where}: verificationMaterial holds no public key, certificate or certificate chain`,
    );
  const envelope = json.dsseEnvelope;
  if (!isObject(envelope)) throw new BundleError(`${where}: dsseEnvelope is missing`);
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    throw new BundleError(
      `${where}: payload type ${JSON.stringify(envelope.payloadType)}, expected ${IN_TOTO_PAYLOAD_TYPE}`,
    );
  if (typeof envelope.payload !== 'string') throw new BundleError(`${where}: the envelope has no payload`);
  if (
    !Array.isArray(envelope.signatures) ||
    envelope.signatures.length !== 1 ||
    !isObject(envelope.signatures[0]) ||
    typeof envelope.signatures[0].sig !== 'string'
  )
    throw new BundleError(`${where}: expected exactly one signature in the envelope`);
  if (isObject(material.certificate) || isObject(material.x509CertificateChain)) {
    // Keyless (Fulcio) signatures must carry their transparency-log entry.
    if (
      isObject(material.certificate) &&
      (!Array.isArray(material.tlogEntries) || material.tlogEntries.length === 0)
    )
      throw new BundleError(
        `${where}: a keyless signature without a transparency-log entry (tlogEntries is empty)`,
      );
  }
  let statement: unknown;
  try {
    statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
  } catch {
    throw new BundleError(`${where}: the payload is not a JSON in-toto statement`);
  }
  return { bundle: json as unknown as SignatureBundle, statement };
}

function checkStatement(statement: unknown, where: string): void {
  if (!isObject(statement) || statement._type !== 'https://in-toto.io/Statement/v1')
    throw new BundleError(`${where}: the payload is not an in-toto v1 statement`);
  if (statement.predicateType !== OMS_PREDICATE_TYPE)
    throw new BundleError(
      `${where}: predicate type ${JSON.stringify(statement.predicateType)}, expected ${OMS_PREDICATE_TYPE}`,
    );
  const subject = Array.isArray(statement.subject) ? statement.subject[0] : undefined;
  if (!isObject(subject) || !isObject(subject.digest) || typeof subject.digest.sha256 !== 'string')
    throw new BundleError(`${where}: the statement has no sha256 subject digest`);
  const subjectProblem = sha256Problem(subject.digest.sha256);
  if (subjectProblem) throw new BundleError(`${where}: the subject's sha256 digest ${subjectProblem}`);
  const predicate = statement.predicate;
  if (!isObject(predicate) || !isObject(predicate.serialization) || !Array.isArray(predicate.resources))
    throw new BundleError(`${where}: the predicate has no serialization or resources`);
  if (predicate.serialization.hash_type !== 'sha256' && predicate.serialization.hash_type !== undefined)
    throw new BundleError(
      `${where}: hash type ${JSON.stringify(predicate.serialization.hash_type)} is not supported (sha256)`,
    );
  const names = new Set<string>();
  for (const [index, resource] of predicate.resources.entries()) {
    if (!isObject(resource) || typeof resource.name !== 'string' || resource.name === '')
      throw new BundleError(`${where}: resource ${index + 1} of the signature has no name`);
    const name = resource.name;
    if (typeof resource.digest !== 'string')
      throw new BundleError(`${where}: resource ${JSON.stringify(name)} lacks a sha256 digest`);
    const digestProblem = sha256Problem(resource.digest);
    if (digestProblem)
      throw new BundleError(`${where}: resource ${JSON.stringify(name)}: its sha256 digest ${digestProblem}`);
    if (
      name.startsWith('/') ||
      /^[A-Za-z]:/.test(name) ||
      name.includes('\\') ||
      name.split('/').includes('..')
    )
      throw new BundleError(`${where}: resource ${JSON.stringify(name)} escapes the model folder`);
    // OMS v1.0 section 5.2.1: one resource per file; a second entry for a name would be verified twice.
    if (names.has(name))
      throw new BundleError(`${where}: the signature lists resource ${JSON.stringify(name)} twice`);
    names.add(name);
  }
}

/**
 * Why a digest is not a sha256 digest as OMS v1.0 writes it, or undefined: 64 lowercase hex digits
 * (section 6.3.1, and the pattern ^[0-9a-f]+$ of its predicate and statement schemas).
 */
function sha256Problem(digest: string): string | undefined {
  if (/^[0-9a-f]{64}$/.test(digest)) return undefined;
  if (/^[0-9a-fA-F]{64}$/.test(digest))
    return 'is not lowercase hex (OMS v1.0 writes digests in lowercase hex digits only)';
  return 'is not 64 hex digits';
}
