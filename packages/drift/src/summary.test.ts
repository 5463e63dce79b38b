import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UserError } from '@modelgate/core';
import { sortedFiniteValues, sortedValues } from './finite-values.ts';
import { type DriftOptions, detectDrift } from './index.ts';
import {
  decodeSummary,
  encodeSummary,
  type NumericSummary,
  SUMMARY_VERSION,
  SummaryError,
  summarizeTable,
} from './summary.ts';
import { baselineTables } from './testing/baseline.ts';
import { makeTable } from './testing/tables.ts';

const { reference, current } = baselineTables();

test('detectDrift gives the same result from the reference table, its summary and the decoded bytes', () => {
  const summary = summarizeTable(reference);
  const decoded = decodeSummary(encodeSummary(summary));
  for (const options of [{}, { method: 'ks' }, { method: 'psi', correction: 'fdr' }] as DriftOptions[]) {
    const fromTable = detectDrift(reference, current, options);
    assert.deepEqual(detectDrift(summary, current, options), fromTable);
    assert.deepEqual(detectDrift(decoded, current, options), fromTable);
  }
});

test('the binary round trip keeps profiles, sources and row-order columns exactly', () => {
  const table = makeTable(
    { x: [3, null, -1.5, 2e-300, 3], c: ['b', 'a', null, 'b', 'b'], y: [1, 0, null, 1, 0] },
    { file: 'train.csv' },
  );
  const summary = summarizeTable(table, { keepRows: ['c', 'y'] });
  const bytes = encodeSummary(summary);
  assert.equal(new TextDecoder().decode(bytes.subarray(0, 8)), 'MGREFSUM');
  assert.equal(new DataView(bytes.buffer).getUint32(8, true), SUMMARY_VERSION);
  const decoded = decodeSummary(bytes);
  assert.deepEqual(decoded, summary);
  assert.deepEqual([...sortedValues((decoded.columns[0] as NumericSummary).values)], [-1.5, 2e-300, 3, 3]);
  assert.deepEqual(decoded.sources, [{ file: 'train.csv', format: 'csv', rowCount: 5 }]);
  // A copy at an odd offset (as a Buffer from a pool may be) decodes the same.
  const shifted = new Uint8Array(bytes.length + 3);
  shifted.set(bytes, 3);
  assert.deepEqual(decodeSummary(shifted.subarray(3)), summary);
});

test('a damaged or foreign file is a SummaryError naming the file', () => {
  const summary = summarizeTable(makeTable({ x: [1, 2, 3], y: [0.5, 0.25, 1] }));
  // As a summary of sorted doubles (a block whose order decoding checks), then packed decimals.
  summary.columns[0] = {
    ...(summary.columns[0] as NumericSummary),
    values: sortedFiniteValues(Float64Array.from([1, 2, 3])),
  };
  const bytes = encodeSummary(summary);
  const expectError = (data: Uint8Array, message: RegExp) =>
    assert.throws(
      () => decodeSummary(data, 'cache/ref.bin'),
      (e: unknown) =>
        e instanceof SummaryError &&
        e instanceof UserError &&
        e.file === 'cache/ref.bin' &&
        message.test(e.message),
    );
  assert.deepEqual(decodeSummary(bytes), summary);
  expectError(new TextEncoder().encode('num_0,num_1\n1,2\n'), /not a modelgate reference summary/);
  const future = bytes.slice();
  new DataView(future.buffer).setUint32(8, 99, true);
  expectError(future, new RegExp(`format version 99; this modelgate reads version ${SUMMARY_VERSION}$`));
  expectError(bytes.subarray(0, bytes.length - 8), /outside the file/);
  const headerLength = new DataView(bytes.buffer).getUint32(12, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + headerLength)));
  const doublesAt = Math.ceil((16 + headerLength) / 8) * 8 + header.columns[0].blocks[0].block[0];
  const unsorted = bytes.slice();
  new Float64Array(unsorted.buffer, doublesAt, 3).reverse();
  expectError(unsorted, /not sorted/);
  const infinite = bytes.slice();
  new Float64Array(infinite.buffer, doublesAt, 3)[1] = Number.POSITIVE_INFINITY;
  expectError(infinite, /not finite/);
  const badHeader = bytes.slice();
  badHeader[16] = 0x7b + 1;
  expectError(badHeader, /header is not valid JSON/);
});
