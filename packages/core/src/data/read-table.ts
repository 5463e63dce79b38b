/**
 * readTable: one dataset — one file or several (paths and globs) — into one Table.
 *
 * Reading happens in two passes over the files. The first reads each file's header (Parquet: schema)
 * and checks that all files have the same columns, then samples the first `inferRows` rows of the
 * dataset to decide the column types. The second streams every file into the column builders. The first
 * pass re-reads only the start of the data, so nothing needs to be held between the passes.
 *
 * All files of a dataset must have one format (CSV, TSV, JSON Lines or Parquet; text formats may be
 * gzipped). Column order follows the first file; later files may order their columns differently.
 */
import { isAbsolute } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import {
  CategoricalBuilder,
  type ColumnBuilder,
  MissingValues,
  NumericBuilder,
  TableBuilder,
} from './builders.ts';
import { dataSize } from './byte-source.ts';
import {
  BOOLEAN,
  CATEGORY,
  COMMA,
  DATETIME,
  INTEGER,
  loadCsv,
  NUMBER,
  readCsvHeader,
  SKIP,
  sampleCsv,
  TAB,
} from './csv.ts';
import { DataError } from './errors.ts';
import { headerRowHint } from './header-hint.ts';
import { inferType, SampleStats, textType } from './infer.ts';
import { loadJsonl, sampleJsonl } from './jsonl.ts';
import { type ReadOptions, type ResolvedOptions, resolveOptions } from './options.ts';
import type { ParquetFile } from './parquet.ts';
import { isStdin, STDIN } from './stdin-source.ts';
import type { ColumnType, SourceFormat, Table } from './table.ts';

export interface DataFile {
  path: string;
  format: SourceFormat;
  gzip: boolean;
}

const FORMATS: [suffix: string, format: SourceFormat, gzip: boolean][] = [
  ['.csv', 'csv', false],
  ['.csv.gz', 'csv', true],
  ['.tsv', 'tsv', false],
  ['.tsv.gz', 'tsv', true],
  ['.jsonl', 'jsonl', false],
  ['.jsonl.gz', 'jsonl', true],
  ['.ndjson', 'jsonl', false],
  ['.ndjson.gz', 'jsonl', true],
  ['.parquet', 'parquet', false],
];

/** Whether the readers know `path`'s format from its name (.csv, .tsv, .jsonl, .ndjson, .parquet, gzipped). */
export function isTableFileName(path: string): boolean {
  const lower = path.toLowerCase();
  return FORMATS.some(([suffix]) => lower.endsWith(suffix));
}

export function dataFile(path: string): DataFile {
  if (path === STDIN) return { path, format: 'csv', gzip: false };
  const lower = path.toLowerCase();
  if (isStdin(path) && lower.endsWith('.parquet'))
    throw new DataError(
      path,
      'Parquet cannot be read from standard input (its index is at the end): give a file',
    );
  for (const [suffix, format, gzip] of FORMATS) {
    if (lower.endsWith(suffix)) return { path, format, gzip };
  }
  throw new DataError(
    path,
    'unknown data format: the name must end in .csv, .tsv, .jsonl, .ndjson or .parquet (or .csv.gz, .tsv.gz, .jsonl.gz, .ndjson.gz)',
  );
}

/** Expands paths and globs, in the order given; a glob's matches are sorted. */
export async function resolveInputs(inputs: string | string[]): Promise<string[]> {
  const list = typeof inputs === 'string' ? [inputs] : inputs;
  if (list.length === 0) throw new TypeError('no data files given');
  const files: string[] = [];
  for (const input of list) {
    if (!isDynamicPattern(input)) {
      files.push(input);
      continue;
    }
    const matches = await glob(input, {
      expandDirectories: false,
      absolute: isAbsolute(input),
      onlyFiles: true,
    });
    if (matches.length === 0) throw new DataError(input, 'the pattern matches no file');
    files.push(...matches.sort());
  }
  return [...new Set(files)];
}

/** Names for a message, shortened when there are many (a file may have 10,000 columns). */
export function listNames(names: readonly string[], max = 30): string {
  const shown = names.slice(0, max).map((n) => JSON.stringify(n));
  return names.length > max ? `${shown.join(', ')}, ... (${names.length - max} more)` : shown.join(', ');
}

/** Checks that the names in ReadOptions exist, and returns the columns to load, in file order. */
export function selectColumns(names: string[], options: ResolvedOptions, file: string): string[] {
  const known = new Set(names);
  const check = (list: string[] | undefined, what: string) => {
    for (const name of list ?? []) {
      if (!known.has(name)) {
        throw new DataError(
          file,
          `${what} names a column "${name}" that does not exist; the columns are: ${listNames(names)}` +
            (hint ? `.${hint}` : ''),
        );
      }
    }
  };
  const hint = headerRowHint(file, names);
  // Named as the actions' inputs that set them, which is what a user wrote.
  check(options.columns, 'columns');
  check(options.excludeColumns, 'exclude-columns');
  check(Object.keys(options.columnTypes), 'column-types');
  const wanted = options.columns ? new Set(options.columns) : known;
  const excluded = new Set(options.excludeColumns ?? []);
  return names.filter((name) => wanted.has(name) && !excluded.has(name));
}

export function sameColumns(first: DataFile, firstNames: string[], other: DataFile, names: string[]): void {
  const expected = new Set(firstNames);
  const found = new Set(names);
  const missing = firstNames.filter((n) => !found.has(n));
  const extra = names.filter((n) => !expected.has(n));
  if (missing.length === 0 && extra.length === 0) return;
  const parts = [];
  if (missing.length > 0) parts.push(`missing ${listNames(missing)}`);
  if (extra.length > 0) parts.push(`has extra ${listNames(extra)}`);
  throw new DataError(other.path, `its columns differ from ${first.path}: ${parts.join('; ')}`);
}

function makeBuilders(
  names: string[],
  types: ColumnType[],
  missing: MissingValues,
  options: ResolvedOptions,
): ColumnBuilder[] {
  return names.map((name, c) => {
    const type = types[c];
    return type === 'string' || type === 'category'
      ? new CategoricalBuilder(name, type, missing)
      : new NumericBuilder(name, type, missing, options.maxInvalidExamples);
  });
}

export const KIND_OF: Record<ColumnType, number> = {
  number: NUMBER,
  integer: INTEGER,
  boolean: BOOLEAN,
  datetime: DATETIME,
  string: CATEGORY,
  category: CATEGORY,
};

/**
 * Rows a text dataset is likely to have: exact when the sample read every row, else the bytes to read
 * divided by the sampled bytes per row, with 2% to spare. The table grows if this falls short.
 */
async function estimateRows(files: DataFile[], stats: SampleStats, sampledAll: boolean): Promise<number> {
  if (sampledAll || stats.rows === 0) return stats.rows;
  let bytes = 0;
  for (const file of files) bytes += await dataSize(file.path, file.gzip);
  return Math.ceil((bytes / (stats.bytes / stats.rows)) * 1.02) + 64;
}

/** A column's type as the options give it (columnTypes, then typeHints), if they do. */
function givenType(name: string, options: ResolvedOptions): ColumnType | undefined {
  return options.columnTypes[name] ?? options.typeHints[name];
}

/**
 * The first pass over a CSV/TSV dataset: headers (the same columns in every file), the columns to load and
 * their types, inferred from a sample of the first rows that also measures bytes per row. Shared by
 * readTable and readTableChunks so both decide columns and types alike. Without `measure` (chunks are not
 * sized by it), a dataset whose every type is given is not sampled at all.
 */
export async function planDelimited(files: DataFile[], options: ResolvedOptions, measure = true) {
  const sep = files[0].format === 'tsv' ? TAB : COMMA;
  const headers = [];
  for (const file of files) headers.push((await readCsvHeader(file.path, file.gzip, sep)).names);
  for (let f = 1; f < files.length; f++) sameColumns(files[0], headers[0], files[f], headers[f]);
  const names = selectColumns(headers[0], options, files[0].path);

  // The sample also measures bytes per row, to size the table before the rows arrive.
  const toInfer = new Set(names.filter((name) => givenType(name, options) === undefined));
  const stats = new SampleStats(options.missingValues);
  for (const name of toInfer) stats.column(name);
  let sampledFiles = 0;
  const sampling = measure || toInfer.size > 0;
  for (; sampling && sampledFiles < files.length && stats.rows < options.inferRows; sampledFiles++) {
    const file = files[sampledFiles];
    const samples = headers[sampledFiles].map((name) =>
      toInfer.has(name) ? stats.columns.get(name) : undefined,
    );
    await sampleCsv(file.path, file.gzip, sep, samples, stats, options.inferRows);
  }
  const types = names.map((name) => givenType(name, options) ?? inferType(stats.columns.get(name)));
  return { sep, headers, names, types, stats, sampledFiles };
}

async function readDelimited(files: DataFile[], options: ResolvedOptions): Promise<Table> {
  const { sep, headers, names, types, stats, sampledFiles } = await planDelimited(files, options);
  const missing = new MissingValues(options.missingValues);
  const table = new TableBuilder(makeBuilders(names, types, missing, options), options.maxProblems);
  const sampledAll = sampledFiles === files.length && stats.rows < options.inferRows;
  table.reserve(await estimateRows(files, stats, sampledAll), true);
  const index = new Map(names.map((name, c) => [name, c]));
  for (let f = 0; f < files.length; f++) {
    const header = headers[f];
    const targets = Int32Array.from(header, (name) => index.get(name) ?? -1);
    const kinds = Uint8Array.from(header, (_, k) => (targets[k] < 0 ? SKIP : KIND_OF[types[targets[k]]]));
    const firstRow = table.rowCount;
    await loadCsv(files[f].path, files[f].gzip, sep, { kinds, targets, missing }, table);
    table.addSource(files[f].path, files[f].format, firstRow);
  }
  return table.finish();
}

/** The first pass over a JSON Lines dataset: its columns (the keys of the first rows) and their types. */
export async function planJsonLines(files: DataFile[], options: ResolvedOptions) {
  const stats = new SampleStats(options.missingValues);
  const keys: string[] = [];
  let sampledFiles = 0;
  for (; sampledFiles < files.length && stats.rows < options.inferRows; sampledFiles++) {
    await sampleJsonl(files[sampledFiles].path, files[sampledFiles].gzip, stats, options.inferRows, keys);
  }
  if (keys.length === 0) {
    throw new DataError(
      files[0].path,
      `no columns: the first ${options.inferRows} rows hold no JSON object with a key (the columns of JSON Lines are the keys of its first rows)`,
    );
  }
  const names = selectColumns(keys, options, files[0].path);
  const types = names.map((name) => givenType(name, options) ?? inferType(stats.columns.get(name)));
  return { keys, names, types, stats, sampledFiles };
}

async function readJsonLines(files: DataFile[], options: ResolvedOptions): Promise<Table> {
  const { keys, names, types, stats, sampledFiles } = await planJsonLines(files, options);
  const table = new TableBuilder(
    makeBuilders(names, types, new MissingValues(options.missingValues), options),
    options.maxProblems,
  );
  const sampledAll = sampledFiles === files.length && stats.rows < options.inferRows;
  table.reserve(await estimateRows(files, stats, sampledAll), true);
  const plan = { names, known: new Set(keys), reported: new Set<string>(), inferRows: options.inferRows };
  for (const file of files) {
    const firstRow = table.rowCount;
    await loadJsonl(file.path, file.gzip, plan, table);
    table.addSource(file.path, file.format, firstRow);
  }
  return table.finish();
}

async function readParquetFiles(files: DataFile[], options: ResolvedOptions): Promise<Table> {
  // Imported here, not at the top: the Parquet reader and its decompressors are a seventh of an action's
  // bundle, and a bundler leaves a dynamic import in a chunk of its own that only a Parquet read loads.
  // Every action starts faster and in less memory when its data is CSV or JSON Lines.
  const { loadParquet, openParquet, sampleParquet } = await import('./parquet.ts');
  const parquets: ParquetFile[] = [];
  for (const file of files) parquets.push(await openParquet(file.path));
  for (let f = 1; f < files.length; f++)
    sameColumns(files[0], parquets[0].names, files[f], parquets[f].names);
  const names = selectColumns(parquets[0].names, options, files[0].path);
  const schemaTypes = names.map((name) => parquets[0].types.get(name) as ColumnType | 'text');
  const toSample = names.filter((name, c) => schemaTypes[c] === 'text' && !(name in options.columnTypes));
  const stats = new SampleStats(options.missingValues);
  for (const name of toSample) stats.column(name);
  for (let f = 0; f < parquets.length && stats.rows < options.inferRows && toSample.length > 0; f++) {
    await sampleParquet(parquets[f], toSample, stats, options.inferRows);
  }
  const types = names.map((name, c): ColumnType => {
    const override = options.columnTypes[name];
    if (override) return override;
    const type = schemaTypes[c];
    if (type !== 'text') return type;
    const sample = stats.columns.get(name);
    return sample && sample.values > 0 ? textType(sample) : 'string';
  });
  const table = new TableBuilder(
    makeBuilders(names, types, new MissingValues(options.missingValues), options),
    options.maxProblems,
  );
  table.reserve(
    parquets.reduce((rows, parquet) => rows + parquet.rowCount, 0),
    true,
  );
  const targets = new Map(names.map((name, c) => [name, c]));
  for (let f = 0; f < parquets.length; f++) {
    const firstRow = table.rowCount;
    await loadParquet(parquets[f], targets, table);
    table.addSource(files[f].path, 'parquet', firstRow);
  }
  return table.finish();
}

/** The files of one dataset, in order; they must share a format. */
export async function datasetFiles(inputs: string | string[]): Promise<DataFile[]> {
  const files = (await resolveInputs(inputs)).map(dataFile);
  for (const file of files.slice(1)) {
    if (file.format !== files[0].format) {
      throw new DataError(
        file.path,
        `is ${file.format} but ${files[0].path} is ${files[0].format}: the files of one dataset must share a format`,
      );
    }
  }
  return files;
}

/**
 * Reads one dataset — the files named by `inputs` (paths or globs), in order — into one Table.
 * Throws DataError for unusable data (with file and line), TypeError for bad options.
 */
export async function readTable(inputs: string | string[], options?: ReadOptions): Promise<Table> {
  const resolved = resolveOptions(options);
  const files = await datasetFiles(inputs);
  switch (files[0].format) {
    case 'csv':
    case 'tsv':
      return readDelimited(files, resolved);
    case 'jsonl':
      return readJsonLines(files, resolved);
    case 'parquet':
      return readParquetFiles(files, resolved);
  }
}
