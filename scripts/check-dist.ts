// Fails when a committed bundle (actions/<name>/dist, the harness fixture's dist) differs from what the
// source builds to.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './actions.ts';
import { bundles } from './build.ts';

function files(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
      .sort();
  } catch {
    return [];
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'modelgate-dist-'));
const stale: string[] = [];
try {
  for (const bundle of bundles()) {
    const fresh = join(scratch, bundle.dir);
    const committed = join(root, bundle.dir);
    bundle.build(fresh);
    for (const file of new Set([...files(fresh), ...files(committed)])) {
      let same = false;
      try {
        same = readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file)));
      } catch {}
      if (!same) stale.push(`${bundle.dir}/${file}`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (stale.length > 0) {
  console.error(
    `dist is out of date with the source; run \`npm run build\` and commit:\n  ${stale.join('\n  ')}`,
  );
  process.exit(1);
}
console.log('dist matches the source');
