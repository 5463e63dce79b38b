// Key material: ECDSA P-256/384/521 private keys (PEM text or a path, optionally encrypted), public keys
// and certificates, and the hash each curve signs with.
import { createPrivateKey, createPublicKey, type KeyObject, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '@modelgate/core';

const CURVES: Record<string, { hash: string; keyDetails: string }> = {
  prime256v1: { hash: 'sha256', keyDetails: 'PKIX_ECDSA_P256_SHA_256' },
  secp384r1: { hash: 'sha384', keyDetails: 'PKIX_ECDSA_P384_SHA_384' },
  secp521r1: { hash: 'sha512', keyDetails: 'PKIX_ECDSA_P521_SHA_512' },
};

/** The PEM itself when the text looks like PEM, else the contents of the file it names. */
export function pemTextOrFile(inputName: string, value: string): string {
  if (value.includes('-----BEGIN')) return value;
  if (!existsSync(value)) throw new UserError(`${inputName}: expected PEM text or the path of a PEM file`);
  return readFileSync(value, 'utf8');
}

export function curveOf(inputName: string, key: KeyObject): { hash: string; keyDetails: string } {
  const curve = key.asymmetricKeyType === 'ec' ? key.asymmetricKeyDetails?.namedCurve : undefined;
  const known = curve ? CURVES[curve] : undefined;
  if (!known)
    throw new UserError(
      `${inputName}: expected an ECDSA key on P-256, P-384 or P-521, got ${curve ?? key.asymmetricKeyType}`,
    );
  return known;
}

export function loadPrivateKey(value: string, password?: string): KeyObject {
  const pem = pemTextOrFile('private-key', value);
  try {
    return createPrivateKey(
      password ? { key: pem, format: 'pem', passphrase: password } : { key: pem, format: 'pem' },
    );
  } catch (error) {
    const encrypted = /ENCRYPTED/.test(pem);
    throw new UserError(
      encrypted
        ? `private-key: cannot decrypt the key${password ? '; check key-password' : '; give key-password'}`
        : 'private-key: not a readable PEM private key',
      { cause: error },
    );
  }
}

export function loadPublicKey(inputName: string, value: string | Uint8Array): KeyObject {
  try {
    if (typeof value !== 'string') {
      const text = Buffer.from(value).toString('utf8');
      return text.includes('-----BEGIN')
        ? createPublicKey(text)
        : createPublicKey({ key: Buffer.from(value), format: 'der', type: 'spki' });
    }
    return createPublicKey(pemTextOrFile(inputName, value));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${inputName}: not a readable public key`, { cause: error });
  }
}

/** Every certificate in PEM text (or a file holding it), in order. */
export function loadCertificates(inputName: string, value: string): X509Certificate[] {
  const pem = pemTextOrFile(inputName, value);
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new UserError(`${inputName}: expected one or more PEM certificates`);
  return blocks.map((block, index) => {
    try {
      return new X509Certificate(block);
    } catch (error) {
      throw new UserError(`${inputName}: certificate ${index + 1} is not readable`, { cause: error });
    }
  });
}
