import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, it } from 'node:test';
import fc from 'fast-check';
import { blockSize } from './byte-source.ts';
import { fastPath } from './csv-fast-path.ts';
import { readTable } from './read-table.ts';
import type { ColumnType, Table } from './table.ts';
import { cells, scratchFolder } from './test-support.ts';

const folder = scratchFolder();
let counter = 0;

/** Everything a reader produced that the fast path writes or decides. */
function snapshot(table: Table) {
  return {
    rowCount: table.rowCount,
    cells: table.columns.map((c) => cells(table, c.name)),
    invalid: table.columns.map((c) =>
      c.kind === 'numeric' ? [c.invalidCount, c.invalidExamples, Array.from(c.invalidRows ?? [])] : null,
    ),
    dictionaries: table.columns.map((c) => (c.kind === 'categorical' ? c.dictionary : null)),
    lines: Array.from(table.lines),
    problems: table.problems,
  };
}

/** Cells that take each branch of the fast path, or leave it for the general path. */
const numberCell = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.constantFrom(
    '',
    '-',
    '+',
    '.',
    '-0',
    '+1.50',
    '0.0',
    '007',
    '1.',
    '.5',
    '1e5',
    '12345678901234567890',
    'NA',
    'x',
    '"3"',
    ' 1',
  ),
);
const textCell = fc.constantFrom(
  'red',
  'green',
  'a much longer value',
  '',
  'NA',
  '"q,uoted"',
  '"two\nlines"',
  '"say ""hi"""',
  'é',
  'x\r',
  '1',
);
/** Columns the fast path leaves to the general path, one field at a time. */
const otherCells: Partial<Record<ColumnType, fc.Arbitrary<string>>> = {
  boolean: fc.constantFrom('true', 'false', 'True', '', 'maybe', '"false"'),
  datetime: fc.constantFrom('2024-01-02', '2024-01-02T03:04:05Z', '', 'soon', '"2024-02-29"', '2023-02-29'),
};
const cellOf = (type: ColumnType) =>
  type === 'category' || type === 'string' ? textCell : (otherCells[type] ?? numberCell);

const layouts = fc.array(
  fc.constantFrom<ColumnType>('number', 'integer', 'category', 'string', 'boolean', 'datetime'),
  { minLength: 1, maxLength: 20 },
);

describe('CSV fast path', () => {
  const original = { ...fastPath, block: blockSize.bytes };
  afterEach(() => {
    fastPath.enabled = original.enabled;
    fastPath.unrolledFields = original.unrolledFields;
    blockSize.bytes = original.block;
  });

  it('reads what the general path reads, written out field by field or looped, at any block size', async () => {
    const files = layouts.chain((kinds) =>
      fc.record({
        kinds: fc.constant(kinds),
        rows: fc.array(
          fc.oneof(
            {
              weight: 8,
              arbitrary: fc.tuple(...kinds.map(cellOf)),
            },
            { weight: 1, arbitrary: fc.constant(['short']) },
            { weight: 1, arbitrary: fc.constant([]) }, // a blank line
          ),
          { maxLength: 12 },
        ),
        lineEnd: fc.constantFrom('\n', '\r\n'),
        format: fc.constantFrom({ extension: 'csv', sep: ',' }, { extension: 'tsv', sep: '\t' }),
        finalLineEnd: fc.boolean(),
        block: fc.integer({ min: 1, max: 64 }),
        // A column left out is skipped by the reader, field by field.
        excluded: fc.option(fc.nat({ max: kinds.length - 1 })),
      }),
    );
    await fc.assert(
      fc.asyncProperty(files, async ({ kinds, rows, lineEnd, format, finalLineEnd, block, excluded }) => {
        const names = kinds.map((_, k) => `c${k}`);
        const text =
          [names, ...rows].map((row) => row.join(format.sep)).join(lineEnd) + (finalLineEnd ? lineEnd : '');
        const path = folder.file(`t${++counter}.${format.extension}`, text);
        const columnTypes = Object.fromEntries(names.map((name, k) => [name, kinds[k]]));
        const excludeColumns = excluded !== null && kinds.length > 1 ? [names[excluded]] : [];
        blockSize.bytes = block;
        const read = async (enabled: boolean, unrolledFields: number) => {
          fastPath.enabled = enabled;
          fastPath.unrolledFields = unrolledFields;
          return snapshot(await readTable(path, { columnTypes, excludeColumns }));
        };
        const general = await read(false, 0);
        assert.deepEqual(await read(true, 64), general, 'written out');
        assert.deepEqual(await read(true, 0), general, 'looped');
      }),
      { numRuns: 300 },
    );
  });

  it('reads numbers bit for bit as Number(text) does, -0 included', async () => {
    const texts = [
      '0.1',
      '-0',
      '-0.0',
      '9007199254740991',
      '9007199254740993',
      '0.30000000000000004',
      '123.456e0',
      '1.7976931348623157',
    ];
    const path = folder.file(`t${++counter}.csv`, `n\n${texts.join('\n')}\n`);
    for (const unrolledFields of [64, 0]) {
      fastPath.unrolledFields = unrolledFields;
      const table = await readTable(path, { columnTypes: { n: 'number' } });
      assert.deepEqual(
        cells(table, 'n'),
        texts.map((text) => Number(text)),
      );
    }
  });

  it('falls back to the general path where compiling code is forbidden', () => {
    const path = folder.file(`t${++counter}.csv`, 'n,c\n1.5,red\n-2,"x,y"\n,blue\n');
    const reader = new URL('./read-table.ts', import.meta.url).href;
    const script = `const { readTable } = await import(${JSON.stringify(reader)});
      const table = await readTable(${JSON.stringify(path)});
      console.log(JSON.stringify([Array.from(table.columns[0].values), table.columns[1].dictionary]));`;
    const child = spawnSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--input-type=module', '--eval', script],
      { encoding: 'utf8' },
    );
    assert.equal(child.stderr, '');
    assert.deepEqual(JSON.parse(child.stdout), [
      [1.5, -2, null],
      ['red', 'x,y', 'blue'],
    ]);
  });
});
