import assert from 'node:assert/strict';
import { test } from 'node:test';
import { progressLogger } from './hash.ts';

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
