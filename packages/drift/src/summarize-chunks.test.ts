import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readTable, readTableChunks } from '@modelgate/core';
import { seededRandom } from '@modelgate/stats';
import { sortedValues } from './finite-values.ts';
import { type DriftOptions, measureDrift } from './index.ts';
import { decodeSummary, encodeSummary, summarizeChunks, summarizeTable } from './summary.ts';
import { normalSample } from './testing/tables.ts';

const dir = mkdtempSync(join(tmpdir(), 'modelgate-drift-chunks-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A CSV of n rows: decimals, wide doubles, integers, a category, a boolean, a label and a score. */
function writeData(file: string, n: number, seed: number, shift: number): string {
  const random = seededRandom(seed);
  const x = normalSample(n, seed, shift);
  const wide = normalSample(n, seed + 1);
  const colors = shift === 0 ? ['red', 'green', 'blue'] : ['red', 'green', 'blue', 'teal', 'plum'];
  const lines = ['x,wide,age,color,flag,label,score'];
  for (let i = 0; i < n; i++) {
    const label = random() < 0.5 ? 1 : 0;
    const score = Math.min(1, Math.max(0, label * 0.6 + random() * 0.5 - shift / 4));
    lines.push(
      [
        i % 17 === 0 ? '' : x[i].toFixed(4),
        wide[i] * 1e-3,
        18 + Math.floor(random() * 70),
        colors[Math.floor(random() * colors.length)],
        random() < 0.3 + shift ? 'true' : 'false',
        label,
        score.toFixed(3),
      ].join(','),
    );
  }
  const path = join(dir, file);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const referenceFile = writeData('reference.csv', 900, 1, 0);
const currentFile = writeData('current.csv', 700, 2, 0.2);

const optionSets: DriftOptions[] = [
  {},
  { method: 'ks', correction: 'fdr' },
  { method: 'psi', methodPerColumn: { color: 'chi-square' } },
  { columnTypes: { age: 'categorical' }, method: 'jensen-shannon' },
  { targetColumn: 'label', predictionColumn: 'score', task: 'classification', maxPerformanceDrop: 0.05 },
];

test('drift from summaries built chunk by chunk equals drift from the whole tables', async () => {
  const reference = await readTable(referenceFile);
  const current = await readTable(currentFile);
  for (const chunkRows of [1, 64, 10_000]) {
    for (const options of optionSets) {
      const summarize = (file: string) =>
        summarizeChunks(readTableChunks(file, { chunkRows }), {
          keepRows: ['label', 'score'],
          categoryExamples: true,
          columnTypes: options.columnTypes,
        });
      const expected = measureDrift(reference, current, options);
      const fromSummaries = measureDrift(
        await summarize(referenceFile),
        await summarize(currentFile),
        options,
      );
      assert.deepEqual(fromSummaries, expected, `chunkRows ${chunkRows}, ${JSON.stringify(options)}`);
    }
  }
  const color = measureDrift(reference, current).columns.find((c) => c.column === 'color');
  assert.deepEqual(color?.newCategories.sort(), ['plum', 'teal']);
  assert.equal(color?.newCategoryLocations.length, 5, 'new categories are pointed at');
});

test('a summary read back from its bytes gives the same drift', async () => {
  const summary = await summarizeChunks(readTableChunks(referenceFile, { chunkRows: 100 }), {
    keepRows: ['label', 'score'],
  });
  const current = await readTable(currentFile);
  const options = optionSets[4];
  assert.deepEqual(
    measureDrift(decodeSummary(encodeSummary(summary)), current, options),
    measureDrift(summary, current, options),
  );
});

test('a summary built chunk by chunk holds what the summary of the whole table holds', async () => {
  const lines = ['label,score,color'];
  for (let i = 0; i < 300; i++)
    lines.push(`${i % 2},${i % 37 === 0 ? 'oops' : (i / 300).toFixed(3)},${i % 3}`);
  const file = join(dir, 'kept.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const read = { columnTypes: { score: 'number' as const, color: 'category' as const } };
  const whole = summarizeTable(await readTable(file, read), { keepRows: ['label', 'score'] });
  for (const chunkRows of [1, 64, 1000]) {
    const chunked = await summarizeChunks(readTableChunks(file, { ...read, chunkRows }), {
      keepRows: ['label', 'score'],
    });
    assert.deepEqual(chunked.rowColumns, whole.rowColumns, `chunkRows ${chunkRows}`);
    assert.deepEqual(chunked.sources, whole.sources);
    assert.equal(chunked.rowCount, 300);
    assert.deepEqual(
      chunked.columns.map((c) => (c.kind === 'numeric' ? [...sortedValues(c.values)] : c)),
      whole.columns.map((c) => (c.kind === 'numeric' ? [...sortedValues(c.values)] : c)),
    );
  }
  assert.equal((whole.rowColumns[1] as { invalidCount: number }).invalidCount, 9);
});
