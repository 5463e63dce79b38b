import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type DriftOptions, detectDrift } from './index.ts';
import {
  decodeReferenceSummary,
  encodeReferenceSummary,
  REFERENCE_SUMMARY_VERSION,
  ReferenceSummaryError,
  summarizeReference,
} from './summary.ts';
import { baselineTables } from './testing/baseline.ts';
import { makeTable } from './testing/tables.ts';

const { reference, current } = baselineTables();

test('detectDrift gives the same result from the reference table, its summary and the decoded bytes', () => {
  const summary = summarizeReference(reference);
  const decoded = decodeReferenceSummary(encodeReferenceSummary(summary));
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
  const summary = summarizeReference(table, { keepRows: ['c', 'y'] });
  const bytes = encodeReferenceSummary(summary);
  assert.equal(new TextDecoder().decode(bytes.subarray(0, 8)), 'MGREFSUM');
  assert.equal(new DataView(bytes.buffer).getUint32(8, true), REFERENCE_SUMMARY_VERSION);
  const decoded = decodeReferenceSummary(bytes);
  assert.deepEqual(decoded, summary);
  assert.deepEqual([...(decoded.columns[0] as { sorted: Float64Array }).sorted], [-1.5, 2e-300, 3, 3]);
  assert.deepEqual(decoded.sources, [{ file: 'train.csv', format: 'csv', rowCount: 5 }]);
  // A copy at an odd offset (as a Buffer from a pool may be) decodes the same.
  const shifted = new Uint8Array(bytes.length + 3);
  shifted.set(bytes, 3);
  assert.deepEqual(decodeReferenceSummary(shifted.subarray(3)), summary);
});

test('a damaged or foreign file is a ReferenceSummaryError naming the file', () => {
  const bytes = encodeReferenceSummary(summarizeReference(makeTable({ x: [1, 2, 3] })));
  const expectError = (data: Uint8Array, message: RegExp) =>
    assert.throws(
      () => decodeReferenceSummary(data, 'cache/ref.bin'),
      (e: unknown) =>
        e instanceof ReferenceSummaryError && e.file === 'cache/ref.bin' && message.test(e.message),
    );
  expectError(new TextEncoder().encode('num_0,num_1\n1,2\n'), /not a modelgate reference summary/);
  const future = bytes.slice();
  new DataView(future.buffer).setUint32(8, 99, true);
  expectError(future, /format version 99; this modelgate reads version 1/);
  expectError(bytes.subarray(0, bytes.length - 8), /outside the file/);
  const unsorted = bytes.slice();
  const values = new Float64Array(unsorted.buffer, unsorted.length - 24, 3);
  values.reverse();
  expectError(unsorted, /not sorted finite numbers/);
  const badHeader = bytes.slice();
  badHeader[16] = 0x7b + 1;
  expectError(badHeader, /header is not valid JSON/);
});
