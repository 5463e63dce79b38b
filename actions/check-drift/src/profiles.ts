import { readFile } from 'node:fs/promises';
import { type CheckResult, DataError, InputError, resolveInputs } from '@modelgate/core';
import { type DriftMeasurement, type ProfileSummary, summaryFromProfile } from '@modelgate/drift';
import { type DatasetProfile, decodeProfile, mergeProfiles } from '@modelgate/profile';

/**
 * A side given as profiles (profile-data's .json files, from shards or from Spark) rather than data: all
 * its inputs end in .json, which no data reader takes (JSON Lines is .jsonl).
 */
export function isProfileInput(input: string, inputs: string[]): boolean {
  const profiles = inputs.filter((path) => path.toLowerCase().endsWith('.json')).length;
  if (profiles > 0 && profiles < inputs.length) {
    throw new InputError(input, `${input} mixes profiles (.json) and data files; give one or the other`);
  }
  return profiles > 0;
}

/**
 * Reads and merges a side's profiles into the summary drift compares, without the columns left out
 * (a data side leaves them out as it reads).
 */
export async function profileSummary(inputs: string[], exclude: string[] = []): Promise<ProfileSummary> {
  const files = await resolveInputs(inputs);
  let merged: DatasetProfile | null = null;
  for (const file of files) {
    const profile = decodeProfile(await readFile(file, 'utf8'), file);
    try {
      merged = merged ? mergeProfiles(merged, profile) : profile;
    } catch (error) {
      throw new DataError(file, (error as Error).message);
    }
  }
  const name = files.join(', ');
  if (!merged || merged.rows === 0)
    throw new DataError(name, 'the profile holds no rows: nothing to compare');
  const left = new Set(exclude);
  return summaryFromProfile({ ...merged, columns: merged.columns.filter((c) => !left.has(c.name)) }, name);
}

/** Writes into the measurement's columns how far each comparison from a profile may be from the rows'. */
export function noteApproximations(
  measured: DriftMeasurement,
  sides: [string, ProfileSummary | null][],
): void {
  for (const column of [...measured.columns, ...(measured.prediction ? [measured.prediction] : [])]) {
    for (const [side, profile] of sides) {
      const note = profile?.approximations.get(column.column);
      if (note) column.notes.push(`${side} ${note}`);
    }
  }
}

/** Says in the report which sides were profiles, and that marked statistics are approximate. */
export function profileFinding(result: CheckResult, sides: [string, ProfileSummary | null][]): void {
  const profiled = sides.filter(([, profile]) => profile !== null);
  if (profiled.length === 0) return;
  const approximate = profiled.some(([, profile]) => (profile as ProfileSummary).approximations.size > 0);
  result.findings.push({
    check: 'compared-profiles',
    severity: 'notice',
    message:
      `The ${profiled.map(([side]) => side).join(' and ')} ${profiled.length === 1 ? 'is a profile' : 'are profiles'}: ` +
      (approximate
        ? 'statistics of columns noted "from the profile\'s … sketch" are approximate, within the bound the note gives.'
        : 'every compared column was exact in the profile, so the statistics are exact.'),
  });
}
