import {
  byName,
  COLUMN_TYPES,
  type ColumnType,
  commonInputs,
  type Gate,
  type GateContext,
  type GateOutcome,
  InputError,
  input,
  type ReadOptions,
  readTables,
} from '@modelgate/core';
import { compareSkew, DRIFT_METHODS, DROP_MODES, driftResult, measureDrift } from '@modelgate/drift';
import { isProfileInput } from '@modelgate/profile';
import { noteApproximations, profileFinding, profileSummary } from './profiles.ts';
import { cachedReference } from './reference-cache.ts';
import { sendRetrainEvent } from './retrain-event.ts';
import { summarizeData } from './summarize.ts';

const methods = ['auto', ...DRIFT_METHODS] as const;

export const inputs = {
  reference: input.present(input.list()),
  current: input.present(input.list()),
  columns: input.list(),
  'exclude-columns': input.list(),
  'column-types': input.mapping(input.choice(COLUMN_TYPES)),
  method: input.present(input.choice(methods)),
  'method-per-column': input.mapping(input.choice(methods)),
  // Ranges are checked by method (checkThreshold, thresholdFor), with one message for every bad value.
  threshold: input.number(),
  'threshold-per-column': input.mapping(input.number()),
  'js-base': input.present(input.choice(['2', 'e'] as const)),
  'drift-share': input.present(input.number({ min: 0, max: 1 })),
  correction: input.present(input.choice(['none', 'bonferroni', 'fdr'] as const)),
  'prediction-column': input.text(),
  'target-column': input.text(),
  task: input.present(input.choice(['classification', 'regression'] as const)),
  'max-performance-drop': input.present(input.number({ min: 0 })),
  'performance-drop-mode': input.present(input.choice(DROP_MODES)),
  'retrain-event': input.text(),
  'id-columns': input.list(),
  'cache-reference': input.present(input.boolean()),
  ...commonInputs,
};

/** How drift compares a column, from the type a user forced on it when reading. */
function comparedAs(types: Record<string, ColumnType>): Record<string, 'numeric' | 'categorical'> {
  const compared = byName<'numeric' | 'categorical'>();
  for (const [column, type] of Object.entries(types))
    compared[column] =
      type === 'string' || type === 'category' || type === 'boolean' ? 'categorical' : 'numeric';
  return compared;
}

/** check-drift: data, prediction and concept drift of current against reference, or training-serving skew. */
export const gate: Gate<typeof inputs> = {
  name: 'check-drift',
  inputs,
  async run(options, context: GateContext): Promise<GateOutcome> {
    const { log } = context;
    const read: ReadOptions = {
      columnTypes: options['column-types'],
      excludeColumns: options['exclude-columns'],
    };
    const ids = options['id-columns'];
    if (ids && [...options.reference, ...options.current].some((p) => p.toLowerCase().endsWith('.json'))) {
      throw new InputError(
        'id-columns',
        'skew compares rows by id, and a profile has no rows: give data files',
      );
    }
    if (ids) {
      log(
        `comparing ${options.reference.join(', ')} with ${options.current.join(', ')} row by row on ${ids.join(', ')}`,
      );
      const [training, serving] = await readTables([options.reference, options.current], read);
      const result = compareSkew(training, serving, { idColumns: ids, columns: options.columns });
      return { result, outputs: { 'unreadable-rows': String(result.metrics['unreadable-rows']) } };
    }

    log(`reading ${options.reference.join(', ')} and ${options.current.join(', ')}`);
    const target = options['target-column'];
    const prediction = options['prediction-column'];
    const columnTypes = comparedAs(options['column-types'] ?? {});
    // Concept drift scores both sides row by row, so their summaries keep those two columns whole.
    const keepRows = target && prediction ? [target, prediction] : [];
    const profiles = {
      reference: isProfileInput('reference', options.reference)
        ? await profileSummary(options.reference, options['exclude-columns'])
        : null,
      current: isProfileInput('current', options.current)
        ? await profileSummary(options.current, options['exclude-columns'])
        : null,
    };
    if (keepRows.length > 0 && (profiles.reference || profiles.current)) {
      throw new InputError(
        'target-column',
        "concept drift pairs each row's target and prediction, and a profile has no rows: leave out target-column, or give data files",
      );
    }
    // Each side is summarised as it is read, chunk by chunk, never held as a table: the reference on a
    // worker thread, the current data here, side by side.
    const [reference, current] = await Promise.all([
      profiles.reference
        ? profiles.reference.summary
        : options['cache-reference']
          ? cachedReference(options.reference, read, keepRows, context)
          : summarizeData(options.reference, read, { keepRows }, 'worker'),
      profiles.current?.summary ??
        summarizeData(options.current, read, { keepRows, categoryExamples: true, columnTypes }, 'main'),
    ]);
    const measured = measureDrift(reference, current, {
      columns: options.columns,
      columnTypes,
      method: options.method,
      methodPerColumn: options['method-per-column'],
      threshold: options.threshold,
      thresholdPerColumn: options['threshold-per-column'],
      jsBase: options['js-base'] === 'e' ? 'e' : 2,
      driftShare: options['drift-share'],
      correction: options.correction,
      predictionColumn: prediction,
      targetColumn: target,
      task: options.task,
      maxPerformanceDrop: options['max-performance-drop'],
      performanceDropMode: options['performance-drop-mode'],
    });
    const sides: [string, typeof profiles.reference][] = [
      ['reference', profiles.reference],
      ['current', profiles.current],
    ];
    noteApproximations(measured, sides, [reference, current]);
    const result = driftResult(measured);
    profileFinding(result, sides);
    const retrainNeeded = measured.performance?.retrainNeeded ?? false;
    const event = options['retrain-event'];
    const publishingWarnings: string[] = [];
    if (retrainNeeded && event) {
      const warning = await sendRetrainEvent(
        event,
        measured,
        options.token || context.env.GITHUB_TOKEN,
        context.env,
      );
      if (warning) publishingWarnings.push(warning);
    }
    return {
      result,
      publishingWarnings,
      outputs: {
        'drift-detected': String(measured.datasetDrift),
        'drift-share': String(measured.driftShare),
        'drifted-columns': JSON.stringify(measured.driftedColumns),
        'retrain-needed': String(retrainNeeded),
        'unreadable-rows': String(result.metrics['unreadable-rows']),
      },
    };
  },
};
