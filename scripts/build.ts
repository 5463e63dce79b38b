// Bundles each action (src/index.ts and everything it imports) into actions/<name>/dist/index.js with
// @vercel/ncc, so `uses:` runs it without an install. Usage: build.ts [outRoot] — outRoot defaults to the
// repository; check-dist.ts builds into a temporary folder and compares.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { actionNames, binPath, root } from './actions.ts';

export function buildAction(name: string, outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(
    binPath('ncc'),
    [
      'build',
      join(root, 'actions', name, 'src', 'index.ts'),
      '-o',
      outDir,
      '--license',
      'licenses.txt',
      '--quiet',
    ],
    { stdio: 'inherit', cwd: root },
  );
  if (result.status !== 0) throw new Error(`ncc failed for ${name}`);
}

if (import.meta.main) {
  const outRoot = process.argv[2] ?? join(root, 'actions');
  for (const name of actionNames()) {
    buildAction(name, join(outRoot, name, 'dist'));
    console.log(`built ${name}`);
  }
}
