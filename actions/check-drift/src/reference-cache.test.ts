import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cachedReference, referenceKey } from './reference-cache.ts';

function csv(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-cache-'));
  const file = join(dir, 'reference.csv');
  writeFileSync(file, text);
  return file;
}

describe('reference cache', () => {
  it('keys the summary by the content of the files and by what shapes the summary', async () => {
    const a = csv('x,y\n1,a\n2,b\n');
    const same = csv('x,y\n1,a\n2,b\n');
    const changed = csv('x,y\n1,a\n3,b\n');
    const key = await referenceKey([a], {}, []);
    assert.match(key, /^modelgate-drift-reference-v\d+-[0-9a-f]{64}$/);
    assert.notEqual(await referenceKey([changed], {}, []), key, 'one changed byte, another key');
    assert.notEqual(await referenceKey([a], { columnTypes: { x: 'category' } }, []), key);
    assert.notEqual(await referenceKey([a], {}, ['y']), key);
    // The path is part of the key (a glob can match other files), so only the same path repeats a key.
    assert.equal(await referenceKey([a], {}, []), key);
    assert.notEqual(await referenceKey([same], {}, []), key);
  });

  it('reads the reference when the Actions cache is not available, and says so', async () => {
    const file = csv('x,y\n1,a\n2,b\n');
    const logged: string[] = [];
    const saved = { url: process.env.ACTIONS_CACHE_URL, results: process.env.ACTIONS_RESULTS_URL };
    delete process.env.ACTIONS_CACHE_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    try {
      const reference = await cachedReference([file], {}, [], {
        log: (m) => logged.push(m),
        workspace: tmpdir(),
        env: {},
      });
      assert.ok('rowCount' in reference && reference.rowCount === 2);
      assert.match(logged.join('\n'), /cache is not available here; reading the reference/);
    } finally {
      if (saved.url !== undefined) process.env.ACTIONS_CACHE_URL = saved.url;
      if (saved.results !== undefined) process.env.ACTIONS_RESULTS_URL = saved.results;
    }
  });
});
