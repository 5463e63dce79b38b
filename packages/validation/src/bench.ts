// Times validateTable, inferSchema and compareQuality on a generated table (default 1,000,000 rows x 12
// columns, half numeric, half text, with some missing and out-of-range cells):
//   npx node packages/validation/src/bench.ts [rows]
// Exported for the repository's bench script; numbers are measured here, never asserted in a test.
import type { Column, Table } from './core.ts';
import { inferSchema } from './infer.ts';
import { compareQuality } from './quality.ts';
import { validateTable } from './validate.ts';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A table shaped like a reader's output, built straight into typed arrays. */
export function benchTable(rows: number, seed = 1): Table {
  const rand = prng(seed);
  const columns: Column[] = [];
  const ids = new Float64Array(rows);
  for (let i = 0; i < rows; i++) ids[i] = 1_000_000 + i;
  columns.push({
    kind: 'numeric',
    name: 'customer_id',
    type: 'integer',
    values: ids,
    invalidCount: 0,
    invalidExamples: [],
  });
  for (let c = 0; c < 5; c++) {
    const values = new Float64Array(rows);
    const integer = c % 2 === 0;
    for (let i = 0; i < rows; i++) {
      const x = rand() < 0.01 ? Number.NaN : 100 * rand() + c;
      values[i] = integer ? Math.round(x) : x;
    }
    columns.push({
      kind: 'numeric',
      name: `x${c}`,
      type: integer ? 'integer' : 'number',
      values,
      invalidCount: 0,
      invalidExamples: [],
    });
  }
  for (let c = 0; c < 6; c++) {
    const size = c === 5 ? 5000 : 4 + c * 3;
    const dictionary = Array.from({ length: size }, (_, k) => `value_${c}_${k}`);
    const codes = new Int32Array(rows);
    for (let i = 0; i < rows; i++) codes[i] = rand() < 0.02 ? -1 : Math.floor(rand() * rand() * size);
    columns.push({
      kind: 'categorical',
      name: `c${c}`,
      type: c === 5 ? 'string' : 'category',
      codes,
      dictionary,
    });
  }
  const lines = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) lines[i] = i + 2;
  return {
    rowCount: rows,
    columns,
    sources: [{ file: 'bench.csv', format: 'csv', firstRow: 0, rowCount: rows }],
    lines,
    problems: [],
  };
}

function time<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

export interface ValidationBench {
  rows: number;
  columns: number;
  inferMs: number;
  validateMs: number;
  compareMs: number;
  /** Growth of the heap plus array buffers during validation, above the table itself. */
  validateExtraMB: number;
}

export function benchValidation(rows = 1_000_000): ValidationBench {
  const reference = benchTable(rows, 1);
  const current = benchTable(rows, 2);
  const inferred = time(() => inferSchema(reference));
  const schema = inferred.result;
  for (const column of schema.columns) if (column.name === 'x0' && column.max !== undefined) column.max -= 5;
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const before = used();
  const validated = time(() => validateTable(current, schema));
  const extra = (used() - before) / 2 ** 20;
  const compared = time(() => compareQuality(reference, current, schema.quality));
  return {
    rows,
    columns: current.columns.length,
    inferMs: Math.round(inferred.ms),
    validateMs: Math.round(validated.ms),
    compareMs: Math.round(compared.ms),
    validateExtraMB: Math.round(extra),
  };
}

if (import.meta.main) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  console.log(benchValidation(rows));
}
