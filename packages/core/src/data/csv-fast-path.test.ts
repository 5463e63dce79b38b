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
    invalid: table.columns.map((c) => (c.kind === 'numeric' ? [c.invalidCount, c.invalidExamples] : null)),
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
const categoryCell = fc.constantFrom(
  'red',
  'green',
  'a much longer value',
  '',
  'NA',
  '"q,uoted"',
  'é',
  'x\r',
  '1',
);

const layouts = fc.array(fc.constantFrom<ColumnType>('number', 'integer', 'category'), {
  minLength: 1,
  maxLength: 20,
});

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
              arbitrary: fc.tuple(...kinds.map((k) => (k === 'category' ? categoryCell : numberCell))),
            },
            { weight: 1, arbitrary: fc.constant(['short']) },
            { weight: 1, arbitrary: fc.constant([]) }, // a blank line
          ),
          { maxLength: 12 },
        ),
        lineEnd: fc.constantFrom('\n', '\r\n'),
        finalLineEnd: fc.boolean(),
        block: fc.integer({ min: 1, max: 64 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(files, async ({ kinds, rows, lineEnd, finalLineEnd, block }) => {
        const names = kinds.map((_, k) => `c${k}`);
        const text =
          [names, ...rows].map((row) => row.join(',')).join(lineEnd) + (finalLineEnd ? lineEnd : '');
        const path = folder.file(`t${++counter}.csv`, text);
        const columnTypes = Object.fromEntries(names.map((name, k) => [name, kinds[k]]));
        blockSize.bytes = block;
        const read = async (enabled: boolean, unrolledFields: number) => {
          fastPath.enabled = enabled;
          fastPath.unrolledFields = unrolledFields;
          return snapshot(await readTable(path, { columnTypes }));
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
