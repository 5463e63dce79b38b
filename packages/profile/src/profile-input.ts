// Which inputs of a gate that takes data name profiles instead. Apart from reading them, so that an action
// can tell before loading the readers (see validate-data's reading.ts).
import { InputError } from '@modelgate/core';

/**
 * Whether an input names profiles (profile-data's .json files, from shards or from Spark) rather than
 * data: all its paths end in .json, which no data reader takes (JSON Lines is .jsonl).
 */
export function isProfileInput(input: string, inputs: readonly string[]): boolean {
  const profiles = inputs.filter((path) => path.toLowerCase().endsWith('.json')).length;
  if (profiles > 0 && profiles < inputs.length) {
    throw new InputError(input, `${input} mixes profiles (.json) and data files; give one or the other`);
  }
  return profiles > 0;
}
