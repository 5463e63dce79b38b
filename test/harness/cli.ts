/** Runs modelgate's CLI as a user runs it in a terminal: no colours, not inside GitHub Actions. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `modelgate ...args` in `cwd` (default the repository root), with `input` on its standard input. */
export function runCli(args: readonly string[], cwd = ROOT, input?: string): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'modelgate.ts'), ...args], {
    cwd,
    input,
    maxBuffer: 1 << 26,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
