import type { CheckResult } from '@modelgate/core';
import { type DriftMeasurement, type ProfileSummary, summaryFromProfile } from '@modelgate/drift';
import { readProfiles } from '@modelgate/profile';

/**
 * Reads and merges a side's profiles into the summary drift compares, without the columns left out
 * (a data side leaves them out as it reads).
 */
export async function profileSummary(inputs: string[], exclude: string[] = []): Promise<ProfileSummary> {
  const { profile, name } = await readProfiles(inputs);
  const left = new Set(exclude);
  return summaryFromProfile({ ...profile, columns: profile.columns.filter((c) => !left.has(c.name)) }, name);
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
