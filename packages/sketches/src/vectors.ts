/**
 * Where the DataSketches compatibility vectors are: under MODELGATE_SHARED when set, else
 * shared/vectors/datasketches beside the repository (where CI lays shared/), else the repository's copy in
 * test/vectors/datasketches, so a fresh clone tests alone. Test support only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../..', import.meta.url).pathname;
const beside = join(root, '..', 'shared', 'vectors', 'datasketches');
export const VECTORS = process.env.MODELGATE_SHARED
  ? join(process.env.MODELGATE_SHARED, 'vectors', 'datasketches')
  : existsSync(beside)
    ? beside
    : join(root, 'test', 'vectors', 'datasketches');

export const SIZES = [0, 1, 10, 100, 1000, 10000, 100000, 1000000];

export function vector(language: 'cpp' | 'java', name: string): Uint8Array {
  const path = join(VECTORS, language, `${name}_${language}.sk`);
  if (!existsSync(path)) {
    throw new Error(
      `DataSketches vector ${path} is missing: the repository's test/vectors, shared/ beside the repository or MODELGATE_SHARED must hold it`,
    );
  }
  return new Uint8Array(readFileSync(path));
}

export function hasVector(language: 'cpp' | 'java', name: string): boolean {
  return existsSync(join(VECTORS, language, `${name}_${language}.sk`));
}
