import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  type CheckResult,
  commonInputs,
  type Finding,
  type Gate,
  type GateContext,
  InputError,
  input,
  UserError,
  writablePath,
} from '@modelgate/core';
import {
  buildEvidenceStatement,
  checkSignature,
  digestModel,
  evidenceFromReport,
  evidenceProblems,
  ignorePathProblem,
  loadCertificates,
  loadPrivateKey,
  loadPublicKey,
  loadTrustedRoot,
  type OmsStatement,
  parseBundle,
  parseSignedBundle,
  progressLogger,
  type SignatureBundle,
  signStatement,
  signStatementKeyless,
  type Trust,
  type VerificationResult,
  verifyModel,
} from '@modelgate/signing';

export const inputs = {
  mode: input.present(input.choice(['sign', 'verify'] as const)),
  'model-path': input.present(input.text()),
  signature: input.text(),
  'ignore-paths': input.list(),
  'allow-symlinks': input.present(input.boolean()),
  'ignore-unsigned-files': input.present(input.boolean()),
  method: input.present(input.choice(['key', 'certificate', 'sigstore'] as const)),
  'private-key': input.secret(input.text()),
  'key-password': input.secret(input.text()),
  'signing-certificate': input.text(),
  'certificate-chain': input.text(),
  'public-key': input.text(),
  identity: input.text(),
  'identity-provider': input.text(),
  'identity-token': input.secret(input.text()),
  'use-staging': input.present(input.boolean()),
  'trusted-root': input.text(),
  'fulcio-url': input.text(),
  'rekor-url': input.text(),
  attest: input.present(input.boolean()),
  evidence: input.list(),
  'require-evidence': input.list(),
  ...commonInputs,
};

/** `model.sig` inside a model folder, beside a single file. */
export function defaultSignaturePath(modelPath: string): string {
  const isFolder = existsSync(modelPath) && statSync(modelPath).isDirectory();
  return isFolder ? path.join(modelPath, 'model.sig') : path.join(path.dirname(modelPath), 'model.sig');
}

/** The evidence bundle travels beside the signature. */
const SIGSTORE_BUNDLE_PREFIX = 'application/vnd.dev.sigstore.bundle';

export const evidencePathOf = (signaturePath: string) => `${signaturePath}.evidence.json`;

/** Bundles this action writes are small JSON; anything larger at the path is certainly something else. */
const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;

/**
 * Signing replaces an earlier signature at its path, and nothing else: a `signature` input that names a
 * model file (or any other file) would otherwise overwrite it and sign the model without it.
 */
function refuseToOverwrite(file: string): void {
  if (!existsSync(file)) return;
  const stat = statSync(file);
  let bundle = false;
  if (stat.isFile() && stat.size <= MAX_BUNDLE_BYTES) {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as { mediaType?: unknown };
      bundle = typeof parsed.mediaType === 'string' && parsed.mediaType.startsWith(SIGSTORE_BUNDLE_PREFIX);
    } catch {
      bundle = false;
    }
  }
  if (!bundle) {
    throw new UserError(
      `signature: ${file} exists and is not a signature bundle; signing would overwrite it (name a new path, or the earlier signature)`,
    );
  }
}

/** sign-model: sign a model's files (OpenSSF Model Signing v1.0), or verify them against a signature. */
export const gate: Gate<typeof inputs> = {
  name: 'sign-model',
  inputs,
  async run(options, context: GateContext) {
    const { log } = context;
    const modelPath = path.resolve(context.workspace, options['model-path']);
    const signature = options.signature
      ? path.resolve(context.workspace, options.signature)
      : defaultSignaturePath(modelPath);
    // Signing writes the signature (and its evidence beside it): never outside the workspace or RUNNER_TEMP.
    const signaturePath = options.mode === 'sign' ? writablePath('signature', signature, context) : signature;
    for (const entry of options['ignore-paths'] ?? []) {
      const problem = ignorePathProblem(modelPath, entry);
      if (problem)
        throw new InputError(
          'ignore-paths',
          `ignore-paths: ${JSON.stringify(entry)} ${problem}; expected a path inside the model, relative to it or absolute, naming one file or folder (globs are not supported)`,
        );
    }
    const digestOptions = {
      modelPath,
      signaturePath,
      // The evidence travels beside the signature, so neither is part of the model.
      ignorePaths: [
        ...(options['ignore-paths'] ?? []).map((p) => path.resolve(modelPath, p)),
        evidencePathOf(signaturePath),
      ],
      allowSymlinks: options['allow-symlinks'],
      onProgress: progressLogger(log, options.mode === 'sign' ? 'signing' : 'verifying'),
    };
    if (options.mode === 'sign') {
      if (options.attest && options.method !== 'sigstore')
        throw new UserError(
          'attest: needs method sigstore (an attestation is signed with the workflow identity)',
        );
      refuseToOverwrite(signaturePath);
      refuseToOverwrite(evidencePathOf(signaturePath));
      const signer = await signerFor(options, context);
      log(`hashing ${modelPath}`);
      const statement = await digestModel(digestOptions);
      writeFileSync(signaturePath, JSON.stringify(await signer(statement)));
      const subject = statement.subject[0] as { name: string; digest: { sha256: string } };
      const reports = (options.evidence ?? []).map((file) => {
        const where = path.resolve(context.workspace, file);
        return evidenceFromReport(readFileOrExplain(where, 'evidence'), file);
      });
      if (reports.length > 0)
        writeFileSync(
          evidencePathOf(signaturePath),
          JSON.stringify(await signer(buildEvidenceStatement(subject, reports))),
        );
      const publishingWarnings: string[] = [];
      const outputs: Record<string, string> = {};
      if (options.attest) {
        const { storeAttestation } = await import('./attestation.ts');
        const stored = await storeAttestation(
          await signer(attestationStatement(statement)),
          options.token || context.env.GITHUB_TOKEN,
          context.env,
        );
        if ('warning' in stored) publishingWarnings.push(stored.warning);
        else {
          outputs['attestation-id'] = String(stored.id);
          log(`stored GitHub artifact attestation ${stored.id}`);
        }
      }
      return {
        result: signedResult(
          statement.predicate.resources,
          subject.digest.sha256,
          reports.map((r) => `${r.action}: ${r.verdict}`),
        ),
        outputs: {
          'signature-path': signaturePath,
          'root-digest': subject.digest.sha256,
          verified: 'false',
          signer: '',
          ...outputs,
        },
        publishingWarnings,
      };
    }

    const trust = trustFrom(options);
    const { bundle, statement } = parseBundle(
      readFileOrExplain(signaturePath, 'signature').toString('utf8'),
      signaturePath,
    );
    log(`verifying ${modelPath} against ${signaturePath}`);
    const verification = await verifyModel(bundle, statement, trust, {
      ...digestOptions,
      ignoreUnsignedFiles: options['ignore-unsigned-files'],
    });
    const required = options['require-evidence'] ?? [];
    if (required.length > 0) {
      const evidencePath = evidencePathOf(signaturePath);
      if (!existsSync(evidencePath))
        verification.reasons.push(`require-evidence: no evidence beside the signature (${evidencePath})`);
      else {
        const evidence = parseSignedBundle(readFileSync(evidencePath, 'utf8'), evidencePath);
        const check = await checkSignature(evidence.bundle, trust);
        if ('reason' in check) verification.reasons.push(`evidence: ${check.reason}`);
        verification.reasons.push(...evidenceProblems(evidence.statement, verification.rootDigest, required));
      }
      verification.verified = verification.reasons.length === 0;
    }
    return {
      result: verifiedResult(verification),
      outputs: {
        'signature-path': signaturePath,
        'root-digest': verification.rootDigest,
        verified: String(verification.verified),
        signer: verification.signer,
      },
    };
  },
};

function requiredFor(value: string | undefined, name: string): string {
  if (!value) throw new UserError(`${name}: required for method certificate`);
  return value;
}

function readFileOrExplain(file: string, inputName: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UserError(
      `${inputName}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      { cause: error },
    );
  }
}

type SignOptions = {
  method: 'key' | 'certificate' | 'sigstore';
  'private-key'?: string;
  'key-password'?: string;
  'signing-certificate'?: string;
  'certificate-chain'?: string;
  'identity-token'?: string;
  'use-staging': boolean;
  'fulcio-url'?: string;
  'rekor-url'?: string;
};

/** How each statement (the model's, the evidence's, the attestation's) gets signed. */
async function signerFor(
  options: SignOptions,
  context: GateContext,
): Promise<(statement: object) => Promise<SignatureBundle>> {
  if (options.method === 'sigstore') {
    // Asked for when the first statement is signed, after hashing: the token is short-lived.
    const identityToken = identityTokenSource(options, context);
    return async (statement) =>
      signStatementKeyless(statement, {
        identityToken: await identityToken(),
        staging: options['use-staging'],
        fulcioURL: options['fulcio-url'] || undefined,
        rekorURL: options['rekor-url'] || undefined,
      });
  }
  const keyText = options['private-key'];
  if (!keyText) throw new UserError(`private-key: required to sign with method ${options.method}`);
  const privateKey = loadPrivateKey(keyText, options['key-password'] || undefined);
  const certificates =
    options.method === 'certificate'
      ? [
          ...loadCertificates(
            'signing-certificate',
            requiredFor(options['signing-certificate'], 'signing-certificate'),
          ),
          ...(options['certificate-chain']
            ? loadCertificates('certificate-chain', options['certificate-chain'])
            : []),
        ]
      : undefined;
  return async (statement) => signStatement(statement, privateKey, certificates);
}

/**
 * identity-token when given (the CLI), else the workflow's OIDC token with audience `sigstore`, fetched
 * once. A job that cannot have one is refused before any hashing.
 */
function identityTokenSource(options: SignOptions, context: GateContext): () => Promise<string> {
  const given = options['identity-token'];
  if (given) return async () => given;
  if (!context.env.ACTIONS_ID_TOKEN_REQUEST_URL)
    throw new UserError(
      'identity-token: method sigstore needs an OIDC identity token; in a workflow give the job `permissions: id-token: write`, elsewhere pass identity-token',
    );
  let token: Promise<string> | undefined;
  return () => {
    token ??= (async () => {
      const core = await import('@actions/core');
      try {
        // getIDToken masks the token it returns.
        return await core.getIDToken('sigstore');
      } catch (error) {
        throw new UserError(
          `method sigstore: could not get the workflow's OIDC token (does the job have \`permissions: id-token: write\`?): ${(error as Error).message}`,
          { cause: error },
        );
      }
    })();
    return token;
  };
}

/**
 * The statement stored as a GitHub artifact attestation: one subject per model file, so
 * `gh attestation verify <file> --predicate-type https://model_signing/signature/v1.0` finds it by the
 * file's own sha256 (the OMS subject is the digest of digests, which no file has).
 */
export function attestationStatement(statement: OmsStatement): object {
  return {
    _type: statement._type,
    subject: statement.predicate.resources.map((r) => ({
      name: r.name === '.' ? (statement.subject[0]?.name ?? r.name) : r.name,
      digest: { sha256: r.digest },
    })),
    predicateType: statement.predicateType,
    predicate: statement.predicate,
  };
}

function trustFrom(options: {
  method: string;
  'public-key'?: string;
  'certificate-chain'?: string;
  identity?: string;
  'identity-provider'?: string;
  'trusted-root'?: string;
  'use-staging': boolean;
}): Trust {
  if (options.method === 'sigstore') {
    if (!options.identity)
      throw new UserError(
        "identity: required to verify with method sigstore (the signer's email or workflow URI)",
      );
    if (!options['identity-provider'])
      throw new UserError(
        'identity-provider: required to verify with method sigstore (the OIDC issuer, e.g. https://token.actions.githubusercontent.com)',
      );
    return {
      keyless: {
        trustedRoot: loadTrustedRoot({
          trustedRootPath: options['trusted-root'] || undefined,
          staging: options['use-staging'],
        }),
        identity: options.identity,
        issuer: options['identity-provider'],
      },
    };
  }
  if (options.method === 'key') {
    if (!options['public-key']) throw new UserError('public-key: required to verify with method key');
    return { publicKey: loadPublicKey('public-key', options['public-key']) };
  }
  if (!options['certificate-chain'])
    throw new UserError('certificate-chain: required (trust anchors) to verify with method certificate');
  return { trustAnchors: loadCertificates('certificate-chain', options['certificate-chain']) };
}

function signedResult(
  resources: readonly { name: string; digest: string }[],
  rootDigest: string,
  evidence: string[],
): CheckResult {
  return {
    summary: `Signed ${resources.length} file(s); model digest sha256:${rootDigest}.${evidence.length ? ` Evidence attested: ${evidence.join(', ')}.` : ''}`,
    findings: [],
    metrics: { files: resources.length, 'root-digest': rootDigest, evidence },
    tables: [
      {
        id: 'signed-files',
        title: 'Signed files',
        columns: [
          { name: 'File', kind: 'text' },
          { name: 'sha256', kind: 'text' },
        ],
        rows: resources.map((r) => [r.name, r.digest]),
      },
    ],
    charts: [],
  };
}

function verifiedResult(v: VerificationResult): CheckResult {
  const findings: Finding[] = v.reasons.map((message) => ({
    check: 'signature',
    severity: 'error',
    message,
  }));
  return {
    summary: v.verified
      ? `Verified: ${v.files.length} file(s) match the signature by ${v.signer}.`
      : `Not verified: ${v.reasons[0]}`,
    findings,
    metrics: {
      verified: v.verified,
      'root-digest': v.rootDigest,
      signer: v.signer,
      modified: v.files.filter((f) => f.status === 'modified').length,
      added: v.files.filter((f) => f.status === 'added').length,
      missing: v.files.filter((f) => f.status === 'missing').length,
    },
    tables: [
      {
        id: 'files',
        title: 'Files',
        columns: [
          { name: 'File', kind: 'text' },
          { name: 'Result', kind: 'status' },
          { name: 'Change', kind: 'text' },
          { name: 'Signed sha256', kind: 'text' },
          { name: 'Actual sha256', kind: 'text' },
        ],
        rows: v.files.map((f) => [
          f.name,
          f.status === 'verified' ? 'pass' : 'fail',
          f.status,
          f.signedDigest,
          f.actualDigest,
        ]),
      },
    ],
    charts: [],
  };
}
