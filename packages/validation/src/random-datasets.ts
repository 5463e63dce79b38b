// Random small datasets and schemas for property tests that run two ways of validating side by side:
// small domains, so rows and keys repeat, columns go (almost) constant and every rule has something to say.
import fc from 'fast-check';
import { scratchFolder } from '../../core/src/data/test-support.ts';
import type { ColumnSchema, RuleSeverity, Schema, SchemaColumnType } from './schema.ts';
import { defaultQualityTolerances } from './schema.ts';

const folder = scratchFolder();
let written = 0;

/** Cells of one column kind: small domains, so rows and keys repeat and columns go (almost) constant. */
export const cellsOf: Record<string, fc.Arbitrary<string>> = {
  int: fc.constantFrom('', '-2', '0', '1', '1', '3', '12', 'x'),
  num: fc.constantFrom('', '0.5', '1', '2.25', '-1', '1e3', 'NaN'),
  text: fc.constantFrom('', 'a', 'b', 'b', 'c1', 'dd', '2024-01-02', '7'),
  flag: fc.constantFrom('0', '1', '1', ''),
  mostly: fc.constantFrom('k', 'k', 'k', 'k', 'k', 'k', 'z', ''),
};
export const kinds = Object.keys(cellsOf);
export const names = ['id', 'c1', 'c2', 'c3', 'c4'];
export const severities: RuleSeverity[] = ['allow', 'warn', 'error'];
export const types: SchemaColumnType[] = ['integer', 'number', 'boolean', 'string', 'category', 'datetime'];

export interface Dataset {
  columns: string[];
  kindOf: Record<string, string>;
  /** Each file's lines, the header first; a ragged line now and then. */
  files: string[][];
}

/** A dataset of 1..3 files with the given columns: 0..24 data rows in all, with some ragged lines. */
export function dataset(columns: string[]): fc.Arbitrary<Dataset> {
  return fc
    .tuple(
      fc
        .constantFrom(...kinds)
        .chain((first) =>
          fc.tuple(fc.constant(first), ...columns.slice(1).map(() => fc.constantFrom(...kinds))),
        ),
      fc.integer({ min: 1, max: 3 }),
    )
    .chain(([kindList, fileCount]) => {
      const kindOf = Object.fromEntries(columns.map((c, i) => [c, kindList[i]]));
      const row = fc.oneof(
        {
          weight: 12,
          arbitrary: fc.tuple(...columns.map((c) => cellsOf[kindOf[c]])).map((r) => r.join(',')),
        },
        { weight: 1, arbitrary: fc.constant('ragged') },
      );
      const file = fc.array(row, { maxLength: 10 });
      return fc.array(file, { minLength: fileCount, maxLength: fileCount }).map((bodies) => ({
        columns,
        kindOf,
        files: bodies.map((body) => [columns.join(','), ...body]),
      }));
    });
}

export function write(data: Dataset): string[] {
  written++;
  return data.files.map((lines, f) => folder.file(`d${written}-${f}.csv`, `${lines.join('\n')}\n`));
}

export const columnSchema = (name: string): fc.Arbitrary<ColumnSchema> =>
  fc
    .record({
      type: fc.constantFrom(...types),
      required: fc.boolean(),
      nullable: fc.boolean(),
      maxMissing: fc.option(fc.constantFrom(0, 0.1, 0.5), { nil: undefined }),
      min: fc.option(fc.constantFrom(-1, 0, 1), { nil: undefined }),
      max: fc.option(fc.constantFrom(1, 3, 1000), { nil: undefined }),
      allowed: fc.option(fc.constantFrom<(string | number | boolean)[]>(['a', 'b'], [0, 1], [true], ['k']), {
        nil: undefined,
      }),
      maxNewCategoryShare: fc.option(fc.constantFrom(0.1, 0.5), { nil: undefined }),
      regex: fc.option(fc.constantFrom('^[a-c]', '\\d'), { nil: undefined }),
      unique: fc.boolean(),
    })
    .map((spec) => {
      const entry: ColumnSchema = { name, ...spec };
      for (const key of Object.keys(entry) as (keyof ColumnSchema)[]) {
        if (entry[key] === undefined) delete entry[key];
      }
      return entry;
    });

export const schema: fc.Arbitrary<Schema> = fc
  .tuple(
    fc.subarray(names).chain((columns) => fc.tuple(...columns.map(columnSchema))),
    fc.record({
      rows: fc.option(fc.record({ min: fc.constantFrom(0, 3), max: fc.constantFrom(5, 100) }), {
        nil: undefined,
      }),
      extraColumns: fc.constantFrom(...severities),
      duplicateRows: fc.constantFrom(...severities),
      constantColumns: fc.constantFrom(...severities),
      almostConstantShare: fc.constantFrom(0.51, 0.6, 0.75, 0.9, 1),
      primaryKey: fc.option(fc.subarray(names, { minLength: 1, maxLength: 2 }), { nil: undefined }),
      qualitySeverity: fc.constantFrom(...severities),
    }),
  )
  .map(([columns, dataset]) => {
    const { qualitySeverity, ...rest } = dataset;
    const result: Schema = {
      version: 1,
      columns,
      ...rest,
      quality: { ...defaultQualityTolerances, severity: qualitySeverity },
    };
    if (result.rows === undefined) delete result.rows;
    if (result.primaryKey === undefined) delete result.primaryKey;
    return result;
  });

/** A schema with the given settings and, for the rest, rules that stay quiet. */
export function schemaWith(settings: Partial<Schema>): Schema {
  return {
    version: 1,
    columns: [],
    extraColumns: 'allow',
    duplicateRows: 'allow',
    constantColumns: 'allow',
    almostConstantShare: 0.99,
    quality: { ...defaultQualityTolerances },
    ...settings,
  };
}
