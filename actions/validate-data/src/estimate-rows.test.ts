import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { estimateRows } from './estimate-rows.ts';

const dir = mkdtempSync(join(tmpdir(), 'modelgate-estimate-rows-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('estimateRows', () => {
  it('counts the lines of a file smaller than its sample exactly', () => {
    const path = join(dir, 'small.csv');
    writeFileSync(path, 'a,b\n1,2\n3,4\n');
    assert.equal(estimateRows([path]), 3);
  });

  it('scales the sample to the size of a larger file, and adds the files up', () => {
    const path = join(dir, 'large.csv');
    // 62,500 lines of 16 bytes: 1,000,000 bytes, about four times the sample.
    writeFileSync(path, '123456789012345\n'.repeat(62_500));
    assert.equal(estimateRows([path]), 62_500);
    assert.equal(estimateRows([path, path]), 125_000);
  });

  it('counts nothing for compressed or Parquet files, folders and missing paths', () => {
    assert.equal(
      estimateRows([join(dir, 'x.csv.gz'), join(dir, 'x.parquet'), dir, join(dir, 'none.csv')]),
      0,
    );
  });
});
