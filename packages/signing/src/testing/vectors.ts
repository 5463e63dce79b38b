// Where the OMS interoperability vectors are: under MODELGATE_SHARED when set, else shared/vectors/oms beside
// the repository (where CI lays shared/), else the repository's copy in test/vectors/oms, so a fresh clone
// tests alone. Test support only.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const beside = join(root, '..', 'shared', 'vectors', 'oms');
export const OMS_VECTORS = process.env.MODELGATE_SHARED
  ? join(process.env.MODELGATE_SHARED, 'vectors', 'oms')
  : existsSync(beside)
    ? beside
    : join(root, 'test', 'vectors', 'oms');
