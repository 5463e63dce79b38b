/**
 * The options of check-drift's comparison mode, as the action hands them over after parsing its inputs,
 * with defaults and validation. A wrong option is an InputError naming the action input.
 */

import { byName, InputError } from '@modelgate/core';
import { DRIFT_METHODS, METHODS, type MethodChoice } from './methods.ts';
import type {
  BootstrapOptions,
  DropMode,
  PerformanceMetric,
  PerformanceOptions,
  Task,
} from './performance.ts';

export type Correction = 'none' | 'bonferroni' | 'fdr';

export interface DriftOptions {
  /** Feature columns to compare; default every reference column except those below. */
  columns?: string[];
  /** Columns never compared. */
  excludeColumns?: string[];
  /** Override how a column is compared: as numbers or as categories. */
  columnTypes?: Record<string, 'numeric' | 'categorical'>;
  /** Default auto (see methods.ts). */
  method?: MethodChoice;
  methodPerColumn?: Record<string, MethodChoice>;
  /** Overrides the chosen method's default threshold (0.05 for p-values, 0.1 for distances). */
  threshold?: number;
  thresholdPerColumn?: Record<string, number>;
  /** Log base of the Jensen-Shannon distance. Default 2 (the distance lies in [0, 1]). */
  jsBase?: 2 | 'e';
  /** Dataset drift when at least this share of the feature columns drifted. Default 0.5. */
  driftShare?: number;
  /** Multiple-testing correction of the p-value methods across feature columns. Default none. */
  correction?: Correction;
  /** A column also drifts when its missing share moves by more than this (absolute). Default 0.05. */
  missingShareTolerance?: number;
  /** Compared on its own line ("prediction drift"), not counted in the drift share. */
  predictionColumn?: string;
  /** With predictionColumn, task and maxPerformanceDrop: concept drift (performance.ts). */
  targetColumn?: string;
  task?: Task;
  maxPerformanceDrop?: number;
  /** How the drop is measured: auto (default: relative for MAE/RMSE, absolute for accuracy/F1/ROC-AUC), absolute or relative. */
  performanceDropMode?: DropMode;
  performanceMetric?: PerformanceMetric;
  positiveLabel?: string;
  bootstrap?: BootstrapOptions;
  /** Row identifiers: never compared as features. */
  idColumns?: string[];
  /** PSI bins on numeric columns. Default 10. */
  psiBins?: number;
  /** Charts for at most this many drifted columns (the most drifted first). Default 10. */
  maxCharts?: number;
  /**
   * CHANGES THE TABLES PASSED IN. Default false. When true, measureDrift sorts the numeric columns it
   * compares as numbers inside the tables' own memory instead of in copies, which saves 8 bytes per
   * value: 160 MB on two tables of a million rows with ten numeric columns each.
   * Afterwards such a column's values are out of row order and only its leading finite values, sorted,
   * mean anything, so pass only tables whose compared columns nothing reads after the call. Columns
   * not compared are left alone, and so are those read row by row: the target and prediction columns
   * when concept drift is measured, and numeric columns compared as categories (their new categories
   * are located by row). The statistics are exactly those of the default.
   */
  reuseTableMemory?: boolean;
}

export interface ResolvedOptions {
  columns?: string[];
  excludeColumns: string[];
  columnTypes: Record<string, 'numeric' | 'categorical'>;
  method: MethodChoice;
  methodPerColumn: Record<string, MethodChoice>;
  threshold?: number;
  thresholdPerColumn: Record<string, number>;
  jsBase: 2 | 'e';
  driftShare: number;
  correction: Correction;
  missingShareTolerance: number;
  predictionColumn?: string;
  performance?: Omit<PerformanceOptions, 'scoreThreshold'>;
  idColumns: string[];
  psiBins: number;
  maxCharts: number;
  reuseTableMemory: boolean;
}

export const DEFAULTS = {
  method: 'auto',
  jsBase: 2,
  driftShare: 0.5,
  correction: 'none',
  missingShareTolerance: 0.05,
  psiBins: 10,
  psiEpsilon: 1e-4,
  maxCharts: 10,
} as const;

const METHOD_CHOICES: MethodChoice[] = ['auto', ...DRIFT_METHODS];

export function resolveOptions(options: DriftOptions): ResolvedOptions {
  const method = options.method ?? DEFAULTS.method;
  checkMethod(method, 'method');
  const methodPerColumn = byName(options.methodPerColumn);
  for (const [column, choice] of Object.entries(methodPerColumn))
    checkMethod(choice, 'method-per-column', column);
  const thresholdPerColumn = byName(options.thresholdPerColumn);
  if (options.threshold !== undefined) checkThreshold(options.threshold, 'threshold');
  for (const [column, value] of Object.entries(thresholdPerColumn))
    checkThreshold(value, 'threshold-per-column', column);
  const columnTypes = byName(options.columnTypes);
  for (const [column, type] of Object.entries(columnTypes)) {
    if (type !== 'numeric' && type !== 'categorical') {
      throw new InputError(
        'column-types',
        `column-types: "${column}" is "${type}"; use numeric or categorical`,
      );
    }
  }
  const jsBase = options.jsBase ?? DEFAULTS.jsBase;
  if (jsBase !== 2 && jsBase !== 'e')
    throw new InputError('js-base', `js-base must be 2 or e, got "${jsBase}"`);
  const driftShare = options.driftShare ?? DEFAULTS.driftShare;
  if (!(driftShare > 0 && driftShare <= 1)) {
    throw new InputError(
      'drift-share',
      `drift-share must be a share in (0, 1] such as 0.5, got ${driftShare}`,
    );
  }
  const correction = options.correction ?? DEFAULTS.correction;
  if (!['none', 'bonferroni', 'fdr'].includes(correction)) {
    throw new InputError('correction', `correction must be none, bonferroni or fdr, got "${correction}"`);
  }
  const missingShareTolerance = options.missingShareTolerance ?? DEFAULTS.missingShareTolerance;
  if (!(missingShareTolerance >= 0 && missingShareTolerance < 1)) {
    throw new InputError(
      'missing-share-tolerance',
      `missing-share-tolerance must be a share in [0, 1) such as 0.05, got ${missingShareTolerance}`,
    );
  }
  const psiBins = options.psiBins ?? DEFAULTS.psiBins;
  if (!(Number.isInteger(psiBins) && psiBins >= 2)) {
    throw new InputError('psi-bins', `psi-bins must be a whole number >= 2, got ${psiBins}`);
  }
  const maxCharts = options.maxCharts ?? DEFAULTS.maxCharts;
  if (!(Number.isInteger(maxCharts) && maxCharts >= 0)) {
    throw new InputError('max-charts', `max-charts must be a whole number >= 0, got ${maxCharts}`);
  }
  return {
    columns: options.columns,
    excludeColumns: options.excludeColumns ?? [],
    columnTypes,
    method,
    methodPerColumn,
    threshold: options.threshold,
    thresholdPerColumn,
    jsBase,
    driftShare,
    correction,
    missingShareTolerance,
    predictionColumn: options.predictionColumn,
    performance: resolvePerformance(options),
    idColumns: options.idColumns ?? [],
    psiBins,
    maxCharts,
    reuseTableMemory: options.reuseTableMemory === true,
  };
}

function resolvePerformance(options: DriftOptions): ResolvedOptions['performance'] {
  if (options.targetColumn === undefined) return undefined;
  const need = (value: unknown, input: string, why: string) => {
    if (value === undefined) {
      throw new InputError(input, `target-column is set, so ${input} is needed too (${why})`);
    }
  };
  need(options.predictionColumn, 'prediction-column', 'the predictions to score against the target');
  need(options.task, 'task', 'classification or regression');
  need(options.maxPerformanceDrop, 'max-performance-drop', 'the worsening that calls for a retrain');
  return {
    target: options.targetColumn,
    prediction: options.predictionColumn as string,
    task: options.task as Task,
    maxDrop: options.maxPerformanceDrop as number,
    dropMode: options.performanceDropMode,
    metric: options.performanceMetric,
    positiveLabel: options.positiveLabel,
    bootstrap: options.bootstrap,
  };
}

function checkMethod(choice: string, input: string, column?: string): void {
  if (METHOD_CHOICES.includes(choice as MethodChoice)) return;
  const where = column === undefined ? input : `${input} for column "${column}"`;
  throw new InputError(
    input,
    `${where}: unknown method "${choice}"; use one of ${METHOD_CHOICES.join(', ')}`,
  );
}

function checkThreshold(value: number, input: string, column?: string): void {
  if (Number.isFinite(value) && value > 0) return;
  const where = column === undefined ? input : `${input} for column "${column}"`;
  throw new InputError(
    input,
    `${where} must be a number > 0 (a p-value level such as 0.05 or a distance such as 0.1), got ${value}`,
  );
}

/**
 * The threshold a column is judged at: per column, else the global one, else the method's default. A
 * threshold is a p-value level or a distance depending on the method the column gets (with method auto,
 * not known before), so a level of 1 or more, under which every column would drift, is refused here.
 */
export function thresholdFor(options: ResolvedOptions, column: string, method: keyof typeof METHODS): number {
  const perColumn = options.thresholdPerColumn[column];
  const threshold = perColumn ?? options.threshold ?? METHODS[method].defaultThreshold;
  if (METHODS[method].kind === 'p-value' && threshold >= 1) {
    const input = perColumn !== undefined ? 'threshold-per-column' : 'threshold';
    throw new InputError(
      input,
      `${input} ${threshold} is a p-value level for column "${column}" (compared by ${method}) and must be below 1, such as 0.05`,
    );
  }
  return threshold;
}
