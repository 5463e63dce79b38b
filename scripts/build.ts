// Bundles each action (src/index.ts and everything it imports) into actions/<name>/dist/ with
// @vercel/ncc, so `uses:` runs it without an install. Usage: build.ts [outRoot] — outRoot defaults to the
// repository's actions/; check-dist.ts builds into a temporary folder and compares.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { actionNames, binPath, root } from './actions.ts';

function ncc(entry: string, outDir: string): void {
  const args = ['build', entry, '-o', outDir, '--license', 'licenses.txt', '--quiet'];
  const result = spawnSync(binPath('ncc'), args, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) throw new Error(`ncc failed for ${entry}`);
}

export function buildAction(name: string, outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  ncc(join(root, 'actions', name, 'src', 'index.ts'), outDir);
  // readTables' worker threads run this small bundle of the readers instead of the whole action bundle,
  // which saves memory per worker (see packages/core/src/data/parallel.ts).
  ncc(
    join(root, 'packages', 'core', 'src', 'data', 'read-table-worker.ts'),
    join(outDir, 'read-table-worker'),
  );
}

if (import.meta.main) {
  const outRoot = process.argv[2] ?? join(root, 'actions');
  for (const name of actionNames()) {
    buildAction(name, join(outRoot, name, 'dist'));
    console.log(`built ${name}`);
  }
}
