/** Test support: rows written to a CSV file and read back in small chunks through the real readers. */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTableChunks } from '@modelgate/core';
import { type Accumulated, type AccumulateOptions, GroupAccumulator } from '../accumulate.ts';

export function writeCsv(columns: Record<string, (string | number | null)[]>, name = 'data.csv'): string {
  const names = Object.keys(columns);
  const rows = columns[names[0]].length;
  const lines = [names.join(',')];
  for (let i = 0; i < rows; i++) lines.push(names.map((c) => columns[c][i] ?? '').join(','));
  const path = join(mkdtempSync(join(tmpdir(), 'fairness-')), name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

export const CLASSIFICATION_DEFAULTS: Omit<AccumulateOptions, 'sensitiveColumns'> = {
  task: 'classification',
  labelColumn: 'label',
  predictionColumn: 'prediction',
  scoreThreshold: 0.5,
  positiveLabel: '1',
  bins: {},
  missingSensitive: 'group',
  keepScores: false,
};

/** The counts of a file read 50 rows at a time, so every test crosses chunk boundaries. */
export async function accumulateFile(path: string, options: AccumulateOptions): Promise<Accumulated> {
  const accumulator = new GroupAccumulator(options);
  for await (const chunk of readTableChunks(path, { chunkRows: 50 })) accumulator.add(chunk);
  return accumulator.finish();
}
