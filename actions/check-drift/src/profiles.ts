import { type CheckResult, formatNumber } from '@modelgate/core';
import {
  type DatasetSummary,
  type DriftMeasurement,
  type Interval,
  type ProfileSummary,
  profileOf,
  sketchedInterval,
  summaryFromProfile,
} from '@modelgate/drift';
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

/**
 * Writes into the measurement's columns how far each comparison from a profile may be from the rows', and
 * for a numeric PSI, Jensen-Shannon or Wasserstein distance the interval the rows' value lies in.
 * `summaries` are the two sides as compared (reference, current), `sides` their profiles (null for rows).
 */
export function noteApproximations(
  measured: DriftMeasurement,
  sides: [string, ProfileSummary | null][],
  summaries: [DatasetSummary, DatasetSummary],
): void {
  const settings = {
    psiBins: measured.options.psiBins,
    jsBase: measured.options.jsBase === 'e' ? Math.E : 2,
  };
  for (const column of [...measured.columns, ...(measured.prediction ? [measured.prediction] : [])]) {
    for (const [side, profile] of sides) {
      const note = profile?.approximations.get(column.column);
      if (note) column.notes.push(`${side} ${note}`);
    }
    const errors = sides.map(([, profile]) => profile?.rankErrors.get(column.column) ?? 0) as [
      number,
      number,
    ];
    if (!column.method || column.threshold === null || (errors[0] === 0 && errors[1] === 0)) continue;
    const [reference, current] = summaries.map((s) => s.columns.find((c) => c.name === column.column));
    if (reference?.kind !== 'numeric' || current?.kind !== 'numeric') continue;
    const [a, b] = [profileOf(reference), profileOf(current)];
    if (a.kind !== 'numeric' || b.kind !== 'numeric') continue;
    const interval = sketchedInterval(column.method, a, b, errors, settings);
    const name = {
      psi: 'PSI',
      'jensen-shannon': 'Jensen-Shannon distance',
      wasserstein: 'Wasserstein distance',
    }[column.method as string];
    if (interval && name) column.notes.push(intervalNote(name, interval, column.threshold));
  }
}

/** Where the rows' statistic lies, and what that says about the threshold whatever the sketches' error. */
function intervalNote(statistic: string, interval: Interval, threshold: number): string {
  const range = `the rows' ${statistic} lies between ${formatNumber(interval.low)} and ${formatNumber(interval.high)}`;
  const limit = `the threshold ${formatNumber(threshold)}`;
  if (interval.high < threshold) return `${range}: below ${limit} whatever the sketches' error`;
  if (interval.low >= threshold) return `${range}: at or above ${limit} whatever the sketches' error`;
  return `${range}: the sketches cannot tell on which side of ${limit} it is (profile-data's kll-k narrows this)`;
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
