/**
 * parseSchema: schema text (YAML or JSON) to a Schema with every default applied. Three stages, each
 * reporting every problem it finds at its line and column: YAML syntax (and duplicate keys), the JSON
 * Schema (validate-data.schema.json, with ajv's code compiled ahead of time: schema-validator-source.ts),
 * then rules JSON Schema cannot state (min below max, a regex that compiles, bounds and allowed values that
 * suit the column type).
 */
import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { isWritableDateTime, parseIsoDateTime } from './datetime.ts';
import {
  type ColumnSchema,
  defaultAlmostConstantShare,
  defaultQualityTolerances,
  type RuleSeverity,
  type Schema,
  type SchemaColumnType,
} from './schema.ts';
import {
  ajvProblem,
  describeValue,
  formatPath,
  type PathProblem,
  SchemaError,
  type SchemaProblem,
  sortProblems,
  typeNames,
} from './schema-errors.ts';
import { validate } from './schema-validator.generated.js';
import { compileUserRegex } from './user-regex.ts';
import { findDuplicateKeys, locatePath } from './yaml-locate.ts';

// The JSON shape of a column and of the document, as validated by the JSON Schema.
interface RawColumn {
  type: SchemaColumnType;
  description?: string;
  required?: boolean;
  nullable?: boolean;
  'max-missing'?: number;
  min?: number | string;
  max?: number | string;
  allowed?: (string | number | boolean)[];
  'max-new-category-share'?: number;
  regex?: string;
  unique?: boolean;
}

interface RawSchema {
  version: 1;
  description?: string;
  columns: Record<string, RawColumn>;
  rows?: { min?: number; max?: number };
  'extra-columns'?: RuleSeverity;
  'duplicate-rows'?: RuleSeverity;
  'constant-columns'?: RuleSeverity;
  'almost-constant-share'?: number;
  'primary-key'?: string[];
  quality?: {
    'missing-share'?: number;
    'duplicate-share'?: number;
    'constant-columns'?: number;
    severity?: RuleSeverity;
  };
}

function aColumn(type: SchemaColumnType): string {
  return `${type === 'integer' ? 'an' : 'a'} ${type} column`;
}

/** A bound (min or max) as a number, checking it suits the column type. */
function readBound(
  raw: RawColumn,
  field: 'min' | 'max',
  path: string[],
  problems: PathProblem[],
): number | undefined {
  const value = raw[field];
  if (value === undefined) return undefined;
  const where = formatPath([...path, field]);
  if (raw.type === 'datetime') {
    const ms = typeof value === 'string' ? parseIsoDateTime(value) : undefined;
    if (ms === undefined || !isWritableDateTime(ms)) {
      problems.push({
        path: [...path, field],
        message: `${where} must be an ISO 8601 date or date-time such as 2024-01-31 or 2024-01-31T08:00:00Z for a datetime column, got ${describeValue(value)}`,
      });
      return undefined;
    }
    return ms;
  }
  if (raw.type === 'integer' || raw.type === 'number') {
    if (typeof value !== 'number') {
      problems.push({
        path: [...path, field],
        message: `${where} must be a number, got ${describeValue(value)}`,
      });
      return undefined;
    }
    return value;
  }
  problems.push({
    path: [...path, field],
    message: `${where} applies to integer, number and datetime columns, not to ${aColumn(raw.type)}`,
  });
  return undefined;
}

function readAllowed(raw: RawColumn, path: string[], problems: PathProblem[]): ColumnSchema['allowed'] {
  if (raw.allowed === undefined) return undefined;
  const wanted: Partial<Record<SchemaColumnType, string>> = {
    integer: 'integer',
    number: 'number',
    boolean: 'boolean',
  };
  if (raw.type === 'datetime') {
    problems.push({
      path: [...path, 'allowed'],
      message: `${formatPath([...path, 'allowed'])} does not apply to a datetime column; use min and max instead`,
    });
    return undefined;
  }
  const expected = wanted[raw.type];
  if (!expected) return raw.allowed.map(String);
  const fits = (v: unknown) =>
    expected === 'integer'
      ? Number.isInteger(v)
      : expected === 'number'
        ? typeof v === 'number'
        : typeof v === 'boolean';
  raw.allowed.forEach((value, i) => {
    if (!fits(value)) {
      problems.push({
        path: [...path, 'allowed', String(i)],
        message: `${formatPath([...path, 'allowed', i])} must be ${typeNames[expected]} for ${aColumn(raw.type)}, got ${describeValue(value)}`,
      });
    }
  });
  return raw.allowed;
}

function readRegex(raw: RawColumn, path: string[], problems: PathProblem[]): string | undefined {
  if (raw.regex === undefined) return undefined;
  const where = formatPath([...path, 'regex']);
  if (raw.type !== 'string' && raw.type !== 'category') {
    problems.push({
      path: [...path, 'regex'],
      message: `${where} applies to string and category columns, not to ${aColumn(raw.type)}`,
    });
    return undefined;
  }
  try {
    compileUserRegex(raw.regex);
  } catch (error) {
    problems.push({
      path: [...path, 'regex'],
      message: `${where} is not a valid regular expression: ${(error as Error).message}`,
    });
    return undefined;
  }
  return raw.regex;
}

function readColumn(name: string, raw: RawColumn, problems: PathProblem[]): ColumnSchema {
  const path = ['columns', name];
  const column: ColumnSchema = {
    name,
    type: raw.type,
    required: raw.required ?? true,
    nullable: raw.nullable ?? true,
    unique: raw.unique ?? false,
  };
  if (raw.description !== undefined) column.description = raw.description;
  if (raw['max-missing'] !== undefined) {
    if (!column.nullable) {
      problems.push({
        path: [...path, 'max-missing'],
        message: `${formatPath([...path, 'max-missing'])} cannot be combined with nullable: false, which allows no missing cells`,
      });
    }
    column.maxMissing = raw['max-missing'];
  }
  const min = readBound(raw, 'min', path, problems);
  const max = readBound(raw, 'max', path, problems);
  if (min !== undefined) column.min = min;
  if (max !== undefined) column.max = max;
  if (min !== undefined && max !== undefined && min > max) {
    problems.push({
      path: [...path, 'max'],
      message: `${formatPath([...path, 'max'])} (${raw.max}) is below min (${raw.min})`,
    });
  }
  const allowed = readAllowed(raw, path, problems);
  if (allowed !== undefined) column.allowed = allowed;
  if (raw['max-new-category-share'] !== undefined) {
    if (raw.allowed === undefined) {
      problems.push({
        path: [...path, 'max-new-category-share'],
        message: `${formatPath([...path, 'max-new-category-share'])} needs an allowed list to measure new values against`,
      });
    }
    column.maxNewCategoryShare = raw['max-new-category-share'];
  }
  const regex = readRegex(raw, path, problems);
  if (regex !== undefined) column.regex = regex;
  return column;
}

/** Column names in the order the file lists them (a JS object would move "2024" ahead of "age"). */
function columnOrder(doc: Document, raw: RawSchema): string[] {
  const node = doc.get('columns', true);
  if (!isMap(node)) return Object.keys(raw.columns);
  return node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key)));
}

function readSchema(doc: Document, raw: RawSchema, problems: PathProblem[]): Schema {
  const schema: Schema = {
    version: 1,
    columns: columnOrder(doc, raw).map((name) => readColumn(name, raw.columns[name], problems)),
    extraColumns: raw['extra-columns'] ?? 'warn',
    duplicateRows: raw['duplicate-rows'] ?? 'warn',
    constantColumns: raw['constant-columns'] ?? 'warn',
    almostConstantShare: raw['almost-constant-share'] ?? defaultAlmostConstantShare,
    quality: {
      missingShare: raw.quality?.['missing-share'] ?? defaultQualityTolerances.missingShare,
      duplicateShare: raw.quality?.['duplicate-share'] ?? defaultQualityTolerances.duplicateShare,
      constantColumns: raw.quality?.['constant-columns'] ?? defaultQualityTolerances.constantColumns,
      severity: raw.quality?.severity ?? defaultQualityTolerances.severity,
    },
  };
  if (raw.description !== undefined) schema.description = raw.description;
  if (raw.rows !== undefined) {
    schema.rows = { ...raw.rows };
    if (raw.rows.min !== undefined && raw.rows.max !== undefined && raw.rows.min > raw.rows.max) {
      problems.push({
        path: ['rows', 'max'],
        message: `rows.max (${raw.rows.max}) is below rows.min (${raw.rows.min})`,
      });
    }
  }
  if (raw['primary-key'] !== undefined) schema.primaryKey = [...raw['primary-key']];
  return schema;
}

/**
 * Parse a validate-data schema from YAML or JSON text. `file` names the text in error messages.
 * Throws SchemaError listing every problem found, each at its line and column.
 */
export function parseSchema(text: string, file: string): Schema {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  const at = (problem: PathProblem): SchemaProblem => ({
    file,
    ...locatePath(doc, lineCounter, problem.path, problem.atKey),
    message: problem.message,
  });
  if (doc.errors.length > 0) {
    throw new SchemaError(
      doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0].line ?? 1,
        column: error.linePos?.[0].col ?? 1,
        message: `not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    );
  }
  const duplicates = findDuplicateKeys(doc, lineCounter);
  if (duplicates.length > 0) {
    throw new SchemaError(
      duplicates.map(({ path, key, position }) => ({
        file,
        ...position,
        message: `${formatPath(path)} has the key "${key}" twice`,
      })),
    );
  }
  if (doc.contents === null) {
    throw new SchemaError([
      { file, line: 1, column: 1, message: 'the schema is empty; expected version: 1 and columns' },
    ]);
  }
  const data: unknown = doc.toJS({ maxAliasCount: 1000 });
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map(ajvProblem).filter((p) => p !== undefined);
    throw new SchemaError(sortProblems(problems.map(at)));
  }
  const problems: PathProblem[] = [];
  const schema = readSchema(doc, data as RawSchema, problems);
  if (problems.length > 0) throw new SchemaError(sortProblems(problems.map(at)));
  return schema;
}
