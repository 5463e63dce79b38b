// Writes the embedded example: a small credit-scoring dataset that the demo and the example workflow run
// every gate on. Deterministic (seeded PRNG), so the committed files are reproducible:
//   npx node examples/generate.ts
// - data/train.csv:   800 labelled training rows (the reference)
// - data/serving.csv: 800 scored production rows, drifted on income and region, with a lower accuracy
// - data/batch.csv:   a new batch with quality problems for validate-data to catch (ragged row, bad
//                     values, unknown category, duplicate id)
// - data/evaluation.csv: 1,200 labelled, scored rows with a sensitive column `sex` for fairness-gate;
//                     the planted disparity: the model scores group F lower at equal merit, so F is
//                     selected less (demographic parity ratio well below 0.8); group X is small.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

function pick<T>(rand: () => number, items: readonly T[], weights: readonly number[]): T {
  let u = rand() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < items.length; i++) {
    u -= weights[i];
    if (u < 0) return items[i];
  }
  return items[items.length - 1];
}

const header = [
  'customer_id',
  'age',
  'income',
  'credit_score',
  'employment',
  'region',
  'label',
  'score',
  'prediction',
];
const employment = ['salaried', 'self-employed', 'retired', 'student'] as const;
const regions = ['north', 'south', 'east', 'west'] as const;

function rows(seed: number, count: number, firstId: number, drifted: boolean): string[][] {
  const rand = prng(seed);
  const out: string[][] = [];
  for (let i = 0; i < count; i++) {
    const age = Math.min(90, Math.max(18, Math.round(42 + 12 * normal(rand))));
    const income = Math.round(Math.exp(10.6 + (drifted ? 0.25 : 0) + 0.45 * normal(rand)));
    const credit = Math.min(850, Math.max(300, Math.round(680 + 60 * normal(rand))));
    const job = pick(rand, employment, [0.6, 0.2, 0.12, 0.08]);
    const region = pick(rand, regions, drifted ? [0.1, 0.2, 0.3, 0.4] : [0.25, 0.25, 0.25, 0.25]);
    const logit = (credit - 680) / 40 + (income - 45000) / 40000 - (job === 'student' ? 0.8 : 0);
    const label = rand() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    // Serving-time scores come from a model trained before the drift: noisier on the drifted data.
    const noise = (drifted ? 1.6 : 0.7) * normal(rand);
    const score = 1 / (1 + Math.exp(-(logit + noise)));
    out.push([
      String(firstId + i),
      String(age),
      String(income),
      String(credit),
      job,
      region,
      String(label),
      score.toFixed(4),
      String(score >= 0.5 ? 1 : 0),
    ]);
  }
  return out;
}

function csv(table: string[][]): string {
  return `${[header, ...table].map((r) => r.join(',')).join('\n')}\n`;
}

const dir = join(import.meta.dirname, 'data');
writeFileSync(join(dir, 'train.csv'), csv(rows(7, 800, 100000, false)));
writeFileSync(join(dir, 'serving.csv'), csv(rows(11, 800, 200000, true)));

const batch = rows(13, 200, 300000, false);
batch[17][1] = '-4'; // age below the schema's minimum
batch[42][4] = 'contractor'; // employment outside the known categories
batch[64][3] = 'n/a-score'; // not a number
batch[90][0] = batch[89][0]; // duplicate customer id
const lines = csv(batch).split('\n');
lines[121] = lines[121].split(',').slice(0, 7).join(','); // a ragged row: 7 of 9 fields
writeFileSync(join(dir, 'batch.csv'), lines.join('\n'));
console.log(`wrote ${dir}/train.csv, serving.csv, batch.csv`);

function evaluationRows(seed: number, count: number): string {
  const rand = prng(seed);
  const lines = ['customer_id,sex,age,region,label,score,prediction'];
  for (let i = 0; i < count; i++) {
    const sex = pick(rand, ['F', 'M', 'X'], [0.48, 0.5, 0.02]);
    const age = Math.min(90, Math.max(18, Math.round(42 + 12 * normal(rand))));
    const region = pick(rand, regions, [0.25, 0.25, 0.25, 0.25]);
    const merit = normal(rand);
    const label = rand() < 1 / (1 + Math.exp(-(merit * 1.5 - 0.4))) ? 1 : 0;
    const logit = merit * 1.5 - 0.4 + 0.8 * normal(rand) - (sex === 'F' ? 0.9 : 0);
    const score = 1 / (1 + Math.exp(-logit));
    lines.push([4000000 + i, sex, age, region, label, score.toFixed(4), score >= 0.5 ? 1 : 0].join(','));
  }
  return `${lines.join('\n')}\n`;
}

writeFileSync(join(dir, 'evaluation.csv'), evaluationRows(17, 1200));
