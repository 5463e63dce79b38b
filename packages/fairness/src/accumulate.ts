/**
 * Reads a dataset chunk by chunk into per-group counts (counts.ts): memory grows with the number of
 * groups, not rows (except the scores kept per group when ROC-AUC is asked for). Every row is placed in
 * the intersectional group of its sensitive values; a row without a label or prediction is counted as
 * skipped and its place kept as an example.
 */

import { type Column, findColumn, headerRowHint, locateRow, type Table, UserError } from '@modelgate/core';
import { PoissonBootstrapSums } from '@modelgate/stats';
import type { ClassificationGroup, RegressionGroup } from './counts.ts';
import { binLabel, type GroupNaming, groupName, groupOrder, MISSING_GROUP } from './groups.ts';

export interface AccumulateOptions {
  task: 'classification' | 'regression';
  labelColumn: string;
  predictionColumn?: string;
  scoreColumn?: string;
  scoreThreshold: number;
  positiveLabel: string;
  sensitiveColumns: string[];
  /** Bin edges of numeric sensitive columns, ascending. */
  bins: Record<string, number[]>;
  /** A missing sensitive value is its own group `(missing)` or an error. */
  missingSensitive: 'group' | 'error';
  /** Keep each group's scores, split by label, for ROC-AUC. */
  keepScores: boolean;
  /**
   * Bootstrap resamples to stream (0 or absent: none): the statistics that are not counts (regression
   * errors, the calibration gap) get their Poisson-bootstrap sums here, seeded by `seed`, while the
   * rows pass once.
   */
  resamples?: number;
  seed?: number;
}

export interface RowExample {
  file: string;
  line: number;
  unit: 'line' | 'row';
}

export interface Accumulated {
  task: 'classification' | 'regression';
  classification: ClassificationGroup[];
  regression: RegressionGroup[];
  /** Group indexes in the order to report them (groupOrder), not the order the rows first showed them. */
  order: number[];
  /** Per group (aligned with classification), its scores of positive and of negative rows, unsorted. */
  scores: { positive: number[]; negative: number[] }[];
  rows: number;
  skippedRows: number;
  skippedExamples: RowExample[];
  /** Rows the readers could not parse at all. */
  unreadableRows: number;
  /** The two label values seen (positive first) for the report. */
  labelValues: string[];
  /**
   * With resamples: per group (aligned with the groups above) and resample, the Poisson-bootstrap sums
   * [Σw, Σw·|y − ŷ|, Σw·(y − ŷ)², Σw·ŷ] (regression) or [Σw, Σw·score, Σw·label] (classification with a
   * score column).
   */
  resampled?: PoissonBootstrapSums;
}

// Row values handed to the bootstrap sums, reused so the per-row path allocates nothing.
const rowValues = new Float64Array(3);

const MAX_EXAMPLES = 5;

/** How one chunk's cells of a sensitive column map to that column's level, per row. */
function levelsOfChunk(
  column: Column,
  levels: Map<string, number>,
  edges: number[] | undefined,
): { codes: Int32Array; names: string[] } {
  const names: string[] = [];
  const code = (name: string): number => {
    let c = levels.get(name);
    if (c === undefined) {
      c = levels.size;
      levels.set(name, c);
    }
    names[c] = name;
    return c;
  };
  const missing = -1;
  if (column.kind === 'categorical') {
    const byCode = column.dictionary.map((value) => code(value));
    const codes = new Int32Array(column.codes.length);
    for (let i = 0; i < codes.length; i++) codes[i] = column.codes[i] < 0 ? missing : byCode[column.codes[i]];
    return { codes, names };
  }
  const codes = new Int32Array(column.values.length);
  const seen = new Map<number, number>();
  for (let i = 0; i < codes.length; i++) {
    const v = column.values[i];
    if (Number.isNaN(v)) {
      codes[i] = missing;
      continue;
    }
    let c = seen.get(v);
    if (c === undefined) {
      let name: string;
      if (edges) name = binLabel(v, edges);
      else if (column.type === 'boolean') name = v === 1 ? 'true' : 'false';
      else name = String(v);
      c = code(name);
      seen.set(v, c);
    }
    codes[i] = c;
  }
  return { codes, names };
}

function requireColumn(chunk: Table, name: string, role: string): Column {
  const column = findColumn(chunk, name);
  if (!column) {
    const file = chunk.sources[0]?.file ?? 'the data';
    const names = chunk.columns.map((c) => c.name);
    throw new UserError(
      `${role} '${name}' is not a column of ${file} (its columns: ${names.join(', ')}).` +
        headerRowHint(file, names),
    );
  }
  return column;
}

function where(chunk: Table, row: number): string {
  const at = locateRow(chunk, row);
  return `${at.file} ${at.unit} ${at.line}`;
}

/** A binary column's two values: the positive one, and the first other value seen. */
interface BinaryDomain {
  positive: string;
  negative: string | undefined;
}

/**
 * One chunk of a binary column as 1 (positive), 0 (negative) or -1 (missing). A third distinct value is
 * a user error naming the row.
 */
function binaryValues(chunk: Table, column: Column, domain: BinaryDomain, role: string): Int8Array {
  const out = new Int8Array(chunk.rowCount);
  const classify = (value: string, row: number): number => {
    if (value === domain.positive) return 1;
    if (domain.negative === undefined) domain.negative = value;
    if (value === domain.negative) return 0;
    throw new UserError(
      `${role} '${column.name}' is not binary: it holds '${domain.negative}', '${value}' (${where(chunk, row)}) and the positive label '${domain.positive}'; fairness-gate needs two values`,
    );
  };
  if (column.kind === 'categorical') {
    const byCode = new Int8Array(column.dictionary.length).fill(2);
    for (let i = 0; i < out.length; i++) {
      const c = column.codes[i];
      if (c < 0) out[i] = -1;
      else {
        if (byCode[c] === 2) byCode[c] = classify(column.dictionary[c], i);
        out[i] = byCode[c];
      }
    }
    return out;
  }
  let lastValue = Number.NaN;
  let lastClass = 0;
  for (let i = 0; i < out.length; i++) {
    const v = column.values[i];
    if (Number.isNaN(v)) out[i] = -1;
    else {
      if (v !== lastValue) {
        const text = column.type === 'boolean' ? (v === 1 ? 'true' : 'false') : String(v);
        lastClass = classify(text, i);
        lastValue = v;
      }
      out[i] = lastClass;
    }
  }
  return out;
}

function numericValues(chunk: Table, column: Column, role: string): Float64Array {
  if (column.kind !== 'numeric') {
    const example = column.dictionary[0] ?? '';
    throw new UserError(
      `${role} '${column.name}' must be numeric, but ${chunk.sources[0]?.file ?? 'the data'} holds text such as '${example}'`,
    );
  }
  return column.values;
}

/** A streaming accumulator: feed it chunks, then take the counts. */
export class GroupAccumulator {
  private readonly options: AccumulateOptions;
  private readonly levels: Map<string, number>[];
  private readonly groupIndex = new Map<string, number>();
  /** Each group's value per sensitive column, for groupOrder. */
  private readonly groupValues: string[][] = [];
  private readonly label: BinaryDomain;
  private readonly result: Accumulated;

  constructor(options: AccumulateOptions) {
    this.options = options;
    this.levels = options.sensitiveColumns.map(() => new Map());
    this.label = { positive: options.positiveLabel, negative: undefined };
    this.result = {
      task: options.task,
      classification: [],
      regression: [],
      order: [],
      scores: [],
      rows: 0,
      skippedRows: 0,
      skippedExamples: [],
      unreadableRows: 0,
      labelValues: [],
    };
    const resamples = options.resamples ?? 0;
    const width = options.task === 'regression' ? 3 : options.scoreColumn ? 2 : 0;
    if (resamples > 0 && width > 0)
      this.result.resampled = new PoissonBootstrapSums(resamples, width, options.seed ?? 0);
  }

  private skip(chunk: Table, row: number): void {
    this.result.skippedRows++;
    if (this.result.skippedExamples.length < MAX_EXAMPLES)
      this.result.skippedExamples.push(locateRow(chunk, row));
  }

  /** The group index of each row of the chunk. */
  private groupsOf(chunk: Table): Int32Array {
    const o = this.options;
    const perColumn = o.sensitiveColumns.map((name, j) =>
      levelsOfChunk(requireColumn(chunk, name, 'sensitive-columns'), this.levels[j], o.bins[name]),
    );
    const naming: GroupNaming = { columns: o.sensitiveColumns };
    const groups = new Int32Array(chunk.rowCount);
    // A row's combination of level codes as one number (mixed radix, −1 for missing shifted to 0), so the
    // per-row lookup allocates nothing; the name is built once per combination. Past 2^52 combinations,
    // which no real set of sensitive columns reaches, the key becomes a string.
    const radix = perColumn.map((c) => c.names.length + 1);
    const numeric = radix.reduce((product, r) => product * r, 1) < 2 ** 52;
    const byKey = new Map<number | string, number>();
    const parts: string[] = new Array(perColumn.length);
    for (let i = 0; i < groups.length; i++) {
      let key: number | string = numeric ? 0 : '';
      for (let j = 0; j < perColumn.length; j++) {
        const c = perColumn[j].codes[i];
        if (c < 0 && o.missingSensitive === 'error') {
          throw new UserError(
            `sensitive column '${o.sensitiveColumns[j]}' has a missing value (${where(chunk, i)}); set missing-sensitive: group to give such rows their own group`,
          );
        }
        if (numeric) key = (key as number) * radix[j] + c + 1;
        else key += `${c},`;
      }
      let g = byKey.get(key);
      if (g === undefined) {
        for (let j = 0; j < perColumn.length; j++) {
          const c = perColumn[j].codes[i];
          parts[j] = c < 0 ? MISSING_GROUP : perColumn[j].names[c];
        }
        g = this.group(groupName(naming, parts), parts);
        byKey.set(key, g);
      }
      groups[i] = g;
    }
    return groups;
  }

  private group(name: string, values: readonly string[]): number {
    let g = this.groupIndex.get(name);
    if (g === undefined) {
      g = this.groupIndex.size;
      this.groupIndex.set(name, g);
      this.groupValues.push([...values]);
      this.result.classification.push({ name, tp: 0, fp: 0, fn: 0, tn: 0, scoreSum: 0 });
      this.result.regression.push({
        name,
        n: 0,
        absoluteErrorSum: 0,
        squaredErrorSum: 0,
        predictionSum: 0,
      });
      this.result.scores.push({ positive: [], negative: [] });
    }
    return g;
  }

  /** Throws a UserError naming the input (label-column, ...) of the first column `chunk` lacks. */
  requireColumns(chunk: Table): void {
    const o = this.options;
    requireColumn(chunk, o.labelColumn, 'label-column');
    if (o.scoreColumn) requireColumn(chunk, o.scoreColumn, 'score-column');
    else requireColumn(chunk, o.predictionColumn ?? '', 'prediction-column');
    for (const name of o.sensitiveColumns) requireColumn(chunk, name, 'sensitive-columns');
  }

  /** Counts one chunk's rows. */
  add(chunk: Table): void {
    const o = this.options;
    this.result.rows += chunk.rowCount;
    this.result.unreadableRows += chunk.problemCount ?? chunk.problems.length;
    const labelColumn = requireColumn(chunk, o.labelColumn, 'label-column');
    const groups = this.groupsOf(chunk);
    const resampled = this.result.resampled;
    if (o.task === 'regression') {
      const truth = numericValues(chunk, labelColumn, 'label-column');
      const predicted = numericValues(
        chunk,
        requireColumn(chunk, o.predictionColumn ?? '', 'prediction-column'),
        'prediction-column',
      );
      for (let i = 0; i < chunk.rowCount; i++) {
        const y = truth[i];
        const p = predicted[i];
        if (Number.isNaN(y) || Number.isNaN(p)) {
          this.skip(chunk, i);
          continue;
        }
        const g = this.result.regression[groups[i]];
        const e = y - p;
        g.n++;
        g.absoluteErrorSum += Math.abs(e);
        g.squaredErrorSum += e * e;
        g.predictionSum += p;
        if (resampled) {
          rowValues[0] = Math.abs(e);
          rowValues[1] = e * e;
          rowValues[2] = p;
          resampled.add(groups[i], rowValues);
        }
      }
      return;
    }
    const labels = binaryValues(chunk, labelColumn, this.label, 'label-column');
    let predictions: Int8Array;
    let scores: Float64Array | undefined;
    if (o.scoreColumn) {
      scores = numericValues(chunk, requireColumn(chunk, o.scoreColumn, 'score-column'), 'score-column');
      predictions = new Int8Array(chunk.rowCount);
      for (let i = 0; i < scores.length; i++) {
        const s = scores[i];
        if (Number.isNaN(s)) predictions[i] = -1;
        else if (s < 0 || s > 1) {
          throw new UserError(
            `score-column '${o.scoreColumn}' holds ${s} (${where(chunk, i)}); scores must lie in [0, 1]`,
          );
        } else predictions[i] = s >= o.scoreThreshold ? 1 : 0;
      }
    } else {
      predictions = binaryValues(
        chunk,
        requireColumn(chunk, o.predictionColumn ?? '', 'prediction-column'),
        this.label,
        'prediction-column',
      );
    }
    const counts = this.result.classification;
    for (let i = 0; i < chunk.rowCount; i++) {
      const y = labels[i];
      const p = predictions[i];
      if (y < 0 || p < 0) {
        this.skip(chunk, i);
        continue;
      }
      const g = counts[groups[i]];
      if (y === 1) {
        if (p === 1) g.tp++;
        else g.fn++;
      } else if (p === 1) g.fp++;
      else g.tn++;
      if (scores) {
        g.scoreSum += scores[i];
        if (resampled) {
          rowValues[0] = scores[i];
          rowValues[1] = y;
          resampled.add(groups[i], rowValues);
        }
        if (o.keepScores) {
          const kept = this.result.scores[groups[i]];
          (y === 1 ? kept.positive : kept.negative).push(scores[i]);
        }
      }
    }
  }

  /** The counts of everything added so far. */
  finish(): Accumulated {
    const label = this.label;
    this.result.labelValues =
      label.negative === undefined ? [label.positive] : [label.positive, label.negative];
    const o = this.options;
    this.result.order = groupOrder(
      this.groupValues,
      o.sensitiveColumns.map((column) => o.bins[column]),
    );
    return this.result;
  }
}
