import { readFile } from 'node:fs/promises';
import {
  type CategoricalColumn,
  DEFAULT_MISSING_VALUES,
  findColumn,
  headerRowHint,
  isTableFileName,
  listNames,
  locateRow,
  parseNumberText,
  readTable,
  type Table,
  UserError,
} from '@modelgate/core';
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { checkMetricName, METRIC_NAME } from './metric-spec.ts';

export const VARIANTS = ['baseline', 'canary'] as const;
export type Variant = (typeof VARIANTS)[number];

/** The samples of each metric for each variant, as read (NaN where a sample is missing). */
export type MetricSamples = Record<Variant, Map<string, number[]>>;

export function emptySamples(): MetricSamples {
  return { baseline: new Map(), canary: new Map() };
}

function add(samples: MetricSamples, variant: Variant, metric: string, value: number): void {
  const list = samples[variant].get(metric);
  if (list) list.push(value);
  else samples[variant].set(metric, [value]);
}

function isVariant(value: string): value is Variant {
  return (VARIANTS as readonly string[]).includes(value);
}

/**
 * The `metrics-file`: JSON `{"baseline": {"<metric>": [numbers]}, "canary": {...}}` (a `.json` name), or CSV
 * in long form with the columns metric, variant, value, one row per sample. `known` lists the metrics the
 * judge compares; any other metric in the file is an error (a typo would otherwise be silently no-data).
 *
 * A sample left out changes the verdict, so nothing in the file is dropped quietly: a CSV value that is not
 * a finite number (an empty cell, NaN, inf, 1e999) and a JSON key given twice (JSON.parse keeps the last)
 * are errors naming the file and line, as is every other unreadable row here. JSON's null is the one way to
 * write a missing sample (the metric's nan-strategy then removes it or counts it as 0).
 */
export async function readMetricsFile(path: string, known?: ReadonlySet<string>): Promise<MetricSamples> {
  const json = /\.json$/i.test(path);
  if (!json && !isTableFileName(path)) {
    throw new UserError(
      `${path}: a metrics file is JSON (a .json name) or a table of the columns ${listNames(CSV_COLUMNS)} (.csv, .tsv, .jsonl, .ndjson or .parquet, or gzipped .csv.gz, .tsv.gz, .jsonl.gz, .ndjson.gz)`,
    );
  }
  const samples = json ? await readJsonSamples(path) : await readCsvSamples(path);
  for (const variant of VARIANTS) {
    for (const metric of samples[variant].keys()) {
      if (known && !known.has(metric)) {
        throw new UserError(
          `${path}: metric "${metric}" is not in the metrics list (${[...known].join(', ')})`,
        );
      }
    }
  }
  if (samples.baseline.size === 0 && samples.canary.size === 0) {
    throw new UserError(`${path}: holds no samples`);
  }
  return samples;
}

/** A JSON key as a message shows it: plain when it is a metric-like name, else quoted (keys are untrusted). */
function keyText(key: string): string {
  return METRIC_NAME.test(key) ? key : JSON.stringify(key.slice(0, 60));
}

function keyOf(node: unknown): string {
  return isScalar(node) ? String(node.value) : String(node);
}

/**
 * The first key given twice in one object, with where both are. JSON.parse keeps the last silently; yaml
 * (a superset of JSON) keeps every pair in its document, with the offsets that give their lines.
 */
function firstDuplicateKey(
  doc: Document,
): { path: string[]; offset: number; firstOffset: number } | undefined {
  const path: string[] = [];
  const walk = (node: unknown): ReturnType<typeof firstDuplicateKey> => {
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const key = keyOf(pair.key);
        const offset = (pair.key as Node | null)?.range?.[0] ?? 0;
        const first = seen.get(key);
        if (first !== undefined) return { path: [...path, key], offset, firstOffset: first };
        seen.set(key, offset);
        path.push(key);
        const found = walk(pair.value);
        path.pop();
        if (found) return found;
      }
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) {
        path.push(String(index));
        const found = walk(item);
        path.pop();
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(doc.contents);
}

async function readJsonSamples(path: string): Promise<MetricSamples> {
  // A byte-order mark (Windows editors write one) is not JSON; the CSV reader skips it too.
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) throw new UserError(`${path}: not valid JSON: ${error.message}`);
    throw error;
  }
  // The same text again, as yaml's document: it keeps duplicate keys and where each value was written.
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const [error] = doc.errors;
    throw new UserError(
      `${path}:${error.linePos?.[0].line ?? 1}: cannot be checked for duplicate keys: ${error.message.split('\n')[0]}`,
    );
  }
  const duplicate = firstDuplicateKey(doc);
  if (duplicate) {
    throw new UserError(
      `${path}:${lines.linePos(duplicate.offset).line}: ${duplicate.path.map(keyText).join('.')} is given twice (first on line ${lines.linePos(duplicate.firstOffset).line}): expected each variant once, and each metric once per variant`,
    );
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new UserError(`${path}: expected {"baseline": {"<metric>": [numbers]}, "canary": {...}}`);
  }
  const samples = emptySamples();
  for (const [variant, metrics] of Object.entries(document)) {
    if (!isVariant(variant)) {
      throw new UserError(
        `${path}: variant ${JSON.stringify(variant.slice(0, 60))} is not baseline or canary`,
      );
    }
    if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics)) {
      throw new UserError(`${path}: "${variant}" must map metric names to lists of numbers`);
    }
    for (const [metric, values] of Object.entries(metrics)) {
      checkMetricName(metric, `${path}: ${variant}`);
      if (!Array.isArray(values)) {
        throw new UserError(`${path}: ${variant}.${metric} must be a list of numbers`);
      }
      samples[variant].set(metric, []);
      values.forEach((value, index) => {
        // JSON has no NaN: null stands for a missing sample.
        if (value === null) add(samples, variant, metric, Number.NaN);
        else if (typeof value === 'number' && Number.isFinite(value)) add(samples, variant, metric, value);
        else if (typeof value === 'number') {
          // A number beyond a double's range (1e999) parses as Infinity: show it as written.
          const node = doc.getIn([variant, metric, index], true) as Node | undefined;
          const written = node?.range ? text.slice(node.range[0], node.range[1]) : String(value);
          throw new UserError(
            `${path}:${lines.linePos(node?.range?.[0] ?? 0).line}: ${variant}.${metric}[${index}] is ${written.slice(0, 40)}, beyond the range of a number: expected a finite number or null`,
          );
        } else {
          throw new UserError(
            `${path}: ${variant}.${metric}[${index}] is ${JSON.stringify(value).slice(0, 40)}, expected a number or null`,
          );
        }
      });
    }
  }
  return samples;
}

/** The CSV (or TSV, JSON Lines, Parquet) columns of a metrics file, in the order a message lists them. */
const CSV_COLUMNS = ['metric', 'variant', 'value'] as const;

/** The sample a value cell holds, or what is wrong with it (after `column "value" `). */
function parseValue(text: string | undefined): number | { problem: string; missing: boolean } {
  if (text === undefined) return { problem: 'has no value', missing: true };
  if (text.trim() === '') return { problem: 'is empty', missing: true };
  const value = parseNumberText(text);
  if (Number.isFinite(value)) return value;
  const shown = JSON.stringify(text.slice(0, 40));
  if (Number.isNaN(value)) {
    // NaN, NA, null, ...: a sample someone meant as missing.
    return { problem: `is ${shown}`, missing: DEFAULT_MISSING_VALUES.includes(text.trim()) };
  }
  // A decimal cannot hold "inf": the infinity words, else a decimal past a double's range (1e999).
  if (/inf/i.test(text)) return { problem: `is ${shown}, which is infinite`, missing: false };
  return { problem: `is ${shown}, beyond the range of a number`, missing: false };
}

/** Reads the dataset with every column as text; a required column it lacks is named with the ones found. */
async function readSampleTable(path: string): Promise<Table> {
  try {
    // Text, and no text read as missing: each value is parsed below, so that an empty cell, NaN or inf
    // is an error naming its line rather than a NaN the judge would remove.
    return await readTable(path, {
      columnTypes: { metric: 'string', variant: 'string', value: 'string' },
      missingValues: [],
    });
  } catch (error) {
    // The reader names a forced column it does not find in its own words (column-types, an input
    // canary-promote does not have); name the metrics file's required columns instead.
    const names = await readTable(path, { inferRows: 1 }).then(
      (table) => table.columns.map((c) => c.name),
      () => undefined,
    );
    const missing = names && CSV_COLUMNS.filter((name) => !names.includes(name));
    if (!names || !missing || missing.length === 0) throw error;
    const hint = headerRowHint(path, names);
    throw new UserError(
      `${path}: the metrics file lacks the required column${missing.length > 1 ? 's' : ''} ${listNames(missing)}: expected the columns ${listNames(CSV_COLUMNS)}, one row per sample; found ${names.length > 0 ? listNames(names) : 'none'}${hint ? `.${hint}` : ''}`,
    );
  }
}

function textColumn(table: Table, name: string): CategoricalColumn {
  const column = findColumn(table, name);
  if (column?.kind !== 'categorical')
    throw new Error(`readMetricsFile: column "${name}" was not read as text`);
  return column;
}

/** How many value cells are unreadable, and on which lines (the first 10), for the end of the message. */
function alsoOn(table: Table, rows: number[]): string {
  if (rows.length < 2) return '';
  const first = locateRow(table, rows[0]).file;
  const shown = rows.slice(0, 10).map((row) => {
    const { file, line } = locateRow(table, row);
    return file === first ? String(line) : `${file}:${line}`;
  });
  return `; ${rows.length} cells are not finite numbers, on lines ${shown.join(', ')}${rows.length > 10 ? ', ...' : ''}`;
}

async function readCsvSamples(path: string): Promise<MetricSamples> {
  const table = await readSampleTable(path);
  const metric = textColumn(table, 'metric');
  const variant = textColumn(table, 'variant');
  const value = textColumn(table, 'value');
  if (table.problems.length > 0) {
    const first = table.problems[0];
    throw new UserError(`${first.file}:${first.line}: ${first.message}`);
  }
  const text = (column: CategoricalColumn, row: number): string | undefined =>
    column.codes[row] < 0 ? undefined : column.dictionary[column.codes[row]];
  const values = new Float64Array(table.rowCount);
  const bad: number[] = [];
  let firstProblem: { problem: string; missing: boolean } | undefined;
  for (let row = 0; row < table.rowCount; row++) {
    const parsed = parseValue(text(value, row));
    if (typeof parsed === 'number') values[row] = parsed;
    else {
      firstProblem ??= parsed;
      bad.push(row);
    }
  }
  if (firstProblem) {
    const { file, line } = locateRow(table, bad[0]);
    const hint = firstProblem.missing ? ' (leave the row out for a missing sample)' : '';
    throw new UserError(
      `${file}:${line}: column "value" ${firstProblem.problem}: expected a finite number${hint}${alsoOn(table, bad)}`,
    );
  }
  const samples = emptySamples();
  for (let row = 0; row < table.rowCount; row++) {
    const name = text(metric, row) ?? '';
    const side = text(variant, row) ?? '';
    const { file, line } = locateRow(table, row);
    if (!isVariant(side)) {
      throw new UserError(
        `${file}:${line}: variant ${JSON.stringify(side.slice(0, 60))} is not baseline or canary`,
      );
    }
    checkMetricName(name, `${file}:${line}`);
    add(samples, side, name, values[row]);
  }
  return samples;
}
