// Profiles given where a gate takes data, read as one dataset.
import { readFile } from 'node:fs/promises';
import { DataError, resolveInputs } from '@modelgate/core';
import { columnDifference, type DatasetProfile, decodeProfile, mergeProfiles } from './dataset-profile.ts';

/** Profile files merged into one, in order; null for no file. A file that does not merge is named. */
export async function mergeProfileFiles(files: readonly string[]): Promise<DatasetProfile | null> {
  let merged: DatasetProfile | null = null;
  // The file whose columns the merge holds: the first that is not an empty shard's.
  let first: string | null = null;
  for (const file of files) {
    const profile = decodeProfile(await readFile(file, 'utf8'), file);
    const difference = merged && columnDifference(merged, profile);
    if (difference) throw new DataError(file, `its columns differ from ${first}: ${difference}`);
    if (first === null && (profile.rows > 0 || profile.columns.length > 0)) first = file;
    try {
      merged = merged ? mergeProfiles(merged, profile) : profile;
    } catch (error) {
      throw new DataError(file, (error as Error).message);
    }
  }
  return merged;
}

/** The profiles (files, folders or globs) merged into one, and the files' names for messages. */
export async function readProfiles(
  inputs: readonly string[],
): Promise<{ profile: DatasetProfile; name: string }> {
  const files = await resolveInputs([...inputs]);
  const merged = await mergeProfileFiles(files);
  const name = files.join(', ');
  // A profile of no rows is an unusable input, as a data file with no readable row is: never a pass.
  if (!merged || merged.rows === 0) throw new DataError(name, 'the profile holds no rows: nothing to check');
  return { profile: merged, name };
}
