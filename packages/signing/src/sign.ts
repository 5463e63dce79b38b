// Signs a model with a key (optionally with its certificate chain): hash the files, build the OMS
// statement, sign its DSSE encoding and wrap it in a Sigstore bundle v0.3.
import { createPublicKey, sign as ecdsaSign, type KeyObject, type X509Certificate } from 'node:crypto';
import path from 'node:path';
import { BUNDLE_MEDIA_TYPE, type SignatureBundle } from './bundle.ts';
import { pae } from './dsse.ts';
import { type HashProgress, hashFiles } from './hash.ts';
import { curveOf } from './keys.ts';
import { listModelFiles } from './model-files.ts';
import { buildStatement, IN_TOTO_PAYLOAD_TYPE, type OmsStatement, type Resource } from './statement.ts';

export interface ModelDigestOptions {
  modelPath: string;
  signaturePath?: string;
  ignorePaths?: readonly string[];
  allowSymlinks?: boolean;
  onProgress?: (progress: HashProgress) => void;
}

/** The statement a model's files make now (the same function signs and verifies). */
export async function digestModel(options: ModelDigestOptions): Promise<OmsStatement> {
  const listing = await listModelFiles(options.modelPath, options);
  const digests = await hashFiles(
    listing.files.map((file) => file.absolutePath),
    { onProgress: options.onProgress },
  );
  const resources: Resource[] = listing.files.map((file, index) => ({
    name: file.name,
    algorithm: 'sha256',
    digest: digests[index] as string,
  }));
  return buildStatement(path.basename(path.resolve(options.modelPath)), resources, {
    allowSymlinks: options.allowSymlinks ?? false,
    ignorePaths: listing.ignorePaths,
  });
}

export function signStatement(
  statement: object,
  privateKey: KeyObject,
  certificates?: readonly X509Certificate[],
): SignatureBundle {
  const { hash, keyDetails } = curveOf('private-key', privateKey);
  const payload = Buffer.from(JSON.stringify(statement), 'utf8');
  const signature = ecdsaSign(hash, pae(IN_TOTO_PAYLOAD_TYPE, payload), privateKey);
  const verificationMaterial: SignatureBundle['verificationMaterial'] = certificates?.length
    ? {
        x509CertificateChain: {
          certificates: certificates
            .filter((c, i) => certificates.findIndex((d) => d.raw.equals(c.raw)) === i)
            .map((c) => ({ rawBytes: c.raw.toString('base64') })),
        },
        tlogEntries: [],
      }
    : {
        // As the reference library does: the PEM public key's bytes.
        publicKey: {
          rawBytes: Buffer.from(createPublicKey(privateKey).export({ type: 'spki', format: 'pem' })).toString(
            'base64',
          ),
          keyDetails,
        },
        tlogEntries: [],
      };
  return {
    mediaType: BUNDLE_MEDIA_TYPE,
    verificationMaterial,
    dsseEnvelope: {
      payload: payload.toString('base64'),
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      signatures: [{ sig: signature.toString('base64'), keyid: null }],
    },
  };
}
