// Fulcio and Rekor fakes on 127.0.0.1 (from @sigstore/mock, as sigstore-js tests itself) and the trusted
// root that matches them, so keyless signing and verification are tested end to end without a network.
// Test support only: not part of the package's API.
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import mock from '@sigstore/mock';

export interface FakeSigstore {
  /** Base URL of both Fulcio (/api/v2/signingCert) and Rekor (/api/v1/log/entries). */
  url: string;
  /** A trusted_root.json for the fakes' CA, CT log and transparency log. */
  trustedRoot: object;
  /**
   * What a runner puts in ACTIONS_ID_TOKEN_REQUEST_URL: answers @actions/core's getIDToken with
   * fakeIdentityToken(), as the Actions OIDC provider answers a job with `id-token: write`.
   */
  oidcRequestURL: string;
  /** Requests served, by path (with the query for the OIDC endpoint). */
  requests: string[];
  close(): Promise<void>;
}

export const FAKE_ISSUER = 'https://token.actions.githubusercontent.com';
export const FAKE_IDENTITY = 'https://github.com/octo/models/.github/workflows/release.yml@refs/heads/main';

/** An unsigned JWT as Fulcio's fake reads it (it checks no signature): sub becomes the SAN, iss the issuer. */
export function fakeIdentityToken(
  claims: { sub?: string; iss?: string } = {},
  audience = 'sigstore',
): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({
    iss: claims.iss ?? FAKE_ISSUER,
    sub: claims.sub ?? FAKE_IDENTITY,
    aud: audience,
    exp: Math.floor(Date.now() / 1000) + 600,
  })}.`;
}

const der = (key: KeyObject) => key.export({ type: 'spki', format: 'der' });
const keyId = (key: KeyObject) => createHash('sha256').update(der(key)).digest('base64');
const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * The fake Rekor logs a proposed dsse entry as proposed; the real one stores the hashed form (payload and
 * envelope hashes, signatures with their verifiers), which is what verifiers compare a bundle with.
 */
function canonicalDsseEntry(proposed: {
  kind?: string;
  apiVersion?: string;
  spec?: { proposedContent?: { envelope: string; verifiers: string[] } };
}): object {
  const content = proposed.spec?.proposedContent;
  if (proposed.kind !== 'dsse' || !content) return proposed;
  const envelope = JSON.parse(content.envelope) as { payload: string; signatures: { sig: string }[] };
  return {
    apiVersion: proposed.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256Hex(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256Hex(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((s, i) => ({ signature: s.sig, verifier: content.verifiers[i] })),
    },
  };
}

export async function startFakeSigstore(): Promise<FakeSigstore> {
  const pair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const [caKeys, ctKeys, tlogKeys] = [pair(), pair(), pair()];
  const ca = await mock.initializeCA(caKeys, await mock.initializeCTLog(ctKeys));
  const requests: string[] = [];
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tlog = await mock.initializeTLog(url, tlogKeys);
  const fulcio = mock.fulcioHandler(ca);
  const rekor = mock.rekorHandler(tlog);
  server.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      requests.push(req.url ?? '');
      let body = Buffer.concat(chunks).toString('utf8');
      if (req.url?.startsWith('/oidc/token?')) {
        const audience = new URL(req.url, url).searchParams.get('audience') ?? undefined;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ value: fakeIdentityToken({}, audience) }));
        return;
      }
      const handler = req.url === fulcio.path ? fulcio : req.url === rekor.path ? rekor : undefined;
      if (!handler) {
        res.writeHead(404).end();
        return;
      }
      if (handler === rekor) body = JSON.stringify(canonicalDsseEntry(JSON.parse(body)));
      const answer = await handler.fn(body);
      res.writeHead(answer.statusCode, { 'content-type': answer.contentType ?? 'text/plain' });
      res.end(answer.response);
    });
  });
  const since = { start: '2000-01-01T00:00:00Z' };
  const log = (key: KeyObject) => ({
    baseUrl: url,
    hashAlgorithm: 'SHA2_256',
    publicKey: {
      rawBytes: der(key).toString('base64'),
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      validFor: since,
    },
    logId: { keyId: keyId(key) },
  });
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [log(tlogKeys.publicKey)],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: url,
        certChain: {
          certificates: [
            {
              rawBytes: Buffer.from(
                ca.rootCertificate.buffer,
                ca.rootCertificate.byteOffset,
                ca.rootCertificate.byteLength,
              ).toString('base64'),
            },
          ],
        },
        validFor: since,
      },
    ],
    ctlogs: [log(ctKeys.publicKey)],
    timestampAuthorities: [],
  };
  return {
    url,
    trustedRoot,
    oidcRequestURL: `${url}/oidc/token?api-version=2.0`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
