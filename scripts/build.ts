// Bundles each action (src/index.ts and everything it imports) into actions/<name>/dist/ with
// @vercel/ncc, so `uses:` runs it without an install; likewise the harness's fixture action. Usage:
// build.ts [outRoot] [--only name,...] — outRoot defaults to the repository; --only builds just those
// actions' bundles (while working on one); check-dist.ts builds into a temporary folder and compares.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { actionNames, binPath, root } from './actions.ts';

/** A committed bundle: its folder (relative to the repository) and how it is built. */
export interface Bundle {
  dir: string;
  build: (outDir: string) => void;
}

function ncc(entry: string, outDir: string, minify = false): void {
  const args = [
    'build',
    entry,
    '-o',
    outDir,
    '--license',
    'licenses.txt',
    '--quiet',
    ...(minify ? ['-m'] : []),
  ];
  const result = spawnSync(binPath('ncc'), args, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) throw new Error(`ncc failed for ${entry}`);
}

export function bundles(): Bundle[] {
  const actions = actionNames().map((name) => ({
    dir: `actions/${name}/dist`,
    build: (outDir: string) => {
      ncc(join(root, 'actions', name, 'src', 'index.ts'), outDir);
      // The data-reading worker threads run this small bundle of the readers (see
      // packages/core/src/data/worker-protocol.ts).
      ncc(join(root, 'packages/core/src/data/read-table-worker.ts'), join(outDir, 'read-table-worker'));
    },
  }));
  const fixture = {
    dir: 'test/harness/fixture-action/dist',
    build: (outDir: string) => ncc(join(root, 'test/harness/fixture-action/src/index.ts'), outDir, true),
  };
  return [...actions, fixture];
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf('--only');
  const only = onlyAt === -1 ? undefined : args.splice(onlyAt, 2)[1]?.split(',');
  const outRoot = args[0] ?? root;
  const chosen = bundles().filter((b) => !only || only.some((name) => b.dir === `actions/${name}/dist`));
  if (chosen.length === 0) throw new Error(`no bundle named ${only?.join(', ')}`);
  for (const bundle of chosen) {
    const outDir = join(outRoot, bundle.dir);
    rmSync(outDir, { recursive: true, force: true });
    bundle.build(outDir);
    console.log(`built ${bundle.dir}`);
  }
}
