import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { blockSize } from './byte-source.ts';
import { DataError } from './errors.ts';
import { readTable } from './read-table.ts';
import { locateRow, type Table } from './table.ts';
import { cells, column, scratchFolder, types } from './test-support.ts';

const folder = scratchFolder();
let counter = 0;
/** Writes `content` to a fresh .csv (or other extension) file and returns its path. */
const csv = (content: string | Uint8Array, extension = 'csv') =>
  folder.file(`t${++counter}.${extension}`, content);

async function rejectsWith(promise: Promise<unknown>, message: string | RegExp) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof DataError, `expected a DataError, got ${error}`);
    if (typeof message === 'string') assert.equal(error.message, message);
    else assert.match(error.message, message);
    return true;
  });
}

/** Everything a reader produced, in comparable form. */
function snapshot(table: Table) {
  return {
    rowCount: table.rowCount,
    types: types(table),
    cells: Object.fromEntries(table.columns.map((c) => [c.name, cells(table, c.name)])),
    invalid: Object.fromEntries(
      table.columns.map((c) => [
        c.name,
        c.kind === 'numeric' ? [c.invalidCount, c.invalidExamples, c.invalidRows] : null,
      ]),
    ),
    dictionaries: Object.fromEntries(
      table.columns.map((c) => [c.name, c.kind === 'categorical' ? c.dictionary : null]),
    ),
    lines: Array.from(table.lines),
    problems: table.problems,
  };
}

describe('CSV: types', () => {
  it('infers integer, number, boolean, datetime, category and string', async () => {
    const rows = ['i,n,b,d,c,s,e'];
    for (let k = 0; k < 30; k++) {
      rows.push(
        `${k},${k / 4},${k % 2 === 0 ? 'true' : 'False'},2024-01-${String((k % 28) + 1).padStart(2, '0')},${['red', 'green'][k % 2]},id-${k},`,
      );
    }
    const table = await readTable(csv(`${rows.join('\n')}\n`));
    assert.deepEqual(types(table), {
      i: 'integer',
      n: 'number',
      b: 'boolean',
      d: 'datetime',
      c: 'category',
      s: 'string',
      e: 'string', // no value at all: nothing to infer from
    });
    assert.deepEqual(cells(table, 'i').slice(0, 3), [0, 1, 2]);
    assert.deepEqual(cells(table, 'n').slice(0, 3), [0, 0.25, 0.5]);
    assert.deepEqual(cells(table, 'b').slice(0, 3), [1, 0, 1]);
    assert.deepEqual(cells(table, 'd')[0], Date.UTC(2024, 0, 1));
    assert.deepEqual(cells(table, 'c').slice(0, 3), ['red', 'green', 'red']);
    assert.deepEqual(cells(table, 's').slice(0, 2), ['id-0', 'id-1']);
    assert.deepEqual(cells(table, 'e').slice(0, 2), [null, null]);
  });

  it('keeps 0/1 columns integer, and makes a column with one decimal number', async () => {
    const table = await readTable(csv('flag,x\n0,1\n1,2.5\n1,3\n'));
    assert.deepEqual(types(table), { flag: 'integer', x: 'number' });
  });

  it('treats the pandas missing-value texts as missing, in any column type', async () => {
    const table = await readTable(csv('x,c\n1,a\nNA,N/A\n,null\nNaN,a\n#N/A,b\nnan,\n3,a\n'));
    assert.deepEqual(types(table), { x: 'integer', c: 'category' });
    assert.deepEqual(cells(table, 'x'), [1, null, null, null, null, null, 3]);
    assert.deepEqual(cells(table, 'c'), ['a', null, null, 'a', 'b', null, 'a']);
    const x = column(table, 'x');
    assert.ok(x.kind === 'numeric' && x.invalidCount === 0);
  });

  it('uses the given missing values instead, including ones that read as numbers', async () => {
    const table = await readTable(csv('x,c\n-999,a\n5,-999\nNA,b\n'), {
      missingValues: ['-999'],
      columnTypes: { x: 'integer' },
    });
    assert.deepEqual(cells(table, 'x'), [null, 5, null]);
    const x = column(table, 'x');
    assert.ok(x.kind === 'numeric');
    assert.equal(x.invalidCount, 1); // NA is no longer missing, and is not an integer
    assert.deepEqual(x.invalidExamples, [{ row: 2, value: 'NA' }]);
    assert.deepEqual(cells(table, 'c'), ['a', null, 'b']);
  });

  it('decides types on the first inferRows rows; later misfits become invalid cells, never wrong numbers', async () => {
    const path = csv('n,i\n1,1\n2,2\nabc,3.5\n4,x\n5,6\n');
    const table = await readTable(path, { inferRows: 2 });
    assert.deepEqual(types(table), { n: 'integer', i: 'integer' });
    assert.deepEqual(cells(table, 'n'), [1, 2, null, 4, 5]);
    assert.deepEqual(cells(table, 'i'), [1, 2, null, null, 6]);
    const i = column(table, 'i');
    assert.ok(i.kind === 'numeric');
    assert.equal(i.invalidCount, 2);
    assert.deepEqual(i.invalidExamples, [
      { row: 2, value: '3.5' },
      { row: 3, value: 'x' },
    ]);
    // The row of an example leads back to the file and line.
    assert.deepEqual(locateRow(table, i.invalidExamples[1].row), { file: path, line: 5, unit: 'line' });
  });

  it('keeps only maxInvalidExamples examples but counts every invalid cell', async () => {
    const rows = ['x', '1', ...Array.from({ length: 30 }, (_, k) => `bad${k}`)];
    const table = await readTable(csv(rows.join('\n')), { inferRows: 1, maxInvalidExamples: 3 });
    const x = column(table, 'x');
    assert.ok(x.kind === 'numeric');
    assert.equal(x.invalidCount, 30);
    assert.deepEqual(
      x.invalidExamples.map((e) => e.value),
      ['bad0', 'bad1', 'bad2'],
    );
    // Every invalid cell's row, so a NaN past the examples is known to be unreadable, not empty.
    assert.deepEqual(
      x.invalidRows,
      Array.from({ length: 30 }, (_, k) => k + 1),
    );
  });

  it('forgets the invalid cell of a row it leaves out', async () => {
    const table = await readTable(csv('x,y\n1,2\nbad,3\nworse,4,5\n6,7\n'), { inferRows: 1 });
    const x = column(table, 'x');
    assert.ok(x.kind === 'numeric');
    assert.equal(x.invalidCount, 1);
    assert.deepEqual(x.invalidRows, [1]);
    assert.equal(table.problems.length, 1);
  });

  it('reads each category right after a dropped row took back a value it had added', async () => {
    // The row with four fields adds "blue" to the dictionary, then is dropped, which takes "blue" back;
    // "red" then gets the code "blue" had. Long values and short ones, many rows, so the short cells are
    // looked up among the codes recently found as well as in the dictionary.
    const values = ['green', 'blue', 'red', 'a-much-longer-value', 'blue', 'green', 'red'];
    const rows = Array.from({ length: 40 }, (_, k) => `${k},${values[k % values.length]},0`);
    rows.splice(1, 0, '99,blue,0,extra');
    const table = await readTable(csv(`x,c,y\n${rows.join('\n')}\n`), { columnTypes: { c: 'category' } });
    assert.equal(table.problems.length, 1);
    assert.deepEqual(
      cells(table, 'c'),
      Array.from({ length: 40 }, (_, k) => values[k % values.length]),
    );
  });

  it('applies type overrides', async () => {
    const table = await readTable(csv('a,b,c,d\n1,x,2024-01-01,1\n2,y,2024-01-02,0\n'), {
      columnTypes: { a: 'string', b: 'integer', c: 'category', d: 'boolean' },
    });
    assert.deepEqual(types(table), { a: 'string', b: 'integer', c: 'category', d: 'boolean' });
    assert.deepEqual(cells(table, 'a'), ['1', '2']);
    assert.deepEqual(cells(table, 'b'), [null, null]);
    assert.deepEqual(cells(table, 'c'), ['2024-01-01', '2024-01-02']);
    assert.deepEqual(cells(table, 'd'), [1, 0]);
  });

  it('reads numbers bit-for-bit as Number(text) on the fast path and off it', async () => {
    const texts = fc.sample(
      fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x.toString()),
        fc
          .double({ min: -1e6, max: 1e6, noNaN: true })
          .chain((x) => fc.integer({ min: 0, max: 17 }).map((d) => x.toFixed(d))),
        fc
          .double({ noNaN: true, noDefaultInfinity: true })
          .chain((x) => fc.integer({ min: 0, max: 20 }).map((d) => x.toExponential(d))),
        fc.integer({ min: -1e9, max: 1e9 }).map((n) => `${n}.${'0'.repeat(n & 7)}`),
      ),
      { numRuns: 5000, seed: 42 },
    );
    const table = await readTable(csv(`x,y\n${texts.map((t) => `${t},${t}`).join('\r\n')}\r\n`), {
      columnTypes: { x: 'number' },
    });
    const values = column(table, 'x');
    assert.ok(values.kind === 'numeric');
    for (const [k, text] of texts.entries()) {
      assert.ok(Object.is(values.values[k], Number(text)), `${text}: ${values.values[k]}`);
    }
  });

  it('accepts any number with a safe integer value in an integer column', async () => {
    const table = await readTable(csv('x\n1\n2\n3.0\n1e3\n-0\n'), { inferRows: 2 });
    assert.equal(types(table).x, 'integer');
    assert.deepEqual(cells(table, 'x'), [1, 2, 3, 1000, -0]);
  });
});

describe('CSV: RFC 4180', () => {
  it('reads quoted separators, doubled quotes and line breaks inside quotes', async () => {
    const path = csv('id,text,n\n1,"a,b",1\n2,"say ""hi""",2\n3,"two\nlines\nhere",3\n4,plain,4\n5,"",5\n');
    const table = await readTable(path, { columnTypes: { text: 'string' } });
    assert.deepEqual(cells(table, 'text'), ['a,b', 'say "hi"', 'two\nlines\nhere', 'plain', null]);
    // Provenance: the line each record starts on.
    assert.deepEqual(Array.from(table.lines), [2, 3, 4, 7, 8]);
  });

  it('keeps a quote inside an unquoted field, and text after a closing quote, as pandas does', async () => {
    const table = await readTable(csv('a,b\nsay "x",1\n"ab"cd,2\n'), { columnTypes: { a: 'string' } });
    assert.deepEqual(cells(table, 'a'), ['say "x"', 'abcd']);
  });

  it('reads CRLF line ends, a byte order mark and a last line without a line end', async () => {
    const table = await readTable(csv('\uFEFFa,b,c\r\n1,x,"q\r\nr"\r\n2,y,z'));
    assert.deepEqual(
      table.columns.map((c) => c.name),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(cells(table, 'a'), [1, 2]);
    assert.deepEqual(cells(table, 'b'), ['x', 'y']);
    assert.deepEqual(cells(table, 'c'), ['q\r\nr', 'z']);
    assert.deepEqual(Array.from(table.lines), [2, 4]);
  });

  it('reads CRLF with a numeric last column and a trailing CR at the end of the file', async () => {
    const table = await readTable(csv('a,b\r\nx,1.5\r\ny,2\r'));
    assert.deepEqual(cells(table, 'b'), [1.5, 2]);
    assert.deepEqual(cells(table, 'a'), ['x', 'y']);
  });

  it('skips blank lines and keeps line numbers right', async () => {
    const table = await readTable(csv('\n\na,b\n1,2\n\n\r\n3,4\n\n'));
    assert.deepEqual(cells(table, 'a'), [1, 3]);
    assert.deepEqual(Array.from(table.lines), [4, 7]);
  });

  it('reads TSV', async () => {
    const table = await readTable(csv('a\tb\n1\t"x\ty"\n2\tz\n', 'tsv'));
    assert.deepEqual(cells(table, 'a'), [1, 2]);
    assert.deepEqual(cells(table, 'b'), ['x\ty', 'z']);
  });

  it('reads gzipped CSV and TSV the same as plain', async () => {
    const text = 'a,b\n1,"x\ny"\n2,z\n';
    const plain = await readTable(csv(text));
    const gzipped = await readTable(csv(gzipSync(text), 'csv.gz'));
    assert.deepEqual(snapshot(gzipped).cells, snapshot(plain).cells);
    assert.deepEqual(gzipped.lines, plain.lines);
    const tsv = await readTable(csv(gzipSync('a\tb\n1\t2\n'), 'tsv.gz'));
    assert.deepEqual(cells(tsv, 'b'), [2]);
  });

  it('reports a file that is not gzip data', async () => {
    await rejectsWith(readTable(csv('a,b\n1,2\n', 'csv.gz')), /t\d+\.csv\.gz: is not valid gzip data/);
  });
});

describe('CSV: problems and errors', () => {
  it('leaves out ragged rows as row problems and reads on', async () => {
    const path = csv('a,b,c\n1,x,2\n2,y\n3,z,4,5\n4,w,5\n');
    const table = await readTable(path);
    assert.deepEqual(cells(table, 'a'), [1, 4]);
    assert.deepEqual(table.problems, [
      { file: path, line: 3, message: 'expected 3 fields, found 2' },
      { file: path, line: 4, message: 'expected 3 fields, found 4' },
    ]);
    assert.equal(table.problemCount, 2);
    assert.deepEqual(Array.from(table.lines), [2, 5]);
  });

  it('takes back what a ragged row noted: its invalid cells and new categories', async () => {
    const table = await readTable(csv('n,c,x\n1,a,1\n2,a,2\nbad,NEW,3,extra\nworse,NEWER\n3,a,3\n'), {
      inferRows: 2,
    });
    const n = column(table, 'n');
    assert.ok(n.kind === 'numeric');
    assert.equal(n.invalidCount, 0);
    assert.deepEqual(n.invalidExamples, []);
    const c = column(table, 'c');
    assert.ok(c.kind === 'categorical');
    assert.deepEqual(c.dictionary, ['a']);
    assert.equal(table.problems.length, 2);
  });

  it('keeps the first maxProblems problems and counts them all', async () => {
    const rows = ['a,b', ...Array.from({ length: 50 }, () => 'only-one'), '1,2'];
    const table = await readTable(csv(rows.join('\n')), { maxProblems: 5 });
    assert.equal(table.problems.length, 5);
    assert.equal(table.problemCount, 50);
    assert.equal(table.rowCount, 1);
  });

  it('reports a quote left open, at the line where the field opened', async () => {
    const path = csv('a,b\n1,"ok\nstill ok"\n2,x\n3,"never\nclosed\n');
    await rejectsWith(readTable(path), `${path}:5: quote opened here is never closed`);
  });

  it('reports bytes that are not UTF-8 with the file and line', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,ok\n2,'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
    const path = csv(bytes);
    await rejectsWith(readTable(path), `${path}:3: bytes that are not valid UTF-8`);
    // The same in a quoted header name.
    const header = csv(Buffer.concat([Buffer.from('a,"'), Buffer.from([0xc3]), Buffer.from('"\n1,2\n')]));
    await rejectsWith(readTable(header), `${header}:1: bytes that are not valid UTF-8`);
  });

  it('reads multi-byte UTF-8 text', async () => {
    const table = await readTable(csv('name,n\nZoë,1\n日本,2\n"🙂, ok",3\n'), {
      columnTypes: { name: 'string' },
    });
    assert.deepEqual(cells(table, 'name'), ['Zoë', '日本', '🙂, ok']);
  });

  it('reports an empty file and a file with no header', async () => {
    const empty = csv('');
    await rejectsWith(
      readTable(empty),
      `${empty}: the file is empty: expected a header row naming the columns`,
    );
    const blank = csv('\uFEFF\n\r\n');
    await rejectsWith(
      readTable(blank),
      `${blank}: the file is empty: expected a header row naming the columns`,
    );
  });

  it('reads a header-only file as an empty table', async () => {
    const table = await readTable(csv('a,b\n'), { columnTypes: { b: 'number' } });
    assert.equal(table.rowCount, 0);
    assert.deepEqual(types(table), { a: 'string', b: 'number' });
    assert.equal(table.lines.length, 0);
    assert.deepEqual(
      table.sources.map((s) => s.rowCount),
      [0],
    );
  });

  it('reports duplicate and empty header names by position', async () => {
    const duplicate = csv('a,b,a\n1,2,3\n');
    await rejectsWith(
      readTable(duplicate),
      `${duplicate}:1: header column 3 repeats the name "a" of column 1`,
    );
    const empty = csv('a,,c\n1,2,3\n');
    await rejectsWith(readTable(empty), `${empty}:1: header column 2 has no name`);
  });

  it('refuses lines ended by a bare CR, which would read as one header, and keeps a quoted CR LF in a name', async () => {
    const mac = csv('a,b\r1,x\r2,y\r');
    await rejectsWith(
      readTable(mac),
      `${mac}:1: the header holds a carriage return (CR) that no line feed follows: lines that end with a bare CR are not read as separate lines; save the file with LF or CRLF line endings`,
    );
    const quoted = await readTable(csv('"two\r\nlines",b\r\n1,x\r\n'));
    assert.deepEqual(
      quoted.columns.map((c) => c.name),
      ['two\r\nlines', 'b'],
    );
  });

  it('reads a file with 10,000 columns', async () => {
    const names = Array.from({ length: 10_000 }, (_, k) => `c${k}`);
    const row = (r: number) =>
      names.map((_, k) => (k % 3 === 0 ? `v${(r + k) % 2}` : String(r * k))).join(',');
    const table = await readTable(csv(`${names.join(',')}\n${row(1)}\n${row(2)}\n${row(3)}\n`));
    assert.equal(table.columns.length, 10_000);
    assert.equal(table.rowCount, 3);
    assert.deepEqual(cells(table, 'c9998'), [9998, 19996, 29994]);
    assert.deepEqual(cells(table, 'c9999'), ['v0', 'v1', 'v0']);
  });
});

describe('CSV: records cut at block boundaries', () => {
  const original = blockSize.bytes;
  afterEach(() => {
    blockSize.bytes = original;
  });

  it('reads the same table whatever the block size', async () => {
    const text =
      '\uFEFFn,c,s,i\r\n' +
      '1.5,red,"a,b",1\r\n' +
      '\r\n' +
      '-2,green,"x ""y""\r\nz",2\r\n' +
      'NA,red,,3\r\n' +
      'oops,blue,q,4\r\n' +
      '7,red\r\n' + // ragged
      '1e3,"gr""een",plain,5\r\n' +
      '2,red,"last ""quoted""","7"\r\n' +
      '0.25,red,"",6';
    const path = csv(text);
    const options = { inferRows: 2, columnTypes: { s: 'string' as const } };
    const expected = snapshot(await readTable(path, options));
    assert.equal(expected.rowCount, 7);
    for (let bytes = 1; bytes <= text.length + 1; bytes++) {
      blockSize.bytes = bytes;
      assert.deepEqual(snapshot(await readTable(path, options)), expected, `block of ${bytes} bytes`);
    }
  });
});

describe('CSV: table sizing', () => {
  it('reads every row when the sampled rows are longer than the rest (the estimate falls short)', async () => {
    const rows = ['id,text', `0,${'x'.repeat(500)}`, `1,${'y'.repeat(500)}`];
    for (let k = 2; k < 5000; k++) rows.push(`${k},z`);
    const table = await readTable(csv(rows.join('\n')), { inferRows: 2 });
    assert.equal(table.rowCount, 5000);
    assert.deepEqual(cells(table, 'id').slice(-2), [4998, 4999]);
    assert.equal(table.lines[4999], 5001);
  });

  it('cuts the columns to the row count when the estimate was far too high', async () => {
    const rows = ['id,text', '0,a', '1,b'];
    for (let k = 2; k < 300; k++) rows.push(`${k},${'w'.repeat(300)}`);
    const table = await readTable(csv(rows.join('\n')), { inferRows: 2 });
    const id = column(table, 'id');
    assert.ok(id.kind === 'numeric');
    assert.equal(id.values.length, 300);
    assert.equal(id.values.buffer.byteLength, 300 * 8); // a copy, not a view of the oversized array
    assert.equal(table.lines.length, 300);
  });
});

describe('CSV: round trip', () => {
  const original = blockSize.bytes;
  afterEach(() => {
    blockSize.bytes = original;
  });

  /** RFC 4180 writing: quote a field holding a separator, a quote or a line break; double its quotes. */
  const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

  it('reads back any table of text written as RFC 4180, at any block size', async () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'b', '"', ',', '\n', '\r\n', '\r', ' ', 'é', '1', '🙂'),
      maxLength: 6,
    });
    const tables = fc.integer({ min: 2, max: 4 }).chain((width) =>
      fc.record({
        rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
          minLength: 1,
          maxLength: 8,
        }),
        lineEnd: fc.constantFrom('\n', '\r\n'),
        block: fc.integer({ min: 1, max: 40 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(tables, async ({ rows, lineEnd, block }) => {
        const names = rows[0].map((_, k) => `c${k}`);
        const text = [names, ...rows].map((row) => row.map(field).join(',')).join(lineEnd) + lineEnd;
        blockSize.bytes = block;
        const columnTypes = Object.fromEntries(names.map((name) => [name, 'string' as const]));
        const table = await readTable(csv(text), { columnTypes, missingValues: [] });
        assert.equal(table.rowCount, rows.length);
        names.forEach((name, k) => {
          assert.deepEqual(
            cells(table, name),
            rows.map((row) => row[k]),
          );
        });
        // Each row starts on the line after the line breaks of the rows before it.
        let line = 2;
        rows.forEach((row, r) => {
          assert.equal(table.lines[r], line);
          line += 1 + row.join(',').split('\n').length - 1;
        });
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
