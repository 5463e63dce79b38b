import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { UserError } from '@modelgate/core';
import { hashFiles, progressLogger } from './hash.ts';

const MiB = 1024 * 1024;

test('a large model in few files is logged by bytes, once per tenth', () => {
  const lines: string[] = [];
  const progress = progressLogger((line) => lines.push(line), 'verifying');
  const sizes = [1024, 1024, 512, 512].map((m) => m * MiB);
  let bytesDone = 0;
  sizes.forEach((size, i) => {
    bytesDone += size;
    progress({ filesDone: i + 1, filesTotal: 4, bytesDone, bytesTotal: 3072 * MiB });
  });
  assert.deepEqual(lines, [
    'verifying: hashed 1 of 4 files (1024 of 3072 MiB)',
    'verifying: hashed 2 of 4 files (2048 of 3072 MiB)',
    'verifying: hashed 3 of 4 files (2560 of 3072 MiB)',
    'verifying: hashed 4 of 4 files (3072 of 3072 MiB)',
  ]);
});

test('a small model logs nothing', () => {
  const lines: string[] = [];
  const progress = progressLogger((line) => lines.push(line), 'signing');
  progress({ filesDone: 1, filesTotal: 2, bytesDone: 10, bytesTotal: 20 });
  progress({ filesDone: 2, filesTotal: 2, bytesDone: 20, bytesTotal: 20 });
  assert.deepEqual(lines, []);
});

test('hashFiles agrees with sha256 for empty, small and multi-buffer files, in the order given', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hash-'));
  try {
    const contents = [Buffer.alloc(0), Buffer.from('abc'), randomBytes(MiB * 2 + 17), randomBytes(MiB)];
    const files = contents.map((bytes, i) => {
      const file = path.join(dir, `f${i}`);
      writeFileSync(file, bytes);
      return file;
    });
    const expected = contents.map((bytes) => createHash('sha256').update(bytes).digest('hex'));
    assert.deepEqual(await hashFiles(files, { threads: 2 }), expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file that cannot be read is one clear input error naming it', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hash-'));
  try {
    const missing = path.join(dir, 'gone.bin');
    await assert.rejects(
      hashFiles([missing]),
      (error: unknown) => error instanceof UserError && (error as Error).message.includes('gone.bin'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
