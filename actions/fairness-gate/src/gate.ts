import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  byName,
  type ColumnType,
  commonInputs,
  DataError,
  type Gate,
  type GateContext,
  input,
  readTableChunks,
  releasingChunks,
  STREAMING_CHUNK_BYTES,
  UserError,
} from '@modelgate/core';
import {
  compareWithBaseline,
  DISPARITY_DEFINITIONS,
  type DisparityName,
  fairnessResult,
  GroupAccumulator,
  METHODS,
  type MetricName,
  measureFairness,
  type PolicyRule,
  parseBaselineReport,
  parseBins,
  parsePolicyLines,
  parsePolicyYaml,
  RATE_TITLES,
  REFERENCE_DISPARITIES,
} from '@modelgate/fairness';
import { modelCard } from './model-card.ts';

const METRIC_CHOICES = [...(Object.keys(DISPARITY_DEFINITIONS) as DisparityName[]), ...REFERENCE_DISPARITIES];

export const inputs = {
  data: input.present(input.list()),
  'label-column': input.present(input.text()),
  'prediction-column': input.text(),
  'score-column': input.text(),
  'score-threshold': input.present(input.number({ min: 0, max: 1 })),
  'positive-label': input.present(input.text()),
  'sensitive-columns': input.present(input.list()),
  bins: input.text(),
  'missing-sensitive': input.present(input.choice(['group', 'error'] as const)),
  task: input.present(input.choice(['classification', 'regression'] as const)),
  metrics: input.list(),
  policy: input.present(input.text()),
  method: input.present(input.choice(METHODS)),
  'reference-group': input.text(),
  'min-group-size': input.present(input.integer({ min: 0 })),
  bootstrap: input.present(input.integer({ min: 0, max: 100_000 })),
  confidence: input.present(input.number({ min: 0.5, max: 0.999 })),
  seed: input.present(input.integer({ min: 0, max: 4294967295 })),
  'gate-on': input.present(input.choice(['estimate', 'interval'] as const)),
  baseline: input.text(),
  'max-disparity-increase': input.present(input.number({ min: 0 })),
  ...commonInputs,
};

/** The disparities computed when `metrics` is not given: every one that fits the task and the inputs. */
function defaultMetrics(task: string, hasScores: boolean, hasReference: boolean): MetricName[] {
  const names = (Object.keys(DISPARITY_DEFINITIONS) as DisparityName[]).filter(
    (name) => unavailable(name, task, hasScores, hasReference) === undefined,
  );
  return hasReference && task === 'classification' ? [...names, ...REFERENCE_DISPARITIES] : names;
}

/** Why a metric cannot be computed with these inputs, or undefined when it can. */
function unavailable(
  metric: MetricName,
  task: string,
  hasScores: boolean,
  hasReference: boolean,
): string | undefined {
  if ((REFERENCE_DISPARITIES as readonly string[]).includes(metric)) {
    if (task !== 'classification') return 'it needs task: classification';
    return hasReference ? undefined : 'it needs reference-group';
  }
  const d: { task: string; needsScore?: boolean } = DISPARITY_DEFINITIONS[metric as DisparityName];
  if (d.task !== task) return `it is a ${d.task} metric and task is ${task}`;
  if (d.needsScore && !hasScores) return 'it needs score-column';
  return undefined;
}

async function readPolicy(policy: string, workspace: string): Promise<PolicyRule[]> {
  const trimmed = policy.trim();
  if (/\.ya?ml$/i.test(trimmed) && !trimmed.includes('\n')) {
    const path = resolve(workspace, trimmed);
    if (!existsSync(path)) throw new UserError(`input policy: the policy file ${trimmed} does not exist`);
    return parsePolicyYaml(await readFile(path, 'utf8'), trimmed);
  }
  return parsePolicyLines(policy, 'input policy');
}

/** A policy without a rule would hold whatever the model does. */
function requireRules(rules: readonly PolicyRule[], policy: string): void {
  if (rules.length > 0) return;
  const where = /\.ya?ml$/i.test(policy.trim()) ? `the policy file ${policy.trim()}` : 'input policy';
  throw new UserError(
    `${where} holds no rule, so nothing would be checked; write rules such as 'demographic_parity_ratio >= 0.8'`,
  );
}

async function readBaseline(file: string, workspace: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(workspace, file), 'utf8');
  } catch (error) {
    throw new UserError(
      `input baseline: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      { cause: error },
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`input baseline: ${file} is not JSON`, { cause: error });
  }
}

/**
 * The reader names a missing column by its read option ("columns names a column ..."), where the user
 * named it by an input: this reads the data's first row again, all columns, and returns the error naming
 * the input (label-column, sensitive-columns, ...) of a column the data lacks, if one does.
 */
async function missingColumnError(
  data: string[],
  accumulator: GroupAccumulator,
): Promise<UserError | undefined> {
  try {
    for await (const chunk of readTableChunks(data, { chunkRows: 1, inferRows: 1 })) {
      accumulator.requireColumns(chunk);
      return undefined;
    }
  } catch (error) {
    // A read error here is the one being explained already.
    if (error instanceof UserError && !(error instanceof DataError)) return error;
  }
  return undefined;
}

/** fairness-gate: per-group rates and their disparities against the team's policy. */
export const gate: Gate<typeof inputs> = {
  name: 'fairness-gate',
  inputs,
  async run(options, context: GateContext) {
    const { log } = context;
    const task = options.task;
    const scoreColumn = task === 'classification' ? options['score-column'] : undefined;
    const prediction = options['prediction-column'];
    if (!prediction && !scoreColumn) {
      throw new UserError(
        task === 'regression'
          ? 'input prediction-column is required with task: regression'
          : 'give prediction-column, or score-column (with score-threshold)',
      );
    }
    const hasScores = Boolean(scoreColumn);
    const reference = options['reference-group'];
    const rules = await readPolicy(options.policy, context.workspace);
    requireRules(rules, options.policy);
    for (const rule of rules) {
      const why = unavailable(rule.metric, task, hasScores, Boolean(reference));
      if (why) throw new UserError(`input policy: ${rule.metric} cannot be checked here: ${why}`);
    }
    const asked = (options.metrics ?? defaultMetrics(task, hasScores, Boolean(reference))) as string[];
    for (const metric of asked) {
      if (!METRIC_CHOICES.includes(metric as MetricName))
        throw new UserError(
          `input metrics: '${metric}' is not a fairness metric; known: ${METRIC_CHOICES.join(', ')}`,
        );
      const why = unavailable(metric as MetricName, task, hasScores, Boolean(reference));
      if (why) throw new UserError(`input metrics: ${metric} cannot be computed here: ${why}`);
    }
    const metrics = [...new Set([...asked, ...rules.map((r) => r.metric)])] as MetricName[];
    const sensitive = options['sensitive-columns'];
    const bins = options.bins ? parseBins(options.bins) : byName<number[]>();
    for (const column of Object.keys(bins)) {
      if (!sensitive.includes(column))
        throw new UserError(
          `input bins: '${column}' is not one of sensitive-columns (${sensitive.join(', ')})`,
        );
    }

    // Labels, predictions and unbinned groups are read as text, so `1`, `approved` or `F` are compared
    // exactly as written; scores, regression values and binned columns as numbers.
    const columnTypes = byName<ColumnType>();
    for (const column of sensitive) columnTypes[column] = bins[column] ? 'number' : 'category';
    if (task === 'classification') {
      columnTypes[options['label-column']] = 'category';
      if (scoreColumn) columnTypes[scoreColumn] = 'number';
      else if (prediction) columnTypes[prediction] = 'category';
    } else {
      columnTypes[options['label-column']] = 'number';
      if (prediction) columnTypes[prediction] = 'number';
    }
    const columns = Object.keys(columnTypes);
    const accumulator = new GroupAccumulator({
      task,
      labelColumn: options['label-column'],
      predictionColumn: scoreColumn ? undefined : prediction,
      scoreColumn,
      scoreThreshold: options['score-threshold'],
      positiveLabel: options['positive-label'],
      sensitiveColumns: sensitive,
      bins,
      missingSensitive: options['missing-sensitive'],
      keepScores: metrics.includes('roc_auc_difference'),
      resamples: options.bootstrap,
      seed: options.seed,
    });
    log(`reading ${options.data.join(', ')}`);
    const chunks = readTableChunks(options.data, {
      columns,
      columnTypes,
      chunkBytes: STREAMING_CHUNK_BYTES,
    });
    try {
      for await (const chunk of releasingChunks(chunks)) accumulator.add(chunk);
    } catch (error) {
      throw (error instanceof DataError && (await missingColumnError(options.data, accumulator))) || error;
    }
    const counts = accumulator.finish();
    const usable = counts.rows - counts.skippedRows;
    if (usable === 0) {
      throw new UserError(
        `${options.data.join(', ')}: no usable rows (read ${counts.rows}, ${counts.skippedRows} without a label or prediction, ${counts.unreadableRows} unreadable); a gate that read no data cannot pass`,
      );
    }
    const positives = counts.classification.reduce((n, g) => n + g.tp + g.fn + g.fp, 0);
    if (task === 'classification' && positives === 0) {
      // The positive label never occurred: every rate would be computed against the wrong class.
      throw new UserError(
        `positive-label '${options['positive-label']}' never occurs in label-column '${options['label-column']}' or the predictions (they hold ${counts.labelValues.slice(1).join(', ') || 'no values'}); set positive-label to the favourable value as written in the data`,
      );
    }
    if (reference && !counts.classification.some((g) => g.name === reference)) {
      throw new UserError(
        `input reference-group: '${reference}' is not a group; the groups are ${counts.order.map((i) => counts.classification[i].name).join('; ')}`,
      );
    }

    log(
      `measuring ${counts.classification.length} group(s)${options.bootstrap > 0 ? ` with ${options.bootstrap} bootstrap resamples` : ''}`,
    );
    const measured = measureFairness(counts, {
      method: options.method,
      minGroupSize: options['min-group-size'],
      metrics,
      hasScores,
      referenceGroup: reference,
      bootstrap: options.bootstrap,
      confidence: options.confidence,
      seed: options.seed,
    });
    const baselineFile = options.baseline;
    const drift = baselineFile
      ? compareWithBaseline(
          measured,
          parseBaselineReport(await readBaseline(baselineFile, context.workspace), baselineFile),
          options['max-disparity-increase'],
          baselineFile,
          measured.rateNames.map((rate) => ({ rate, title: RATE_TITLES[rate] ?? rate })),
        )
      : undefined;
    const judged = fairnessResult(
      counts,
      measured,
      rules,
      {
        gateOn: options['gate-on'],
        minGroupSize: options['min-group-size'],
        sensitiveColumns: sensitive,
        bins,
        referenceGroup: reference,
      },
      drift,
    );

    // The model card lives beside report.json (the folder executeGate writes it to), for later steps.
    const reportDir = resolve(
      context.workspace,
      options['report-dir'],
      options['report-name'] ?? 'fairness-gate',
    );
    await mkdir(reportDir, { recursive: true });
    await writeFile(
      resolve(reportDir, 'model-card.md'),
      modelCard(measured, judged, sensitive, options['gate-on']),
    );

    const worst = judged.worst;
    return {
      result: judged.result,
      outputs: {
        violations: JSON.stringify(
          judged.violations.map((v) => ({ ...v, value: Number.isNaN(v.value) ? null : v.value })),
        ),
        'worst-disparity': worst
          ? JSON.stringify({
              metric: worst.rule.metric,
              value: Number.isNaN(worst.value) ? null : worst.value,
              rule: worst.rule.text,
              status: worst.status,
            })
          : '',
        'model-card-path': resolve(reportDir, 'model-card.md'),
      },
    };
  },
};
