// Writes examples/canary/samples.csv: ten minutes of per-request metrics (one sample per 15 s) for the
// baseline model and a canary that is slightly slower and as accurate, from a fixed LCG, so the demo and the
// example workflow judge the same numbers every time. Run: npx node examples/canary/generate.ts
import { writeFileSync } from 'node:fs';

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1_664_525, state) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const rows = ['metric,variant,value'];
const random = lcg(2026);
const levels = {
  baseline: { latency_ms: 80, error_ratio: 0.01, accuracy: 0.91 },
  canary: { latency_ms: 83, error_ratio: 0.01, accuracy: 0.915 },
};
for (const [variant, level] of Object.entries(levels)) {
  for (let i = 0; i < 40; i++) {
    rows.push(`latency_ms,${variant},${(level.latency_ms + 20 * (random() - 0.5)).toFixed(2)}`);
    rows.push(`error_ratio,${variant},${(level.error_ratio + 0.006 * (random() - 0.5)).toFixed(4)}`);
    rows.push(`accuracy,${variant},${(level.accuracy + 0.02 * (random() - 0.5)).toFixed(4)}`);
  }
}
writeFileSync(new URL('samples.csv', import.meta.url), `${rows.join('\n')}\n`);
