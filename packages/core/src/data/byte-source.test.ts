import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blockSize, fileBlocks } from './byte-source.ts';
import { scratchFolder } from './test-support.ts';

const folder = scratchFolder();

describe('fileBlocks', () => {
  it('reads a little first, then doubles up to the block size, and hands over every byte once', async () => {
    // About 11 MB: reads of 256 KB, 512 KB, 1 MB, 2 MB, then whole blocks.
    const line = (k: number) => `${k},${'x'.repeat(k % 100)}\n`;
    const text = Array.from({ length: 200_000 }, (_, k) => line(k)).join('');
    const file = folder.file('lines.csv', text);
    const ends: number[] = [];
    let seen = '';
    for await (const block of fileBlocks(file, false)) {
      ends.push(block.end);
      // Whole lines only, as a parser takes them; the rest comes again at the front of the next block.
      const bytes = block.bytes.subarray(0, block.end);
      block.consumed = block.atEnd ? block.end : bytes.lastIndexOf(0x0a) + 1;
      seen += Buffer.from(bytes.subarray(0, block.consumed)).toString('utf8');
    }
    assert.equal(seen, text);
    assert.deepEqual(
      ends.slice(0, -1),
      ends.slice(0, -1).map((_, i) => Math.min(256 * 1024 * 2 ** i, blockSize.bytes)),
    );
    assert.ok(ends.length >= 6, `${ends}`);
    assert.ok((ends.at(-1) ?? 0) <= blockSize.bytes);
  });

  it('grows the buffer for a record longer than a read', async () => {
    const long = `${'y'.repeat(600 * 1024)}\n`;
    const file = folder.file('long.csv', `a\n${long}b\n`);
    let seen = '';
    for await (const block of fileBlocks(file, false)) {
      const bytes = block.bytes.subarray(0, block.end);
      block.consumed = block.atEnd ? block.end : bytes.lastIndexOf(0x0a) + 1;
      seen += Buffer.from(bytes.subarray(0, block.consumed)).toString('utf8');
    }
    assert.equal(seen, `a\n${long}b\n`);
  });
});
