import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DISPARITY_DEFINITIONS, type DisparityName } from './disparities.ts';
import { measureFairness } from './measure.ts';
import { accumulateFile, CLASSIFICATION_DEFAULTS, writeCsv } from './testing/read.ts';

interface GoldenCase {
  name: string;
  task: 'classification' | 'regression';
  method: 'between_groups' | 'to_overall';
  sensitive: string[];
  columns: Record<string, string[]>;
  label: number[];
  prediction: number[];
  /** With scores, the prediction is score >= 0.5, and ROC-AUC and the calibration gap are measured too. */
  score?: number[];
  groups: Record<string, Record<string, number | null>>;
  overall: Record<string, number | null>;
  disparities: Record<string, number | null>;
}

const golden = JSON.parse(readFileSync(new URL('../goldens/fairness.json', import.meta.url), 'utf8')) as {
  cases: GoldenCase[];
};

function close(actual: number, expected: number | null, what: string): void {
  if (expected === null) {
    assert.ok(Number.isNaN(actual), `${what}: expected undefined, got ${actual}`);
    return;
  }
  const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} vs scikit-learn ${expected}`);
}

for (const c of golden.cases) {
  test(`fairness golden ${c.name}: group rates and disparities match scikit-learn/Fairlearn at 1e-9`, async () => {
    const hasScores = c.score !== undefined;
    const path = writeCsv({ ...c.columns, label: c.label, prediction: c.prediction, score: c.score ?? [] });
    const counts = await accumulateFile(path, {
      ...CLASSIFICATION_DEFAULTS,
      task: c.task,
      sensitiveColumns: c.sensitive,
      ...(hasScores ? { scoreColumn: 'score', keepScores: true } : {}),
    });
    const metrics = (Object.keys(DISPARITY_DEFINITIONS) as DisparityName[]).filter(
      (m) =>
        DISPARITY_DEFINITIONS[m].task === c.task &&
        (hasScores || !('needsScore' in DISPARITY_DEFINITIONS[m])),
    );
    const measured = measureFairness(counts, {
      method: c.method,
      minGroupSize: 0,
      metrics,
      hasScores,
      bootstrap: 0,
      confidence: 0.95,
      seed: 1,
    });
    assert.deepEqual(measured.groups.map((g) => g.name).sort(), Object.keys(c.groups).sort());
    for (const g of measured.groups) {
      const expected = c.groups[g.name];
      assert.equal(g.n, expected.n, `${g.name} size`);
      for (const rate of measured.rateNames) close(g.rates[rate], expected[rate], `${g.name} ${rate}`);
    }
    for (const rate of measured.rateNames) close(measured.overall[rate], c.overall[rate], `overall ${rate}`);
    assert.deepEqual(measured.disparities.map((d) => d.name).sort(), Object.keys(c.disparities).sort());
    for (const d of measured.disparities) close(d.value, c.disparities[d.name], d.name);
  });
}
