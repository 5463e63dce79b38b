/**
 * Fixed metric history for the Prometheus tests: ten minutes at 15 s resolution from 2026-01-01T00:00Z of
 * a model's latency, error rate and CPU for a baseline and for canaries that are healthy, slow, erroring,
 * or get no traffic. Values come from a fixed LCG, so every run sees the same numbers.
 */
import { openMetricsSeries } from './prometheus-server.ts';

export const HISTORY_START = 1_767_225_600;
export const HISTORY_END = HISTORY_START + 600;
const STEP = 15;

function noise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1_664_525, state) + 1_013_904_223) >>> 0;
    return state / 2 ** 32 - 0.5;
  };
}

function points(seed: number, level: number, spread: number): [number, number][] {
  const next = noise(seed);
  const out: [number, number][] = [];
  for (let t = HISTORY_START; t <= HISTORY_END; t += STEP)
    out.push([t, Number((level + spread * next()).toFixed(6))]);
  return out;
}

type Scenario = 'healthy' | 'slow' | 'erroring' | 'silent';

/** Per scenario, the canary's levels (the baseline is the same in each). */
const CANARY: Record<Exclude<Scenario, 'silent'>, { latency: number; errors: number; cpu: number }> = {
  healthy: { latency: 0.1, errors: 0.01, cpu: 0.5 },
  slow: { latency: 0.14, errors: 0.01, cpu: 0.5 },
  erroring: { latency: 0.1, errors: 0.2, cpu: 0.5 },
};

export function canaryHistory(): string {
  const families: Record<string, string[]> = {
    model_latency_seconds: [],
    model_error_ratio: [],
    model_cpu_ratio: [],
  };
  let seed = 1;
  for (const scenario of ['healthy', 'slow', 'erroring', 'silent'] as Scenario[]) {
    const sides: [string, { latency: number; errors: number; cpu: number } | undefined][] = [
      ['baseline', { latency: 0.1, errors: 0.01, cpu: 0.5 }],
      ['canary', scenario === 'silent' ? undefined : CANARY[scenario]],
    ];
    for (const [variant, level] of sides) {
      if (!level) continue;
      const labels = { scenario, variant };
      families.model_latency_seconds.push(
        openMetricsSeries('model_latency_seconds', labels, points(seed++, level.latency, 0.02)),
      );
      families.model_error_ratio.push(
        openMetricsSeries('model_error_ratio', labels, points(seed++, level.errors, 0.004)),
      );
      families.model_cpu_ratio.push(
        openMetricsSeries('model_cpu_ratio', labels, points(seed++, level.cpu, 0.1)),
      );
    }
  }
  const text = Object.entries(families).map(([name, series]) => `# TYPE ${name} gauge\n${series.join('\n')}`);
  return `${text.join('\n')}\n# EOF\n`;
}

/** The metrics list for one scenario: latency (weight 1), error ratio (critical, max 0.05), CPU (weight 2). */
export function canaryMetricsYaml(scenario: Scenario): string {
  const q = (name: string) => `${name}{scenario="${scenario}",variant="{{variant}}"}`;
  return [
    `- name: latency`,
    `  query: '${q('model_latency_seconds')}'`,
    `  direction: increase`,
    `  allowed-change: 1.1`,
    `- name: error_ratio`,
    `  query: '${q('model_error_ratio')}'`,
    `  direction: increase`,
    `  allowed-change-absolute: 0.01`,
    `  max: 0.05`,
    `  critical: true`,
    `- name: cpu`,
    `  query: '${q('model_cpu_ratio')}'`,
    `  allowed-change: 1.2`,
    `  weight: 2`,
    '',
  ].join('\n');
}
