// Speaks the CLI protocol of the OMS conformance suite (sampras343/model-signing-conformance,
// docs/conformance_adapter_cli_protocol.md) by calling modelgate's own signing library.
//   oms-conformance-adapter sign-model --method key --model-path /abs/model --output-bundle /abs/model.sig --private-key /abs/key.pem
//   oms-conformance-adapter verify-model --method key --model-path /abs/model --bundle /abs/model.sig --public-key /abs/key.pub
//   oms-conformance-adapter sign-model --method sigstore --model-path /abs/model --output-bundle /abs/model.sig --identity-token TOKEN
//   oms-conformance-adapter verify-model --method sigstore --model-path /abs/model --bundle /abs/model.sig --identity ID --identity-provider ISSUER
// Keyless signing talks to Sigstore public-good (staging with --use-staging) unless MODELGATE_FULCIO_URL and
// MODELGATE_REKOR_URL name other instances; keyless verification is offline, against the public-good root
// shipped with modelgate or the trusted_root.json that MODELGATE_TRUSTED_ROOT names (needed for staging).
// Exit 0 on success, 1 on any failure (reason on stderr).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  digestModel,
  loadCertificates,
  loadPrivateKey,
  loadPublicKey,
  loadTrustedRoot,
  parseBundle,
  signStatement,
  signStatementKeyless,
  type Trust,
  verifyModel,
} from '../packages/signing/src/index.ts';

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    method: { type: 'string' },
    'model-path': { type: 'string' },
    'output-bundle': { type: 'string' },
    bundle: { type: 'string' },
    'private-key': { type: 'string' },
    'public-key': { type: 'string' },
    'signing-cert': { type: 'string' },
    'cert-chain': { type: 'string', multiple: true },
    'ignore-paths': { type: 'string', multiple: true },
    'ignore-unsigned-files': { type: 'boolean' },
    'identity-token': { type: 'string' },
    identity: { type: 'string' },
    'identity-provider': { type: 'string' },
    'use-staging': { type: 'boolean' },
  },
  strict: true,
});

function need(name: keyof typeof values): string {
  const value = values[name];
  if (typeof value !== 'string') throw new Error(`--${name} is required`);
  return value;
}

const chainPem = () => (values['cert-chain'] ?? []).map((file) => readFileSync(file, 'utf8')).join('\n');

async function sign(statement: object): Promise<object> {
  if (values.method === 'sigstore')
    return signStatementKeyless(statement, {
      identityToken: need('identity-token'),
      staging: values['use-staging'] ?? false,
      fulcioURL: process.env.MODELGATE_FULCIO_URL || undefined,
      rekorURL: process.env.MODELGATE_REKOR_URL || undefined,
    });
  const certificates =
    values.method === 'certificate'
      ? [
          ...loadCertificates('--signing-cert', need('signing-cert')),
          ...(values['cert-chain'] ? loadCertificates('--cert-chain', chainPem()) : []),
        ]
      : undefined;
  return signStatement(statement, loadPrivateKey(need('private-key')), certificates);
}

function trust(): Trust {
  if (values.method === 'sigstore')
    return {
      keyless: {
        trustedRoot: loadTrustedRoot({
          trustedRootPath: process.env.MODELGATE_TRUSTED_ROOT || undefined,
          staging: values['use-staging'] ?? false,
        }),
        identity: need('identity'),
        issuer: need('identity-provider'),
      },
    };
  if (values.method === 'certificate') return { trustAnchors: loadCertificates('--cert-chain', chainPem()) };
  return { publicKey: loadPublicKey('--public-key', need('public-key')) };
}

try {
  if (command === 'sign-model') {
    const bundlePath = need('output-bundle');
    const statement = await digestModel({
      modelPath: need('model-path'),
      signaturePath: bundlePath,
      ignorePaths: values['ignore-paths'],
    });
    writeFileSync(bundlePath, JSON.stringify(await sign(statement)));
  } else if (command === 'verify-model') {
    const bundlePath = need('bundle');
    const { bundle, statement } = parseBundle(readFileSync(bundlePath, 'utf8'), bundlePath);
    const result = await verifyModel(bundle, statement, trust(), {
      modelPath: need('model-path'),
      signaturePath: bundlePath,
      ignorePaths: values['ignore-paths'],
      ignoreUnsignedFiles: values['ignore-unsigned-files'] ?? false,
    });
    if (!result.verified) throw new Error(result.reasons.join('; '));
  } else {
    throw new Error(`unknown command ${JSON.stringify(command)}: expected sign-model or verify-model`);
  }
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
