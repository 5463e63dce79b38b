import { byName } from '../by-name.ts';
import { UserError } from '../errors.ts';

/**
 * Input specs: how one action input's text becomes a typed value. The same spec serves the action
 * (INPUT_* variables) and the CLI (--flags); defaults and required-ness come from action.yml.
 */

/** Thrown by a parser when text is not acceptable; `expected` says what is. */
export class ExpectedError extends UserError {
  readonly expected: string;
  constructor(expected: string, options?: { cause?: unknown }) {
    super(expected, options);
    this.name = 'ExpectedError';
    this.expected = expected;
  }
}

export interface InputSpec<T, P extends boolean = boolean> {
  /** Turns the non-empty raw text into a value, or throws ExpectedError. */
  parse: (raw: string) => T;
  /** What the input accepts, for errors and docs. */
  expected: string;
  /** The value is a secret: mask it in logs as soon as it is read. */
  secret: boolean;
  /** A value is always present: given, or action.yml has a default (checked by a test). */
  present: P;
}

function spec<T>(expected: string, parse: (raw: string) => T): InputSpec<T, false> {
  return { parse, expected, secret: false, present: false };
}

/** The input always has a value (required in action.yml, or defaulted there). */
export function present<T>(s: InputSpec<T, boolean>): InputSpec<T, true> {
  return { ...s, present: true };
}

export function secret<P extends boolean>(s: InputSpec<string, P>): InputSpec<string, P> {
  return { ...s, secret: true };
}

export function text(): InputSpec<string, false> {
  return spec('any text', (raw) => raw);
}

function numeric(kind: 'integer' | 'number', min?: number, max?: number): InputSpec<number, false> {
  const range =
    min !== undefined && max !== undefined
      ? ` from ${min} to ${max}`
      : min !== undefined
        ? ` >= ${min}`
        : max !== undefined
          ? ` <= ${max}`
          : '';
  const expected = `${kind === 'integer' ? 'a whole number' : 'a number'}${range}`;
  return spec(expected, (raw) => {
    const value = Number(raw.trim());
    const ok =
      raw.trim() !== '' &&
      Number.isFinite(value) &&
      (kind === 'number' || Number.isInteger(value)) &&
      (min === undefined || value >= min) &&
      (max === undefined || value <= max);
    if (!ok) throw new ExpectedError(expected);
    return value;
  });
}

export function integer(range: { min?: number; max?: number } = {}): InputSpec<number, false> {
  return numeric('integer', range.min, range.max);
}

export function number(range: { min?: number; max?: number } = {}): InputSpec<number, false> {
  return numeric('number', range.min, range.max);
}

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts. */
export function boolean(): InputSpec<boolean, false> {
  const expected = 'true or false';
  return spec(expected, (raw) => {
    const t = raw.trim();
    if (TRUE.has(t)) return true;
    if (FALSE.has(t)) return false;
    throw new ExpectedError(expected);
  });
}

export function choice<const V extends string>(values: readonly V[]): InputSpec<V, false> {
  const expected = `one of ${values.join(', ')}`;
  return spec(expected, (raw) => {
    const t = raw.trim();
    if ((values as readonly string[]).includes(t)) return t as V;
    throw new ExpectedError(expected);
  });
}

/** Items separated by commas or newlines (YAML block scalars in workflows), trimmed, empty ones dropped. */
export function list(): InputSpec<string[], false> {
  return spec('a list separated by commas or newlines', splitList);
}

export function splitList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * `key=value` pairs separated by commas or newlines; values parsed by `value`. Keys may be column names,
 * so a key is everything before the last `=`.
 */
export function mapping<T>(value: InputSpec<T, boolean>): InputSpec<Record<string, T>, false> {
  const expected = `key=value pairs separated by commas or newlines, each value ${value.expected}`;
  return spec(expected, (raw) => {
    const out = byName<T>();
    for (const item of splitList(raw)) {
      const at = item.lastIndexOf('=');
      const key = item.slice(0, at).trim();
      if (at <= 0 || key === '') throw new ExpectedError(`${expected} (got "${item}")`);
      try {
        out[key] = value.parse(item.slice(at + 1).trim());
      } catch (error) {
        if (error instanceof ExpectedError) throw new ExpectedError(`${expected} (got "${item}")`);
        throw error;
      }
    }
    return out;
  });
}
