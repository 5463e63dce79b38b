// Rows the reader could not use, through the real readers: a side with no readable row is a DataError,
// never a comparison; a partly readable side is compared and its unreadable rows are reported. The same
// from a table, from a streamed summary and from a summary decoded from the reference cache's bytes.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DataError, readTable, readTableChunks, type Table } from '@modelgate/core';
import { compareSkew, type DatasetSummary, detectDrift, measureDrift } from './index.ts';
import { decodeSummary, encodeSummary, summarizeChunks } from './summary.ts';

const dir = mkdtempSync(join(tmpdir(), 'drift-readable-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const good = file('good.csv', 'a,b\n1,x\n2,y\n3,x\n4,y\n');
const ragged = file('ragged.csv', 'a,b\n1,x,extra\n2,y,extra\n');
const headerOnly = file('header-only.csv', 'a,b\n');
const notObjects = file('not-objects.jsonl', '{"a":1,"b":"x"}\n[1,2]\n"text"\n{"a":3,"b":"x"}\n');
// scikit-learn ships wine_data.csv with a first line that is not a header ("178,13,class_0,...", 5 fields)
// above rows of 14 fields: every row is ragged against it.
const rawScikitLearn = join(import.meta.dirname, 'testing', 'fixtures', 'wine-raw-head.csv');

type Form = (path: string) => Promise<Table | DatasetSummary>;
const forms: [string, Form][] = [
  ['a table', (path) => readTable(path)],
  ['a streamed summary', (path) => summarizeChunks(readTableChunks([path]))],
  [
    'a cached summary',
    async (path) => decodeSummary(encodeSummary(await summarizeChunks(readTableChunks([path])))),
  ],
];

function unusable(pattern: RegExp) {
  return (error: unknown) => error instanceof DataError && pattern.test(error.message);
}

for (const [form, read] of forms) {
  describe(`drift on unreadable rows, from ${form}`, () => {
    it('refuses a current side whose every row is ragged, naming its file and first line', async () => {
      const [reference, current] = [await read(good), await read(ragged)];
      assert.throws(
        () => measureDrift(reference, current),
        unusable(
          /ragged\.csv:2: the current data has no readable row \(all 2 rows could not be read; the first: expected 2 fields, found 3\)/,
        ),
      );
    });

    it('refuses a raw scikit-learn CSV as the reference (its first line is not a header)', async () => {
      const [reference, current] = [await read(rawScikitLearn), await read(good)];
      assert.throws(
        () => measureDrift(reference, current),
        unusable(/wine-raw-head\.csv:2: the reference data has no readable row \(all 5 rows/),
      );
    });

    it('says a header-only file has 0 rows, not that a type changed', async () => {
      const [reference, current] = [await read(good), await read(headerOnly)];
      assert.throws(
        () => measureDrift(reference, current),
        unusable(/header-only\.csv: the current data has 0 rows/),
      );
      assert.throws(() => measureDrift(current, reference), unusable(/the reference data has 0 rows/));
    });

    it('compares the readable rows and reports the unreadable ones with their count and lines', async () => {
      const reference = await read(good);
      const current = await read(notObjects);
      const result = detectDrift(reference, current);
      const unreadable = result.findings.filter((f) => f.check === 'unreadable-rows');
      assert.equal(unreadable.length, 1);
      assert.equal(unreadable[0].severity, 'warning');
      assert.equal(unreadable[0].count, 2);
      assert.equal(unreadable[0].share, 0.5);
      assert.deepEqual(unreadable[0].locations, [
        { file: notObjects, line: 2, unit: 'line' },
        { file: notObjects, line: 3, unit: 'line' },
      ]);
      assert.match(
        unreadable[0].message,
        /^2 of 4 current rows could not be read .*not-objects\.jsonl:2: expected a JSON object/,
      );
      assert.equal(result.metrics['unreadable-rows'], 2);
      assert.equal(result.metrics['unreadable-rows-current'], 2);
      assert.equal(result.metrics['unreadable-rows-reference'], 0);
      assert.match(result.summary, /Left out as unreadable: 0 reference and 2 current rows\./);
    });

    it('reports nothing when every row was read', async () => {
      const result = detectDrift(await read(good), await read(good));
      assert.equal(result.metrics['unreadable-rows'], 0);
      assert.ok(!result.findings.some((f) => f.check === 'unreadable-rows'));
    });
  });
}

describe('skew mode on unreadable rows', () => {
  it('refuses a side with no readable row', async () => {
    const [training, serving] = [await readTable(good), await readTable(ragged)];
    const empty = await readTable(headerOnly);
    assert.throws(
      () => compareSkew(training, serving, { idColumns: ['a'] }),
      unusable(/ragged\.csv:2: the serving data has no readable row/),
    );
    assert.throws(
      () => compareSkew(empty, training, { idColumns: ['a'] }),
      unusable(/the training data has 0 rows/),
    );
  });

  it('joins the readable rows and reports the unreadable ones', async () => {
    const result = compareSkew(await readTable(good), await readTable(notObjects), { idColumns: ['a'] });
    const unreadable = result.findings.find((f) => f.check === 'unreadable-rows');
    assert.equal(unreadable?.count, 2);
    assert.match(unreadable?.message ?? '', /^2 of 4 serving rows could not be read/);
    assert.equal(result.metrics['unreadable-rows'], 2);
    assert.match(result.summary, /2 rows could not be read and were left out\./);
  });
});
