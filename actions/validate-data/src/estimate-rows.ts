import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** Bytes read from the head of each file to measure its bytes per row. */
const SAMPLE_BYTES = 256 * 1024;

/**
 * About how many rows the plain-text files among `inputs` hold (their size over the bytes per line of
 * their first 256 KB), so that validation can size its key sets once (ValidateOptions.expectedRows). Only
 * a hint: compressed and Parquet files, folders, globs and unreadable paths count nothing here (the reader
 * reports what is wrong with them), and any estimate gives the same result.
 */
export function estimateRows(inputs: readonly string[]): number {
  let rows = 0;
  for (const input of inputs) {
    if (/\.(gz|parquet)$/i.test(input)) continue;
    try {
      rows += fileRows(input);
    } catch {
      // Not a readable file: no estimate for it.
    }
  }
  return Math.round(rows);
}

function fileRows(path: string): number {
  const stat = statSync(path);
  if (!stat.isFile() || stat.size === 0) return 0;
  const sample = Buffer.alloc(Math.min(SAMPLE_BYTES, stat.size));
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, sample, 0, sample.length, 0);
  } finally {
    closeSync(fd);
  }
  let lines = 0;
  for (let at = sample.indexOf(10, 0); at !== -1 && at < read; at = sample.indexOf(10, at + 1)) lines++;
  if (lines === 0) return 0;
  return read === stat.size ? lines : (stat.size * lines) / read;
}
