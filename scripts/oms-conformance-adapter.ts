// Speaks the CLI protocol of the OMS conformance suite (sampras343/model-signing-conformance,
// docs/conformance_adapter_cli_protocol.md) by calling modelgate's own signing library.
//   oms-conformance-adapter sign-model --method key --model-path /abs/model --output-bundle /abs/model.sig --private-key /abs/key.pem
//   oms-conformance-adapter verify-model --method key --model-path /abs/model --bundle /abs/model.sig --public-key /abs/key.pub
// Exit 0 on success, 1 on any failure (reason on stderr).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  digestModel,
  loadCertificates,
  loadPrivateKey,
  loadPublicKey,
  parseBundle,
  signStatement,
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

try {
  if (values.method === 'sigstore') throw new Error('method sigstore is not supported by this adapter yet');
  if (command === 'sign-model') {
    const bundlePath = need('output-bundle');
    const statement = await digestModel({
      modelPath: need('model-path'),
      signaturePath: bundlePath,
      ignorePaths: values['ignore-paths'],
    });
    const certificates =
      values.method === 'certificate'
        ? [
            ...loadCertificates('--signing-cert', need('signing-cert')),
            ...(values['cert-chain'] ? loadCertificates('--cert-chain', chainPem()) : []),
          ]
        : undefined;
    writeFileSync(
      bundlePath,
      JSON.stringify(signStatement(statement, loadPrivateKey(need('private-key')), certificates)),
    );
  } else if (command === 'verify-model') {
    const bundlePath = need('bundle');
    const { bundle, statement } = parseBundle(readFileSync(bundlePath, 'utf8'), bundlePath);
    const trust =
      values.method === 'certificate'
        ? { trustAnchors: loadCertificates('--cert-chain', chainPem()) }
        : { publicKey: loadPublicKey('--public-key', need('public-key')) };
    const result = await verifyModel(bundle, statement, trust, {
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
