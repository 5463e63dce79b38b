/** What the end-to-end test files share: fake GitHub servers that close with the file, and a checkout. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FakeGitHub, type FakeGitHubOptions } from './fake-github.ts';

/** A starter of FakeGitHub servers (with `defaults` unless told otherwise), all closed after the file's tests. */
export function fakeGitHubs(
  defaults: FakeGitHubOptions = {},
): (options?: FakeGitHubOptions) => Promise<FakeGitHub> {
  const started: FakeGitHub[] = [];
  after(async () => {
    for (const fake of started) await fake.close();
  });
  return async (options = defaults) => {
    const fake = await FakeGitHub.start(options);
    started.push(fake);
    return fake;
  };
}

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

/** A fresh repository checkout holding the embedded example under examples/, as actions/checkout leaves it. */
export function exampleWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-workspace-'));
  cpSync(EXAMPLES, join(dir, 'examples'), { recursive: true });
  return dir;
}
