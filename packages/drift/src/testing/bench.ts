/**
 * Times detectDrift on two in-memory tables shaped like shared/bench (8 normal columns, a log-normal
 * income with 1% missing, an integer age, two categoricals), so the statistics are measured without the
 * readers. usage: npx node packages/drift/src/testing/bench.ts [ROWS=1000000]
 */

import type { Column, Table } from '@modelgate/core';
import { seededRandom } from '@modelgate/stats';
import { type DriftOptions, detectDrift, summarizeTable } from '../index.ts';
import { sortFinite } from '../sort.ts';

function table(rows: number, seed: number, shift: number): Table {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const columns: Column[] = [];
  const numeric = (name: string, type: 'number' | 'integer', draw: () => number) => {
    const values = new Float64Array(rows);
    for (let i = 0; i < rows; i++) values[i] = draw();
    columns.push({ kind: 'numeric', name, type, values, invalidCount: 0, invalidExamples: [] });
  };
  for (let c = 0; c < 8; c++)
    numeric(`num_${c}`, 'number', () => Math.round((normal() + (c < 3 ? shift : 0)) * 1e6) / 1e6);
  numeric('income', 'number', () =>
    random() < 0.01 ? Number.NaN : Math.round(Math.exp(10 + 0.5 * normal()) * 100) / 100,
  );
  numeric('age', 'integer', () => 18 + Math.floor(random() * 72));
  const categorical = (name: string, dictionary: string[], weights: number[]) => {
    const codes = new Int32Array(rows);
    for (let i = 0; i < rows; i++) {
      let u = random();
      let k = 0;
      while (k < weights.length - 1 && u >= weights[k]) u -= weights[k++];
      codes[i] = k;
    }
    columns.push({ kind: 'categorical', name, type: 'category', codes, dictionary });
  };
  categorical(
    'color',
    ['red', 'green', 'blue', 'yellow'],
    shift === 0 ? [0.4, 0.3, 0.2, 0.1] : [0.25, 0.25, 0.25, 0.25],
  );
  categorical('region', ['north', 'south', 'east', 'west', 'central'], [0.2, 0.2, 0.2, 0.2, 0.2]);
  const lines = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) lines[i] = i + 2;
  return {
    rowCount: rows,
    columns,
    sources: [{ file: `t${seed}.csv`, format: 'csv', firstRow: 0, rowCount: rows }],
    lines,
    problems: [],
  };
}

/**
 * Runs `f` `repeat` times and prints the fastest wall time and this thread's CPU time for that run (the
 * machine is shared: the minimum is the least noisy, and CPU time does not count waiting for a core).
 */
function time<T>(label: string, f: () => T, repeat = 3): T {
  let best = Number.POSITIVE_INFINITY;
  let cpu = 0;
  let result: T | undefined;
  for (let r = 0; r < repeat; r++) {
    const start = performance.now();
    const startCpu = process.threadCpuUsage();
    result = f();
    const wall = performance.now() - start;
    if (wall < best) {
      best = wall;
      const used = process.threadCpuUsage(startCpu);
      cpu = (used.user + used.system) / 1000;
    }
  }
  console.log(
    `${label.padEnd(44)} ${best.toFixed(0).padStart(6)} ms wall, ${cpu.toFixed(0).padStart(6)} ms CPU (best of ${repeat})`,
  );
  return result as T;
}

const rows = Number(process.argv[2] ?? 1_000_000);
const reference = table(rows, 1, 0);
const current = table(rows, 2, 0.1);
console.log(`${rows.toLocaleString('en-US')} vs ${rows.toLocaleString('en-US')} rows x 12 columns`);
time('warm-up (10,000 rows)', () => detectDrift(table(10_000, 3, 0), table(10_000, 4, 0.1)), 1);
const runs: [string, DriftOptions][] = [
  ['detectDrift, auto (Wasserstein + JS)', {}],
  ['detectDrift, method ks', { method: 'ks' }],
  ['detectDrift, method psi', { method: 'psi' }],
];
const numericValues = [reference, current].flatMap((t) =>
  t.columns.flatMap((c) => (c.kind === 'numeric' ? [c.values] : [])),
);
time(`of which: sortFinite, ${numericValues.length} numeric columns`, () =>
  numericValues.map((values) => sortFinite(values)),
);
for (const [label, options] of runs) time(label, () => detectDrift(reference, current, options));
const summary = time('summarizeTable', () => summarizeTable(reference));
time('detectDrift from the summary, auto', () => detectDrift(summary, current));
