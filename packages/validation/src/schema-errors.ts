// Schema mistakes as users see them: `file:line:col: what is wrong and what was expected`. Turns ajv's
// errors (JSON pointers, keywords) into sentences about the YAML the user wrote.
import { UserError } from '@modelgate/core';
import type { ErrorObject } from 'ajv';

/** One mistake in a schema file, at a 1-based line and column. */
export interface SchemaProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A schema file that cannot be used. Its message lists every problem as `file:line:col: message`. */
export class SchemaError extends UserError {
  readonly problems: SchemaProblem[];
  constructor(problems: SchemaProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    this.name = 'SchemaError';
    this.problems = problems;
  }
}

/** The value a user wrote, as a message shows it after "got". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  return String(value);
}

export const typeNames: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  number: 'a number',
  integer: 'an integer',
  string: 'a string',
  boolean: 'true or false',
  null: 'empty',
};

/** columns.age.max, columns["unit price"].max, primary-key[0]; the whole document is "the schema". */
export function formatPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const [i, segment] of path.entries()) {
    const isColumnName = i === 1 && path[0] === 'columns';
    if (typeof segment === 'number' || (/^\d+$/.test(segment) && !isColumnName)) text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text || 'the schema';
}

/** Levenshtein distance, to suggest the field a typo meant. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

function unknownFieldMessage(where: string, field: string, known: string[]): string {
  // A field that extends a known one ("maximum" for "max") is as likely a slip as a typo.
  const closest = known
    .map((name) => ({ name, distance: field.startsWith(name) ? 0 : editDistance(field, name) }))
    .sort((a, b) => a.distance - b.distance)[0];
  const hint =
    closest && closest.distance <= Math.max(2, Math.floor(field.length / 3))
      ? `did you mean "${closest.name}"?`
      : `expected one of ${known.join(', ')}`;
  return `${where} has an unknown field "${field}"; ${hint}`;
}

export interface PathProblem {
  path: string[];
  atKey?: boolean;
  message: string;
}

export function ajvProblem(error: ErrorObject): PathProblem | undefined {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  const where = formatPath(path);
  const got = describeValue(error.data);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'if':
      return undefined; // the failing "then" branch reports the actual mistake
    case 'type': {
      const types = Array.isArray(p.type) ? p.type : String(p.type).split(',');
      return {
        path,
        message: `${where} must be ${types.map((t) => typeNames[t] ?? t).join(' or ')}, got ${got}`,
      };
    }
    case 'enum':
      return {
        path,
        message: `${where} must be one of ${(p.allowedValues as unknown[]).join(', ')}, got ${got}`,
      };
    case 'const':
      return { path, message: `${where} must be ${String(p.allowedValue)}, got ${got}` };
    case 'required':
      return {
        path,
        atKey: true,
        message: `${where} is missing the required field "${String(p.missingProperty)}"`,
      };
    case 'additionalProperties': {
      const field = String(p.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return { path: [...path, field], atKey: true, message: unknownFieldMessage(where, field, known) };
    }
    case 'minimum':
      return { path, message: `${where} must be at least ${String(p.limit)}, got ${got}` };
    case 'maximum':
      return { path, message: `${where} must be at most ${String(p.limit)}, got ${got}` };
    case 'exclusiveMinimum':
      return { path, message: `${where} must be greater than ${String(p.limit)}, got ${got}` };
    case 'exclusiveMaximum':
      return { path, message: `${where} must be less than ${String(p.limit)}, got ${got}` };
    case 'minItems':
      return { path, message: `${where} must not be empty` };
    case 'uniqueItems': {
      const later = Math.max(Number(p.i), Number(p.j)); // point at the repeat, not the first occurrence
      const items = Array.isArray(error.data) ? error.data : [];
      return {
        path: [...path, String(later)],
        message: `${where} lists ${describeValue(items[later])} twice`,
      };
    }
    default:
      return { path, message: `${where} ${error.message ?? 'is not valid'}` };
  }
}

/** Problems in file order, each reported once. */
export function sortProblems(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((p) => {
      const key = `${p.line}:${p.column}:${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
