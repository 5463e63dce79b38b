import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { UserError } from '@modelgate/core';
import { ignorePathProblem, listModelFiles } from './model-files.ts';

function model(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'model-files-'));
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'weights.bin'), 'w');
  writeFileSync(path.join(dir, 'sub/part.bin'), 'p');
  return dir;
}

describe('ignorePathProblem', () => {
  test('a path leading outside the model, or naming the model itself, is refused', () => {
    const dir = model();
    for (const entry of ['../x', '/etc/passwd', 'sub/../../x', '..'])
      assert.equal(ignorePathProblem(dir, entry), 'leads outside the model', entry);
    for (const entry of ['.', dir, 'sub/..'])
      assert.equal(ignorePathProblem(dir, entry), 'names the model itself, not a path inside it', entry);
    rmSync(dir, { recursive: true });
  });

  test('a glob pattern is refused, unless a file of that very name exists', () => {
    const dir = model();
    for (const entry of ['sub/*', '*.tmp', 'a?b', '[ab]', '**/x', 'x.{a,b}'])
      assert.equal(ignorePathProblem(dir, entry), 'is a glob pattern', entry);
    writeFileSync(path.join(dir, 'a?b'), 'literal');
    assert.equal(ignorePathProblem(dir, 'a?b'), undefined);
    rmSync(dir, { recursive: true });
  });

  test('a path inside the model is accepted, whether or not it exists; so is a name starting with ..', () => {
    const dir = model();
    for (const entry of [
      'sub',
      'sub/part.bin',
      './weights.bin',
      path.join(dir, 'sub'),
      'optional.txt',
      '..cache',
    ])
      assert.equal(ignorePathProblem(dir, entry), undefined, entry);
    rmSync(dir, { recursive: true });
  });
});

describe('listModelFiles refuses a symbolic link loop, naming the link', () => {
  const refusal = async (dir: string, allowSymlinks: boolean): Promise<string> => {
    try {
      await listModelFiles(dir, { allowSymlinks });
    } catch (error) {
      assert.ok(error instanceof UserError, String(error));
      return error.message;
    }
    assert.fail('expected the listing to be refused');
  };

  for (const allowSymlinks of [true, false]) {
    test(`a link to the model folder (allow-symlinks ${allowSymlinks})`, async () => {
      const dir = model();
      symlinkSync('..', path.join(dir, 'sub/up'));
      assert.equal(
        await refusal(dir, allowSymlinks),
        'model file sub/up is a symbolic link loop: it leads back to the model folder, which holds it',
      );
      rmSync(dir, { recursive: true });
    });

    test(`a link to its own folder, and one to a folder above the model (allow-symlinks ${allowSymlinks})`, async () => {
      const dir = model();
      symlinkSync('.', path.join(dir, 'sub/here'));
      assert.equal(
        await refusal(dir, allowSymlinks),
        'model file sub/here is a symbolic link loop: it leads back to the folder sub, which holds it',
      );
      rmSync(path.join(dir, 'sub/here'));
      symlinkSync('../..', path.join(dir, 'sub/top'));
      assert.equal(
        await refusal(dir, allowSymlinks),
        'model file sub/top is a symbolic link loop: it leads to a folder that holds the model',
      );
      rmSync(dir, { recursive: true });
    });

    test(`a link to itself (allow-symlinks ${allowSymlinks})`, async () => {
      const dir = model();
      symlinkSync('self', path.join(dir, 'self'));
      assert.equal(
        await refusal(dir, allowSymlinks),
        'model file self is a symbolic link loop: it leads, link by link, back to itself',
      );
      rmSync(dir, { recursive: true });
    });
  }

  test('two folders linking to each other (allow-symlinks true)', async () => {
    const dir = model();
    mkdirSync(path.join(dir, 'other'));
    symlinkSync('../other', path.join(dir, 'sub/to-other'));
    symlinkSync('../sub', path.join(dir, 'other/to-sub'));
    assert.match(
      await refusal(dir, true),
      /^model file (sub\/to-other\/to-sub|other\/to-sub\/to-other) is a symbolic link loop: it leads back to the folder (sub|other), which holds it$/,
    );
    rmSync(dir, { recursive: true });
  });

  test('a link to a sibling folder is no loop, and is followed', async () => {
    const dir = model();
    symlinkSync('sub', path.join(dir, 'alias'));
    const listing = await listModelFiles(dir, { allowSymlinks: true });
    assert.deepEqual(
      listing.files.map((f) => f.name),
      ['alias/part.bin', 'sub/part.bin', 'weights.bin'],
    );
    rmSync(dir, { recursive: true });
  });
});
