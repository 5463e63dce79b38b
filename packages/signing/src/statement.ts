// The OMS v1.0 in-toto statement: one resource per file, and the subject digest the spec defines
// (sha256 over the concatenation of the raw resource digests, in the listed order).
import { createHash } from 'node:crypto';

export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const OMS_PREDICATE_TYPE = 'https://model_signing/signature/v1.0';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface Resource {
  name: string;
  algorithm: 'sha256';
  digest: string;
}

export interface OmsStatement {
  _type: typeof IN_TOTO_STATEMENT_TYPE;
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: string;
  predicate: {
    serialization: { method: 'files'; hash_type: 'sha256'; allow_symlinks: boolean; ignore_paths?: string[] };
    resources: Resource[];
  };
}

export function subjectDigest(resources: readonly Resource[]): string {
  const hash = createHash('sha256');
  for (const resource of resources) hash.update(Buffer.from(resource.digest, 'hex'));
  return hash.digest('hex');
}

export function buildStatement(
  modelName: string,
  resources: readonly Resource[],
  serialization: { allowSymlinks: boolean; ignorePaths: readonly string[] },
): OmsStatement {
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [{ name: modelName, digest: { sha256: subjectDigest(resources) } }],
    predicateType: OMS_PREDICATE_TYPE,
    predicate: {
      serialization: {
        method: 'files',
        hash_type: 'sha256',
        allow_symlinks: serialization.allowSymlinks,
        ignore_paths: [...serialization.ignorePaths],
      },
      resources: [...resources],
    },
  };
}
