import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
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
} from '@modelgate/core';
import {
  type DatasetProfile,
  decodeProfile,
  encodeProfile,
  mergeProfiles,
  profileChunks,
  profileDigest,
} from '@modelgate/profile';
import { profileResult } from './report.ts';

export const inputs = {
  data: input.list(),
  merge: input.list(),
  output: input.present(input.text()),
  columns: input.list(),
  'exclude-columns': input.list(),
  'column-types': input.mapping(input.choice(COLUMN_TYPES)),
  ...commonInputs,
};

async function mergeFiles(patterns: string[], log: (m: string) => void): Promise<DatasetProfile> {
  const files = await resolveInputs(patterns);
  log(`merging ${files.length} profile${files.length === 1 ? '' : 's'}`);
  let merged: DatasetProfile | null = null;
  for (const file of files) {
    const profile = decodeProfile(await readFile(file, 'utf8'), file);
    try {
      merged = merged ? mergeProfiles(merged, profile) : profile;
    } catch (error) {
      throw new DataError(file, (error as Error).message);
    }
  }
  return merged as DatasetProfile;
}

/** profile-data: a dataset, or the profiles of its shards, into one mergeable profile file. */
export const gate: Gate<typeof inputs> = {
  name: 'profile-data',
  inputs,
  async run(options, { log, workspace }) {
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
      const files = data as string[];
      log(`profiling ${files.join(', ')}`);
      const chunks = readTableChunksInWorker(files, {
        chunkBytes: STREAMING_CHUNK_BYTES,
        columnTypes: options['column-types'],
        columns: options.columns,
        excludeColumns: options['exclude-columns'],
      });
      profile = await profileChunks(releasingChunks(chunks), files.join(', '));
    }
    if (profile.rows === 0) {
      const why =
        profile.unreadableRows > 0 ? `all ${profile.unreadableRows} rows are unreadable` : 'it has no rows';
      throw new DataError((data ?? merge ?? []).join(', '), `nothing to profile: ${why}`);
    }
    const path = resolve(workspace, options.output);
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
