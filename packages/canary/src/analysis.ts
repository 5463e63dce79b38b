import { type Decision, type Judgement, judgeCanary, judgeMetric, type Thresholds } from './judge.ts';
import type { MetricSpec } from './metric-spec.ts';
import type { Iteration } from './report.ts';
import { formatScore } from './report.ts';
import type { MetricSamples } from './samples.ts';

/** Every metric of one set of samples judged, and the canary's score and decision. */
export function judgeSamples(
  specs: readonly MetricSpec[],
  samples: MetricSamples,
  thresholds: Thresholds,
): Judgement {
  const judgements = specs.map((spec) =>
    judgeMetric(spec, samples.baseline.get(spec.name) ?? [], samples.canary.get(spec.name) ?? []),
  );
  return judgeCanary(judgements, thresholds);
}

export interface AnalysisLoopOptions {
  specs: readonly MetricSpec[];
  thresholds: Thresholds;
  iterations: number;
  /** Roll back as soon as this many iterations have failed (a rollback score), as Flagger's threshold. */
  failureLimit: number;
  intervalMs: number;
  /** Fresh samples for each iteration (a new query window, a re-read file). */
  sample: (iteration: number) => Promise<MetricSamples>;
  log: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

export interface AnalysisLoopResult {
  iterations: Iteration[];
  /** The last iteration's judgement. */
  final: Judgement;
  decision: Decision;
  /** `failure-limit` iterations failed: the canary is rolled back (the loop stops there). */
  failureLimitReached: boolean;
}

/**
 * The analysis inside one traffic step: judge, wait `interval`, judge again, `iterations` times; an
 * iteration whose decision is rollback counts as failed, and reaching `failure-limit` failures stops the
 * loop with a rollback (Flagger's threshold). Otherwise the last iteration decides, except that a last
 * iteration that failed under the limit holds rather than rolls back. A rolling summary line is logged
 * after each iteration.
 */
export async function runAnalysisLoop(options: AnalysisLoopOptions): Promise<AnalysisLoopResult> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const iterations: Iteration[] = [];
  let failures = 0;
  for (let i = 1; i <= options.iterations; i++) {
    if (i > 1 && options.intervalMs > 0) await sleep(options.intervalMs);
    const judgement = judgeSamples(options.specs, await options.sample(i), options.thresholds);
    const failed = judgement.decision === 'rollback';
    if (failed) failures++;
    iterations.push({ judgement, failed });
    const failing = judgement.failedMetrics.length
      ? `; failing: ${judgement.failedMetrics.map((n) => JSON.stringify(n)).join(', ')}`
      : '';
    options.log(
      `iteration ${i}/${options.iterations}: score ${formatScore(judgement.score)} (${judgement.decision}); failed iterations ${failures} of limit ${options.failureLimit}${failing}`,
    );
    if (failures >= options.failureLimit) {
      return { iterations, final: judgement, decision: 'rollback', failureLimitReached: true };
    }
  }
  const final = iterations[iterations.length - 1].judgement;
  const decision = final.decision === 'rollback' ? 'hold' : final.decision;
  return { iterations, final, decision, failureLimitReached: false };
}
