import { UserError } from '../errors.ts';
import type { ActionDefinition } from './action-yml.ts';
import { ExpectedError, type InputSpec } from './spec.ts';

/** A wrong input: names it, the value given and what is accepted. Raised before any work starts. */
export class InputError extends UserError {
  readonly input: string;
  constructor(input: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.input = input;
    this.name = 'InputError';
  }
}

export type InputSpecs = Record<string, InputSpec<unknown, boolean>>;

/** The typed options object a spec map yields: `present` inputs always have a value. */
export type Options<S extends InputSpecs> = {
  [K in keyof S]: S[K] extends InputSpec<infer T, infer P> ? (P extends true ? T : T | undefined) : never;
};

export interface RawInputs {
  /** The raw text given for an input, or undefined when the user gave none. */
  get(name: string): string | undefined;
  /** How a user refers to the input where it came from: `input "fail-on"` or `--fail-on`. */
  label(name: string): string;
}

/** A default the runner evaluates (`${{ github.token }}`); outside Actions it means "not given". */
export function isExpression(value: string): boolean {
  return value.includes('${{');
}

/**
 * Turns raw input text into typed options. Defaults come from action.yml; a runner-evaluated default
 * such as `${{ github.token }}` counts as not given. Every problem is an InputError naming the input.
 */
export function parseInputs<S extends InputSpecs>(
  specs: S,
  raw: RawInputs,
  definition: ActionDefinition,
): Options<S> {
  const out: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(specs)) {
    const declared = definition.inputs[name];
    if (!declared) throw new Error(`action.yml of ${definition.name} does not declare input "${name}"`);
    let value = raw.get(name);
    if (value === undefined || value === '') {
      const fallback = declared.default;
      value = fallback !== undefined && !isExpression(fallback) ? fallback : '';
    }
    if (value.trim() === '') {
      if (declared.required) {
        throw new InputError(name, `${raw.label(name)} is required: expected ${s.expected}`);
      }
      out[name] = undefined;
      continue;
    }
    try {
      out[name] = s.parse(value);
    } catch (error) {
      if (!(error instanceof ExpectedError)) throw error;
      const shown = s.secret ? '***' : JSON.stringify(value);
      throw new InputError(name, `${raw.label(name)} is ${shown}: expected ${error.expected}`);
    }
  }
  return out as Options<S>;
}

/** Inputs as the Actions runner passes them: INPUT_<NAME>, upper-cased, spaces to `_`, hyphens kept. */
export function envInputs(env: NodeJS.ProcessEnv): RawInputs {
  return {
    get: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`],
    label: (name) => `input "${name}"`,
  };
}

/** A command-line word that reads as a flag (`--name`, `--name=...`), not as a value. */
const FLAG = /^--[A-Za-z0-9][A-Za-z0-9_-]*(=|$)/;

/**
 * A command-line word as an error message quotes it: its first line, cut short. A word in the wrong place
 * may be a secret meant as a value (a PEM key starts with dashes), so no more of it than needed is shown.
 */
function quoteArgument(arg: string): string {
  const line = arg.split(/\r?\n/, 1)[0];
  return JSON.stringify(line.length > 40 || line.length < arg.length ? `${line.slice(0, 40)}...` : line);
}

/**
 * Inputs as CLI flags: `--name value` or `--name=value`, the action's input names. A value may start with
 * dashes (a PEM key does): the word after a flag is its value unless it reads as a flag itself. A flag
 * repeated joins its values as list items. Unknown flags are an error listing the accepted ones.
 */
export function argvInputs(argv: readonly string[], definition: ActionDefinition): RawInputs {
  const values = new Map<string, string>();
  const known = Object.keys(definition.inputs);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!FLAG.test(arg)) {
      throw new InputError(
        arg,
        `unexpected argument ${quoteArgument(arg)}: inputs are given as --name value`,
      );
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (!known.includes(name)) {
      throw new InputError(
        name,
        `unknown option --${name}; ${definition.name} accepts: ${known.map((k) => `--${k}`).join(', ')}`,
      );
    }
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !FLAG.test(argv[i + 1])) value = argv[++i];
    else value = 'true';
    values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value);
  }
  return { get: (name) => values.get(name), label: (name) => `--${name}` };
}
