import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** What the project reads from an action's action.yml: the single source of input names and defaults. */
export interface ActionDefinition {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

export function parseActionYml(textOfFile: string, file: string): ActionDefinition {
  const doc = parse(textOfFile) as Record<string, unknown> | null;
  if (!doc || typeof doc !== 'object') throw new Error(`${file}: not a YAML mapping`);
  const inputs: ActionDefinition['inputs'] = {};
  for (const [name, raw] of Object.entries((doc.inputs ?? {}) as Record<string, Record<string, unknown>>)) {
    inputs[name] = {
      description: String(raw?.description ?? ''),
      required: raw?.required === true || raw?.required === 'true',
      default: raw?.default === undefined ? undefined : String(raw.default),
    };
  }
  const outputs: ActionDefinition['outputs'] = {};
  for (const [name, raw] of Object.entries((doc.outputs ?? {}) as Record<string, Record<string, unknown>>)) {
    outputs[name] = { description: String(raw?.description ?? '') };
  }
  return { name: String(doc.name ?? ''), description: String(doc.description ?? ''), inputs, outputs };
}

export function loadActionYml(file: string): ActionDefinition {
  return parseActionYml(readFileSync(file, 'utf8'), file);
}
