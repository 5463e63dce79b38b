import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { DataError } from './core.ts';
import { DuplicateTracker } from './duplicate-tracker.ts';
import { SpillArea } from './key-spill.ts';
import type { KeyColumn } from './row-hash.ts';
import type { RowRef } from './row-ref.ts';

const root = mkdtempSync(join(tmpdir(), 'modelgate-spill-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Chunks of rows, each row the cells of its key columns (NaN is missing). */
type Stream = number[][][];

interface Run {
  duplicates: number;
  groups: number;
  examples: { row: RowRef; first: RowRef }[];
}

/** Tracks `stream` (chunk c, row r at place c, r + 1); examples from `onDuplicate`, then from finish. */
function track(
  stream: Stream,
  ignoreMissing: boolean,
  maxExamples: number,
  area?: SpillArea,
  expectedKeys?: number,
): Run {
  const tracker = new DuplicateTracker({ ignoreMissing, area, maxExamples, expectedKeys });
  const examples: Run['examples'] = [];
  stream.forEach((rows, c) => {
    const width = rows[0]?.length ?? 0;
    const keys: KeyColumn[] = Array.from({ length: width }, (_, k) =>
      k % 2
        ? { kind: 'numeric', values: Float64Array.from(rows, (r) => r[k]) }
        : { kind: 'codes', codes: Int32Array.from(rows, (r) => (Number.isNaN(r[k]) ? -1 : r[k])) },
    );
    const places = { file: () => c, line: (row: number) => row + 1 };
    tracker.add(keys, rows.length, places, (row, first) => {
      if (examples.length < maxExamples) examples.push({ row: { file: c, line: row + 1 }, first });
    });
  });
  for (const late of tracker.finish()) if (examples.length < maxExamples) examples.push(late);
  return { ...tracker.counts, examples };
}

/** A stream of `chunks` chunks of rows with `width` cells drawn from `values` (NaN among them). */
function stream(values: number, width: number, maxRows: number): fc.Arbitrary<Stream> {
  const cell = fc.oneof(fc.integer({ min: 0, max: values - 1 }), fc.constant(Number.NaN));
  const row = fc.array(cell, { minLength: width, maxLength: width });
  return fc.array(fc.array(row, { maxLength: maxRows }), { minLength: 1, maxLength: 6 });
}

describe('DuplicateTracker sized up front', () => {
  it('counts and finds what a tracker that grows finds, for any estimate and budget', () => {
    fc.assert(
      fc.property(
        stream(40, 2, 80),
        fc.boolean(),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom(400, 4000, Number.POSITIVE_INFINITY),
        (data, ignoreMissing, expectedKeys, budget) => {
          const area = new SpillArea(budget, root);
          try {
            const sized = track(data, ignoreMissing, 10, area, expectedKeys);
            assert.deepEqual(sized, track(data, ignoreMissing, 10));
          } finally {
            area.close();
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('DuplicateTracker past its memory budget', () => {
  it('counts and finds the examples an unlimited tracker finds, for any budget', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 }).chain((width) => stream(12, width, 60)),
        fc.boolean(),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom(0, 400, 800, 2000),
        (data, ignoreMissing, maxExamples, budget) => {
          const area = new SpillArea(budget, root);
          try {
            const spilled = track(data, ignoreMissing, maxExamples, area);
            assert.deepEqual(spilled, track(data, ignoreMissing, maxExamples));
          } finally {
            area.close();
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('splits a partition that outgrows the budget again, with the same result', () => {
    // 6,000 distinct keys, each repeated once later: about 94 per partition, over the budget's 12.
    const keys = Array.from({ length: 12_000 }, (_, i) => [(i * 7919) % 6000]);
    const data: Stream = [keys.slice(0, 5000), keys.slice(5000)];
    const area = new SpillArea(0, root);
    try {
      const spilled = track(data, false, 50, area);
      assert.ok(area.filesMade > 64, `${area.filesMade} files: no partition was split`);
      assert.equal(spilled.duplicates, 6000);
      assert.equal(spilled.groups, 6000);
      assert.deepEqual(spilled, track(data, false, 50));
    } finally {
      area.close();
    }
  });

  it('removes its files when done, and the area its folder', () => {
    const before = readdirSync(root);
    const area = new SpillArea(2 ** 20, root);
    const tracker = new DuplicateTracker({ area });
    // Enough rows to fill some partition's write buffer, so files are on disk before finish.
    const values = Float64Array.from({ length: 250_000 }, (_, i) => i % 200_000);
    tracker.add([{ kind: 'numeric', values }], values.length, { file: () => 0, line: (r) => r });
    const folders = readdirSync(root).filter((name) => !before.includes(name));
    assert.equal(folders.length, 1);
    assert.ok(readdirSync(join(root, folders[0])).length > 0);
    tracker.finish();
    assert.deepEqual(tracker.counts, { duplicates: 50_000, groups: 50_000 });
    assert.deepEqual(readdirSync(join(root, folders[0])), []);
    area.close();
    assert.deepEqual(readdirSync(root), before);
  });

  it('fails with a DataError naming the spill folder when it cannot write there', () => {
    const missing = join(root, 'no-such-folder');
    const tracker = new DuplicateTracker({ area: new SpillArea(0, missing) });
    const values = Float64Array.from({ length: 5000 }, (_, i) => i);
    assert.throws(
      () => tracker.add([{ kind: 'numeric', values }], values.length, { file: () => 0, line: (r) => r }),
      (error: unknown) =>
        error instanceof DataError &&
        error.file === missing &&
        /cannot keep the duplicate-row keys on disk \(ENOENT/.test(error.reason),
    );
  });
});
