import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  COLUMN_TYPES,
  commonInputs,
  DataError,
  type Gate,
  InputError,
  input,
  readTableChunksInWorker,
  releasingChunks,
  resolveInputs,
  STREAMING_CHUNK_BYTES,
  writablePath,
} from '@modelgate/core';
import {
  type DatasetProfile,
  encodeProfile,
  mergeProfileFiles,
  profileChunks,
  profileDigest,
} from '@modelgate/profile';
import { profileResult } from './report.ts';

export const inputs = {
  data: input.list(),
  merge: input.list(),
  output: input.present(input.text()),
  shard: input.text(),
  columns: input.list(),
  'exclude-columns': input.list(),
  'column-types': input.mapping(input.choice(COLUMN_TYPES)),
  'kll-k': input.integer({ min: 8, max: 65535 }),
  ...commonInputs,
};

async function mergeFiles(patterns: string[], log: (m: string) => void): Promise<DatasetProfile> {
  const files = await resolveInputs(patterns);
  log(`merging ${files.length} profile${files.length === 1 ? '' : 's'}`);
  return (await mergeProfileFiles(files)) as DatasetProfile;
}

/**
 * `i/n` (0 <= i < n): this job's share of the files the data names, every n-th of them in sorted order
 * from the i-th, so that n matrix jobs given the same `data` profile each file once.
 */
export function shardFiles(files: string[], shard: string): string[] {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(shard);
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!(count >= 1 && index < count)) {
    throw new InputError(
      'shard',
      `shard must be i/n with 0 <= i < n, such as 0/8; got ${JSON.stringify(shard)}`,
    );
  }
  return files.filter((_, i) => i % count === index);
}

const EMPTY_PROFILE: DatasetProfile = { rows: 0, unreadableRows: 0, sources: [], columns: [] };

/** profile-data: a dataset, or the profiles of its shards, into one mergeable profile file. */
export const gate: Gate<typeof inputs> = {
  name: 'profile-data',
  inputs,
  async run(options, context) {
    const { log } = context;
    const { data, merge } = options;
    if ((data ? 1 : 0) + (merge ? 1 : 0) !== 1) {
      throw new InputError(
        'data',
        'give either `data` (files to profile) or `merge` (profiles to merge), not both and not neither',
      );
    }
    let profile: DatasetProfile;
    if (merge) {
      profile = await mergeFiles(merge, log);
    } else {
      let files = data as string[];
      if (options.shard) {
        const all = await resolveInputs(files);
        files = shardFiles(all, options.shard);
        log(`shard ${options.shard.trim()}: ${files.length} of the ${all.length} files`);
      }
      log(`profiling ${files.length > 0 ? files.join(', ') : 'no file'}`);
      // A matrix may have more jobs than files: a shard without a file is an empty profile, which merges
      // as nothing; a merge that ends with no rows at all still fails below.
      profile =
        files.length === 0
          ? EMPTY_PROFILE
          : await profileChunks(
              releasingChunks(
                readTableChunksInWorker(files, {
                  chunkBytes: STREAMING_CHUNK_BYTES,
                  columnTypes: options['column-types'],
                  columns: options.columns,
                  excludeColumns: options['exclude-columns'],
                }),
              ),
              files.join(', '),
              options['kll-k'],
            );
    }
    if (profile.rows === 0 && !(options.shard && profile.sources.length === 0)) {
      const why =
        profile.unreadableRows > 0 ? `all ${profile.unreadableRows} rows are unreadable` : 'it has no rows';
      throw new DataError((data ?? merge ?? []).join(', '), `nothing to profile: ${why}`);
    }
    const path = writablePath('output', options.output, context);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, encodeProfile(profile));
    const digest = profileDigest(profile);
    log(`wrote ${path} (${digest})`);
    return {
      result: profileResult(profile, digest),
      outputs: {
        'profile-path': path,
        digest,
        rows: String(profile.rows),
        'unreadable-rows': String(profile.unreadableRows),
      },
    };
  },
};
