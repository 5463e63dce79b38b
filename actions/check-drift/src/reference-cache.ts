import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GateContext, ReadOptions } from '@modelgate/core';
import { type DatasetSummary, decodeSummary, encodeSummary, SUMMARY_VERSION } from '@modelgate/drift';
import { glob } from 'tinyglobby';
import { summarizeData } from './summarize.ts';

/** Content hash of the reference files and of everything that shapes their summary. */
export async function referenceKey(
  patterns: string[],
  read: ReadOptions,
  keepRows: string[],
): Promise<string> {
  const files = (await glob(patterns, { onlyFiles: true })).sort();
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: SUMMARY_VERSION, read, keepRows, files }));
  for (const file of files) {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  }
  return `modelgate-drift-reference-v${SUMMARY_VERSION}-${hash.digest('hex')}`;
}

/**
 * The reference as a summary restored from the Actions cache when its content was seen before; otherwise
 * read, summarised and saved for the next run. Outside Actions, or when the cache service fails, the
 * reference is simply read: caching only ever saves time.
 */
export async function cachedReference(
  patterns: string[],
  read: ReadOptions,
  keepRows: string[],
  { log, env }: GateContext,
): Promise<DatasetSummary> {
  const summarize = () => summarizeData(patterns, read, { keepRows }, 'worker');
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) {
    log('cache-reference: the Actions cache is not available here; reading the reference');
    return summarize();
  }
  const key = await referenceKey(patterns, read, keepRows);
  const dir = join(env.RUNNER_TEMP ?? '.', 'modelgate-reference-cache');
  const file = join(dir, 'reference.summary');
  try {
    if (await cache.restoreCache([dir], key)) {
      log(`cache-reference: restored the reference summary (${key})`);
      return decodeSummary(new Uint8Array(await readFile(file)), file);
    }
  } catch (error) {
    log(`cache-reference: could not restore (${(error as Error).message}); reading the reference`);
  }
  const summary = await summarize();
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(file, encodeSummary(summary));
    await cache.saveCache([dir], key);
    log(`cache-reference: saved the reference summary (${key})`);
  } catch (error) {
    log(`cache-reference: could not save (${(error as Error).message})`);
  }
  return summary;
}
