/**
 * Where the DataSketches compatibility vectors are: shared/vectors/datasketches beside the repository
 * (CI lays shared/ there), or MODELGATE_SHARED. Test support only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../..', import.meta.url).pathname;
const shared = process.env.MODELGATE_SHARED ?? join(root, '..', 'shared');
export const VECTORS = join(shared, 'vectors', 'datasketches');

export const SIZES = [0, 1, 10, 100, 1000, 10000, 100000, 1000000];

export function vector(language: 'cpp' | 'java', name: string): Uint8Array {
  const path = join(VECTORS, language, `${name}_${language}.sk`);
  if (!existsSync(path)) {
    throw new Error(
      `DataSketches vector ${path} is missing: shared/ must lie beside the repository, or set MODELGATE_SHARED`,
    );
  }
  return new Uint8Array(readFileSync(path));
}

export function hasVector(language: 'cpp' | 'java', name: string): boolean {
  return existsSync(join(VECTORS, language, `${name}_${language}.sk`));
}
