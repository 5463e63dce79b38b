// Keyless signing (Sigstore): an OIDC identity token buys a short-lived Fulcio certificate for a fresh
// key, the DSSE envelope is witnessed in Rekor, and verification checks the certificate's identity and
// issuer against a trusted root offline. sigstore-js does the cryptography; only the OMS statement is ours.
// sigstore-js is loaded only when a keyless signature is made or checked: it doubles the action's bundle,
// and the key methods (and the action's cold start) need none of it.
import { readFileSync } from 'node:fs';
import { UserError } from '@modelgate/core';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import type { SignatureBundle } from './bundle.ts';
import { IN_TOTO_PAYLOAD_TYPE } from './statement.ts';

export const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';
export const STAGING_FULCIO_URL = 'https://fulcio.sigstage.dev';
export const STAGING_REKOR_URL = 'https://rekor.sigstage.dev';

export interface KeylessSignOptions {
  /** An OIDC identity token whose audience is `sigstore`. */
  identityToken: string;
  fulcioURL?: string;
  rekorURL?: string;
  staging?: boolean;
}

/** Signs a statement keylessly; the bundle is the same v0.3 bundle the key methods write. */
export async function signStatementKeyless(
  statement: object,
  options: KeylessSignOptions,
): Promise<SignatureBundle> {
  const token = options.identityToken;
  const { DSSEBundleBuilder, FulcioSigner, RekorWitness } = await import('@sigstore/sign');
  const { bundleToJSON } = await import('@sigstore/bundle');
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      identityProvider: { getToken: async () => token },
      fulcioBaseURL: options.fulcioURL ?? (options.staging ? STAGING_FULCIO_URL : PUBLIC_GOOD_FULCIO_URL),
    }),
    // Rekor's dsse entry type is what the reference library records.
    witnesses: [
      new RekorWitness({
        rekorBaseURL: options.rekorURL ?? (options.staging ? STAGING_REKOR_URL : PUBLIC_GOOD_REKOR_URL),
        entryType: 'dsse',
      }),
    ],
  });
  try {
    const bundle = await builder.create({
      data: Buffer.from(JSON.stringify(statement), 'utf8'),
      type: IN_TOTO_PAYLOAD_TYPE,
    });
    return bundleToJSON(bundle) as unknown as SignatureBundle;
  } catch (error) {
    throw new UserError(`method sigstore: keyless signing failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** The public-good trusted root that @sigstore/tuf ships as its TUF seed (no network needed). */
export function publicGoodTrustedRoot(): unknown {
  const repo = (seeds as Record<string, { targets: Record<string, string> }>)[
    'https://tuf-repo-cdn.sigstore.dev'
  ];
  const target = repo?.targets['trusted_root.json'];
  if (!target) throw new Error('the shipped Sigstore TUF seed holds no trusted_root.json');
  return JSON.parse(Buffer.from(target, 'base64').toString('utf8'));
}

/**
 * The trusted root to verify keyless signatures against: a trusted_root.json file when given, else the
 * public-good root shipped with the action. Staging's root is not shipped, so it must be given.
 */
export function loadTrustedRoot(options: { trustedRootPath?: string; staging?: boolean }): unknown {
  if (options.trustedRootPath) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(options.trustedRootPath, 'utf8'));
    } catch (error) {
      throw new UserError(
        `trusted-root: cannot read ${options.trustedRootPath} as a Sigstore trusted_root.json (${(error as NodeJS.ErrnoException).code ?? 'not JSON'})`,
        { cause: error },
      );
    }
    const media = (json as { mediaType?: unknown })?.mediaType;
    if (typeof media !== 'string' || !media.startsWith('application/vnd.dev.sigstore.trustedroot'))
      throw new UserError(
        `trusted-root: ${options.trustedRootPath} has media type ${JSON.stringify(media)}, expected application/vnd.dev.sigstore.trustedroot+json`,
      );
    return json;
  }
  if (options.staging)
    throw new UserError(
      'trusted-root: required with use-staging (the staging trusted_root.json is not shipped; verification is offline)',
    );
  return publicGoodTrustedRoot();
}

export interface KeylessTrust {
  /** A parsed trusted_root.json. */
  trustedRoot: unknown;
  /** The certificate's subject alternative name (an email or a workflow URI). */
  identity: string;
  /** The OIDC issuer recorded in the certificate's Fulcio issuer extension. */
  issuer: string;
}

/**
 * Verifies a keyless bundle: the certificate chains to the trusted root's Fulcio CA and was valid when
 * the transparency log integrated the entry (not "now": Fulcio certificates live ten minutes), the log
 * entry and its SCT check out, the DSSE signature matches, and the identity and issuer are the expected.
 */
export async function checkKeylessSignature(
  bundle: SignatureBundle,
  trust: KeylessTrust,
): Promise<{ signer: string } | { reason: string }> {
  const { bundleFromJSON } = await import('@sigstore/bundle');
  const { TrustedRoot } = await import('@sigstore/protobuf-specs');
  const { toSignedEntity, toTrustMaterial, Verifier } = await import('@sigstore/verify');
  let entity: ReturnType<typeof toSignedEntity>;
  let verifier: InstanceType<typeof Verifier>;
  try {
    entity = toSignedEntity(bundleFromJSON(bundle));
  } catch (error) {
    return { reason: `not a valid Sigstore bundle: ${(error as Error).message}` };
  }
  try {
    verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trust.trustedRoot)), {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 1,
    });
  } catch (error) {
    return { reason: `the trusted root is not usable: ${(error as Error).message}` };
  }
  try {
    const signer = verifier.verify(entity, {
      subjectAlternativeName: trust.identity,
      extensions: { issuer: trust.issuer },
    });
    const identity = signer.identity;
    return {
      signer: `${identity?.subjectAlternativeName ?? trust.identity} (issuer ${identity?.extensions?.issuer ?? trust.issuer})`,
    };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { reason: `keyless verification failed${code ? ` (${code})` : ''}: ${(error as Error).message}` };
  }
}
