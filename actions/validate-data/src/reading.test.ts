import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readTableChunksInWorker, STREAMING_CHUNK_BYTES } from '@modelgate/core';
import { parseSchema } from '@modelgate/validation';
import { chunkOptions, firstRows, MAX_INVALID_EXAMPLES, type ReadingOptions, readAhead } from './reading.ts';

const dir = mkdtempSync(join(tmpdir(), 'modelgate-reading-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** The options of these inputs, the ones not given left out. */
const given = (options: Partial<ReadingOptions> & { data: string[] }): ReadingOptions => ({
  schema: undefined,
  reference: undefined,
  columns: undefined,
  'exclude-columns': undefined,
  'column-types': undefined,
  ...options,
});
const rows = (count: number) =>
  `x,c\n${Array.from({ length: count }, (_, k) => `${k},c${k % 3}`).join('\n')}\n`;

describe('what validate-data reads first', () => {
  it('reads the data when a schema is given, and the reference when the schema is inferred from it', () => {
    const data = ['data.csv'];
    const reference = ['reference.csv'];
    assert.deepEqual(firstRows(given({ data, schema: 'schema.yml', reference })), data);
    assert.deepEqual(firstRows(given({ data, reference })), reference);
    assert.deepEqual(firstRows(given({ data })), data);
  });

  it('reads nothing ahead from profiles, which are not rows', () => {
    assert.equal(firstRows(given({ data: ['data.json'], schema: 'schema.yml' })), undefined);
    assert.equal(firstRows(given({ data: ['data.csv'], reference: ['reference.json'] })), undefined);
  });

  it('reads with the column inputs and in streaming chunks', () => {
    const options = chunkOptions(
      given({
        data: ['data.csv'],
        columns: ['a', 'b'],
        'exclude-columns': ['c'],
        'column-types': { a: 'integer' },
      }),
    );
    assert.deepEqual(options, {
      maxInvalidExamples: MAX_INVALID_EXAMPLES,
      columnTypes: { a: 'integer' },
      columns: ['a', 'b'],
      excludeColumns: ['c'],
      chunkBytes: STREAMING_CHUNK_BYTES,
    });
  });

  it("reads a schema's columns as the types it declares, the column inputs first", () => {
    const schema = parseSchema(
      'version: 1\ncolumns:\n  a: { type: number }\n  zip: { type: category }\n',
      'schema.yml',
    );
    const options = chunkOptions(given({ data: ['data.csv'], 'column-types': { a: 'integer' } }), schema);
    assert.deepEqual({ ...options.typeHints }, { a: 'number', zip: 'category' });
    assert.deepEqual(options.columnTypes, { a: 'integer' });
  });
});

describe('readAhead', () => {
  const count = async (inputs: string[], options: ReadingOptions) => {
    let total = 0;
    for await (const chunk of readTableChunksInWorker(inputs, chunkOptions(options))) total += chunk.rowCount;
    return total;
  };

  it('starts, from the INPUT_* variables, the very reading the gate then asks for', async () => {
    const data = file('ahead.csv', rows(300));
    const reference = file('ahead-reference.csv', rows(300));
    readAhead({ INPUT_DATA: `${data}\n`, INPUT_REFERENCE: reference, 'INPUT_COLUMN-TYPES': 'x=number' });
    // Long enough for the reading to have read the whole file before it changes.
    await new Promise((resolve) => setTimeout(resolve, 500));
    writeFileSync(reference, rows(1));
    const options = given({ data: [data], reference: [reference], 'column-types': { x: 'number' } });
    assert.equal(await count([reference], options), 300, 'the rows read ahead, before the file changed');
    assert.equal(await count([reference], options), 1, 'a second reading reads the file as it is now');
  });

  it('with a schema, starts only the reading thread: what it reads waits for the schema', async () => {
    const data = file('warm.csv', rows(300));
    readAhead({ INPUT_DATA: data, INPUT_SCHEMA: 'schema.yml' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    writeFileSync(data, rows(1));
    assert.equal(await count([data], given({ data: [data], schema: 'schema.yml' })), 1);
  });

  it('leaves inputs that do not parse, or mix profiles and data, for the gate to report', () => {
    const data = file('bad.csv', rows(3));
    assert.doesNotThrow(() => readAhead({ INPUT_DATA: data, 'INPUT_COLUMN-TYPES': 'x=texty' }));
    assert.doesNotThrow(() => readAhead({ INPUT_DATA: `${data},profile.json` }));
    assert.doesNotThrow(() => readAhead({}));
  });
});
