import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type CanaryAnalysis,
  canaryResult,
  defaultMetric,
  formatScore,
  type MetricSamples,
  type MetricSpec,
  nextStep,
  type PrometheusSource,
  parseDuration,
  parseHeaders,
  parseMetricSpecs,
  parseSteps,
  queryPrometheus,
  readMetricsFile,
  runAnalysisLoop,
  VARIANTS,
} from '@modelgate/canary';
import {
  commonInputs,
  type Gate,
  type GateContext,
  input,
  type Options,
  setSecret,
  UserError,
} from '@modelgate/core';
import { DeploymentStatuses } from './deployment.ts';

export const inputs = {
  metrics: input.text(),
  'metrics-file': input.text(),
  'prometheus-url': input.text(),
  'prometheus-token': input.secret(input.text()),
  'prometheus-headers': input.secret(input.text()),
  'prometheus-timeout': input.present(input.number({ min: 0.1, max: 600 })),
  'prometheus-attempts': input.present(input.integer({ min: 1, max: 10 })),
  window: input.present(input.text()),
  step: input.present(input.text()),
  'end-time': input.text(),
  'pass-score': input.present(input.number({ min: 0, max: 100 })),
  'marginal-score': input.present(input.number({ min: 0, max: 100 })),
  steps: input.present(input.list()),
  'current-weight': input.integer({ min: 0, max: 100 }),
  interval: input.present(input.text()),
  iterations: input.present(input.integer({ min: 1, max: 1000 })),
  'failure-limit': input.present(input.integer({ min: 1, max: 1000 })),
  environment: input.text(),
  'deployment-id': input.integer({ min: 1 }),
  ref: input.text(),
  ...commonInputs,
};

type CanaryOptions = Options<typeof inputs>;

/** The metrics input: a YAML list written inline, or the path of a YAML file holding one. */
async function metricSpecs(value: string | undefined, workspace: string): Promise<MetricSpec[] | undefined> {
  if (value === undefined) return undefined;
  const inline = value.includes('\n') || /^\s*[-[]/.test(value);
  if (inline) return parseMetricSpecs(value, 'input "metrics"');
  const path = resolve(workspace, value.trim());
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(
      `input "metrics": cannot read ${value.trim()}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`,
      {
        cause: error,
      },
    );
  }
  return parseMetricSpecs(text, value.trim());
}

/** `end-time`: ISO 8601 with a zone, or seconds since the epoch; default now. In seconds. */
function endTime(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)
    ? Date.parse(text)
    : NaN;
  if (Number.isNaN(iso)) {
    throw new UserError(
      `input "end-time" is ${JSON.stringify(text.slice(0, 40))}: expected ISO 8601 with a zone (2026-01-02T03:04:05Z) or seconds since the epoch`,
    );
  }
  return iso / 1000;
}

function prometheusSource(
  options: CanaryOptions,
  url: string,
  mask: (secret: string) => void,
): PrometheusSource {
  const headers = options['prometheus-headers'] ? parseHeaders(options['prometheus-headers']) : {};
  // The input as a whole is masked already; the runner masks a multi-line secret reliably only when each
  // value is registered on its own.
  for (const value of Object.values(headers)) if (value) mask(value);
  if (options['prometheus-token']) headers.Authorization = `Bearer ${options['prometheus-token']}`;
  return {
    url,
    headers,
    timeoutMs: options['prometheus-timeout'] * 1000,
    attempts: options['prometheus-attempts'],
    backoffMs: 500,
  };
}

/** Where each iteration's samples come from: Prometheus range queries, or the metrics file read again. */
async function sampler(
  options: CanaryOptions,
  specs: MetricSpec[] | undefined,
  context: GateContext,
): Promise<{ specs: MetricSpec[]; sample: () => Promise<MetricSamples> }> {
  const url = options['prometheus-url'];
  const file = options['metrics-file'];
  if (url && file)
    throw new UserError('inputs "prometheus-url" and "metrics-file": give one metric source, not both');
  if (url) {
    if (!specs) throw new UserError('input "metrics" is required with "prometheus-url": a query per metric');
    const mask = context.env.GITHUB_ACTIONS === 'true' ? setSecret : () => {};
    const source = prometheusSource(options, url, mask);
    const windowSeconds = parseDuration(options.window, 'window');
    const stepSeconds = parseDuration(options.step, 'step');
    if (windowSeconds <= 0 || stepSeconds <= 0)
      throw new UserError('inputs "window" and "step" must be longer than 0s');
    const fixedEnd = endTime(options['end-time']);
    return {
      specs,
      sample: () => {
        const end = fixedEnd ?? Date.now() / 1000;
        context.log(
          `querying Prometheus for ${specs.length} metrics over the ${options.window} up to ${new Date(end * 1000).toISOString()}`,
        );
        return queryPrometheus(source, specs, { start: end - windowSeconds, end, stepSeconds });
      },
    };
  }
  if (file) {
    const path = resolve(context.workspace, file);
    const known = specs ? new Set(specs.map((s) => s.name)) : undefined;
    const first = await readMetricsFile(path, known);
    // Without a metrics list every metric in the file is judged with the defaults.
    const judged =
      specs ??
      [...new Set(VARIANTS.flatMap((v) => [...first[v].keys()]))].sort().map((name) => defaultMetric(name));
    let reads = 0;
    return { specs: judged, sample: async () => (reads++ === 0 ? first : readMetricsFile(path, known)) };
  }
  throw new UserError('no metric source: give "prometheus-url" (with "metrics") or "metrics-file"');
}

/** canary-promote: judge the canary against the baseline and decide promote, hold or rollback. */
export const gate: Gate<typeof inputs> = {
  name: 'canary-promote',
  inputs,
  async run(options, context) {
    const { log } = context;
    const steps = parseSteps(options.steps);
    const currentWeight = options['current-weight'] ?? steps[0];
    // Checked before any query: a weight that is not a step is a wrong input, whatever the canary does.
    nextStep(steps, currentWeight, 'hold');
    const thresholds = { passScore: options['pass-score'], marginalScore: options['marginal-score'] };
    if (thresholds.marginalScore > thresholds.passScore) {
      throw new UserError(
        `input "marginal-score" (${thresholds.marginalScore}) is above "pass-score" (${thresholds.passScore})`,
      );
    }
    const intervalMs = parseDuration(options.interval, 'interval') * 1000;
    const specs = await metricSpecs(options.metrics, context.workspace);
    const source = await sampler(options, specs, context);

    const deployment = await DeploymentStatuses.start(
      {
        environment: options.environment,
        deploymentId: options['deployment-id'],
        ref: options.ref,
        currentWeight,
      },
      options.token || context.env.GITHUB_TOKEN,
      context.env,
      log,
    );
    let loop: Awaited<ReturnType<typeof runAnalysisLoop>>;
    try {
      loop = await runAnalysisLoop({
        specs: source.specs,
        thresholds,
        iterations: options.iterations,
        failureLimit: options['failure-limit'],
        intervalMs,
        sample: source.sample,
        log,
      });
    } catch (error) {
      await deployment.abandon(
        error instanceof UserError ? 'the metrics could not be read' : 'internal error',
      );
      for (const warning of deployment.warnings) log(`warning: ${warning}`);
      throw error;
    }
    const next = nextStep(steps, currentWeight, loop.decision);
    const analysis: CanaryAnalysis = {
      ...loop,
      failureLimit: options['failure-limit'],
      thresholds,
      currentWeight,
      next,
    };
    const result = canaryResult(analysis);
    await deployment.finish(
      loop.decision,
      `${loop.decision}: score ${formatScore(loop.final.score)}; next weight ${next.nextWeight}%`,
    );
    return {
      result,
      publishingWarnings: deployment.warnings,
      outputs: {
        decision: loop.decision,
        score: String(loop.final.score),
        'next-weight': String(next.nextWeight),
        promoted: String(next.promoted),
        'failed-metrics': JSON.stringify(loop.final.failedMetrics),
        ...(deployment.deploymentId !== undefined
          ? { 'deployment-id': String(deployment.deploymentId) }
          : {}),
      },
    };
  },
};
