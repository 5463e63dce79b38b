import { readFile } from 'node:fs/promises';
import { type Column, findColumn, locateRow, readTable, UserError } from '@modelgate/core';
import { checkMetricName } from './metric-spec.ts';

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
 */
export async function readMetricsFile(path: string, known?: ReadonlySet<string>): Promise<MetricSamples> {
  const samples = /\.json$/i.test(path) ? await readJsonSamples(path) : await readCsvSamples(path);
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

async function readJsonSamples(path: string): Promise<MetricSamples> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) throw new UserError(`${path}: not valid JSON: ${error.message}`);
    throw error;
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
        else if (typeof value === 'number') add(samples, variant, metric, value);
        else {
          throw new UserError(
            `${path}: ${variant}.${metric}[${index}] is ${JSON.stringify(value).slice(0, 40)}, expected a number or null`,
          );
        }
      });
    }
  }
  return samples;
}

function requireColumn(path: string, column: Column | undefined, name: string): Column {
  if (!column)
    throw new UserError(`${path}: no "${name}" column; expected the columns metric, variant, value`);
  return column;
}

async function readCsvSamples(path: string): Promise<MetricSamples> {
  const table = await readTable(path, {
    columnTypes: { metric: 'string', variant: 'string', value: 'number' },
  });
  const metric = requireColumn(path, findColumn(table, 'metric'), 'metric');
  const variant = requireColumn(path, findColumn(table, 'variant'), 'variant');
  const value = requireColumn(path, findColumn(table, 'value'), 'value');
  if (table.problems.length > 0) {
    const first = table.problems[0];
    throw new UserError(`${first.file}:${first.line}: ${first.message}`);
  }
  if (metric.kind !== 'categorical' || variant.kind !== 'categorical' || value.kind !== 'numeric') {
    throw new Error('readMetricsFile: forced column types were not applied');
  }
  if (value.invalidCount > 0) {
    const bad = value.invalidExamples[0];
    const at = locateRow(table, bad.row);
    throw new UserError(
      `${at.file}:${at.line}: value ${JSON.stringify(bad.value.slice(0, 40))} is not a number (${value.invalidCount} such rows)`,
    );
  }
  const samples = emptySamples();
  for (let row = 0; row < table.rowCount; row++) {
    const at = () => locateRow(table, row);
    const name = metric.codes[row] < 0 ? '' : metric.dictionary[metric.codes[row]];
    const side = variant.codes[row] < 0 ? '' : variant.dictionary[variant.codes[row]];
    if (!isVariant(side)) {
      const { file, line } = at();
      throw new UserError(
        `${file}:${line}: variant ${JSON.stringify(side.slice(0, 60))} is not baseline or canary`,
      );
    }
    const { file, line } = at();
    checkMetricName(name, `${file}:${line}`);
    add(samples, side, name, value.values[row]);
  }
  return samples;
}
