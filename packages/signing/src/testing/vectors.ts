// Where the OMS interoperability vectors are: shared/vectors/oms beside the repository (CI lays shared/
// there), or under MODELGATE_SHARED. Test support only.
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..', '..');
export const OMS_VECTORS = join(process.env.MODELGATE_SHARED ?? join(root, '..', 'shared'), 'vectors', 'oms');
