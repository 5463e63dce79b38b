import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { UserError } from '@modelgate/core';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import jsonSchema from '../schema/validate-data.schema.json' with { type: 'json' };
import { parseSchema } from './parse-schema.ts';
import { formatPath, SchemaError } from './schema-errors.ts';
import { GENERATED_VALIDATOR, schemaValidatorSource } from './schema-validator-source.ts';

const schemaDir = join(import.meta.dirname, '..', 'schema');

/** The problems parseSchema reports for `text`, as `file:line:col: message` lines. */
function problemsOf(text: string, file = 'schema.yml'): string[] {
  try {
    parseSchema(text, file);
  } catch (error) {
    assert.ok(error instanceof SchemaError, `expected a SchemaError, got ${String(error)}`);
    // The action shows it as is (a user error), not as an internal error.
    assert.ok(error instanceof UserError);
    return error.message.split('\n');
  }
  assert.fail('expected parseSchema to throw');
}

describe('parseSchema', () => {
  it('applies the documented defaults', () => {
    const schema = parseSchema('version: 1\ncolumns:\n  age: { type: integer }\n', 's.yml');
    assert.deepEqual(schema, {
      version: 1,
      columns: [{ name: 'age', type: 'integer', required: true, nullable: true, unique: false }],
      extraColumns: 'warn',
      duplicateRows: 'warn',
      constantColumns: 'warn',
      almostConstantShare: 0.99,
      quality: { missingShare: 0.05, duplicateShare: 0.01, constantColumns: 0, severity: 'error' },
    });
  });

  it('reads every field', () => {
    const schema = parseSchema(
      [
        'version: 1',
        'description: loans',
        'rows: { min: 2, max: 9 }',
        'columns:',
        '  id: { type: string, unique: true, nullable: false, regex: "^c[0-9]+$", description: key }',
        '  x: { type: number, min: -1.5, max: 2e3, max-missing: 0.25, required: false }',
        '  c: { type: category, allowed: [a, 1, true], max-new-category-share: 0.1 }',
        '  b: { type: boolean, allowed: [true] }',
        '  t: { type: datetime, min: 2024-01-01, max: "2024-01-02T01:30:00+01:00" }',
        'primary-key: [id]',
        'extra-columns: error',
        'duplicate-rows: allow',
        'constant-columns: error',
        'almost-constant-share: 0.9',
        'quality: { missing-share: 0.1, duplicate-share: 0.2, constant-columns: 3, severity: warn }',
      ].join('\n'),
      's.yml',
    );
    assert.deepEqual(schema.columns, [
      {
        name: 'id',
        type: 'string',
        description: 'key',
        required: true,
        nullable: false,
        unique: true,
        regex: '^c[0-9]+$',
      },
      {
        name: 'x',
        type: 'number',
        required: false,
        nullable: true,
        unique: false,
        maxMissing: 0.25,
        min: -1.5,
        max: 2000,
      },
      {
        name: 'c',
        type: 'category',
        required: true,
        nullable: true,
        unique: false,
        allowed: ['a', '1', 'true'],
        maxNewCategoryShare: 0.1,
      },
      { name: 'b', type: 'boolean', required: true, nullable: true, unique: false, allowed: [true] },
      {
        name: 't',
        type: 'datetime',
        required: true,
        nullable: true,
        unique: false,
        min: Date.UTC(2024, 0, 1),
        max: Date.UTC(2024, 0, 2, 0, 30),
      },
    ]);
    assert.equal(schema.description, 'loans');
    assert.deepEqual(schema.rows, { min: 2, max: 9 });
    assert.deepEqual(schema.primaryKey, ['id']);
    assert.equal(schema.extraColumns, 'error');
    assert.equal(schema.duplicateRows, 'allow');
    assert.equal(schema.constantColumns, 'error');
    assert.equal(schema.almostConstantShare, 0.9);
    assert.deepEqual(schema.quality, {
      missingShare: 0.1,
      duplicateShare: 0.2,
      constantColumns: 3,
      severity: 'warn',
    });
  });

  it('keeps the columns in file order, numeric names included', () => {
    const schema = parseSchema(
      'version: 1\ncolumns:\n  b: {type: number}\n  2024: {type: number}\n  a: {type: number}\n',
      's',
    );
    assert.deepEqual(
      schema.columns.map((c) => c.name),
      ['b', '2024', 'a'],
    );
  });

  it('reads a schema of 10,000 columns', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => `  c${i}: { type: integer, min: 0, max: ${i} }`);
    const schema = parseSchema(`version: 1\ncolumns:\n${entries.join('\n')}\n`, 'wide.yml');
    assert.equal(schema.columns.length, 10_000);
    assert.equal(schema.columns[9_999].max, 9_999);
  });

  it('reads JSON', () => {
    const schema = parseSchema('{"version": 1, "columns": {"age": {"type": "integer", "min": 0}}}', 's.json');
    assert.equal(schema.columns[0].min, 0);
  });

  it('names file, line and column of a wrong value and what was expected', () => {
    const text = [
      'version: 1',
      'columns:',
      '  age:',
      '    type: integer',
      '    max: ninety',
      '  name:',
      '    type: text',
    ].join('\n');
    assert.deepEqual(problemsOf(text), [
      'schema.yml:5:10: columns.age.max must be a number, got "ninety"',
      'schema.yml:7:11: columns.name.type must be one of integer, number, boolean, string, category, datetime, got "text"',
    ]);
  });

  it('points at an unknown field and suggests the one meant', () => {
    assert.deepEqual(problemsOf('version: 1\ncolumns:\n  age:\n    type: integer\n    maximum: 3\n'), [
      'schema.yml:5:5: columns.age has an unknown field "maximum"; did you mean "max"?',
    ]);
    assert.deepEqual(problemsOf('version: 1\ncolumns: {}\nzzz: 1\n'), [
      'schema.yml:3:1: the schema has an unknown field "zzz"; expected one of $schema, version, description, columns, rows, extra-columns, duplicate-rows, constant-columns, almost-constant-share, primary-key, quality',
    ]);
  });

  it('reports a missing required field at the mapping that lacks it', () => {
    assert.deepEqual(problemsOf('version: 1\ncolumns:\n  age:\n    min: 3\n'), [
      'schema.yml:3:3: columns.age is missing the required field "type"',
    ]);
    assert.deepEqual(problemsOf('columns: {}\n'), [
      'schema.yml:1:1: the schema is missing the required field "version"',
    ]);
  });

  it('reports bounds, enums and list rules', () => {
    assert.deepEqual(
      problemsOf(
        [
          'version: 2',
          'columns:',
          '  a: { type: number, max-missing: 1.5 }',
          'extra-columns: warning',
          'almost-constant-share: 0.5',
          'primary-key: [a, a]',
          'rows: { min: -1 }',
        ].join('\n'),
      ),
      [
        'schema.yml:1:10: version must be 1, got 2',
        'schema.yml:3:35: columns.a.max-missing must be at most 1, got 1.5',
        'schema.yml:4:16: extra-columns must be one of allow, warn, error, got "warning"',
        'schema.yml:5:24: almost-constant-share must be greater than 0.5, got 0.5',
        'schema.yml:6:18: primary-key lists "a" twice',
        'schema.yml:7:14: rows.min must be at least 0, got -1',
      ],
    );
  });

  it('checks allowed values against the column type', () => {
    assert.deepEqual(problemsOf('version: 1\ncolumns:\n  n: { type: integer, allowed: [1, 2.5, x] }\n'), [
      'schema.yml:3:36: columns.n.allowed[1] must be an integer, got 2.5',
      'schema.yml:3:41: columns.n.allowed[2] must be an integer, got "x"',
    ]);
    assert.deepEqual(problemsOf('version: 1\ncolumns:\n  t: { type: datetime, allowed: [2024-01-01] }\n'), [
      'schema.yml:3:33: columns.t.allowed does not apply to a datetime column; use min and max instead',
    ]);
  });

  it('rejects a regex RE2 cannot run in linear time, naming the column and the rule', () => {
    const text = [
      'version: 1',
      'columns:',
      '  repeated: { type: string, regex: "^(a)\\\\1$" }',
      '  ahead: { type: category, regex: "^(?=x)" }',
    ].join('\n');
    assert.deepEqual(problemsOf(text), [
      'schema.yml:3:36: columns.repeated.regex is not a valid regular expression: invalid escape sequence: `\\1` (patterns run on RE2, which matches in linear time and so has no backreferences or lookaround)',
      'schema.yml:4:35: columns.ahead.regex is not a valid regular expression: invalid or unsupported Perl syntax: `(?=` (patterns run on RE2, which matches in linear time and so has no backreferences or lookaround)',
    ]);
  });

  it('reports rules that contradict each other or do not apply, each at its place', () => {
    const text = [
      'version: 1',
      'columns:',
      '  a: { type: integer, nullable: false, max-missing: 0.1 }',
      '  b: { type: number, min: 5, max: 1 }',
      '  c: { type: string, regex: "[a-" }',
      '  d: { type: integer, regex: "^1" }',
      '  e: { type: datetime, min: "31/01/2024" }',
      '  f: { type: datetime, max: 2024-02-30 }',
      '  g: { type: category, min: 1 }',
      '  h: { type: string, max-new-category-share: 0.1 }',
      'rows: { min: 5, max: 1 }',
    ].join('\n');
    assert.deepEqual(problemsOf(text), [
      'schema.yml:3:53: columns.a.max-missing cannot be combined with nullable: false, which allows no missing cells',
      'schema.yml:4:35: columns.b.max (1) is below min (5)',
      'schema.yml:5:29: columns.c.regex is not a valid regular expression: missing closing ]: `[a-` (patterns run on RE2, which matches in linear time and so has no backreferences or lookaround)',
      'schema.yml:6:30: columns.d.regex applies to string and category columns, not to an integer column',
      'schema.yml:7:29: columns.e.min must be an ISO 8601 date or date-time such as 2024-01-31 or 2024-01-31T08:00:00Z for a datetime column, got "31/01/2024"',
      'schema.yml:8:29: columns.f.max must be an ISO 8601 date or date-time such as 2024-01-31 or 2024-01-31T08:00:00Z for a datetime column, got "2024-02-30"',
      'schema.yml:9:29: columns.g.min applies to integer, number and datetime columns, not to a category column',
      'schema.yml:10:46: columns.h.max-new-category-share needs an allowed list to measure new values against',
      'schema.yml:11:22: rows.max (1) is below rows.min (5)',
    ]);
  });

  it('quotes column names that are not plain identifiers', () => {
    assert.deepEqual(problemsOf('version: 1\ncolumns:\n  "unit price": { type: number, min: x }\n'), [
      'schema.yml:3:38: columns["unit price"].min must be a number, got "x"',
    ]);
    assert.equal(formatPath(['columns', '2024', 'allowed', '0']), 'columns["2024"].allowed[0]');
  });

  it('reports YAML syntax errors at their place', () => {
    const [problem] = problemsOf('version: 1\ncolumns:\n  a: { type: number\n  b: [\n');
    assert.match(problem, /^schema\.yml:\d+:\d+: not valid YAML: /);
    assert.deepEqual(
      problemsOf(
        'version: 1\nversion: 1\ncolumns:\n  a: {type: number}\n  b: {type: number}\n  a: {type: string}\n',
      ),
      [
        'schema.yml:2:1: the schema has the key "version" twice',
        'schema.yml:6:3: columns has the key "a" twice',
      ],
    );
  });

  it('rejects an empty file and a file that is not a mapping', () => {
    assert.deepEqual(problemsOf('# nothing\n'), [
      'schema.yml:1:1: the schema is empty; expected version: 1 and columns',
    ]);
    assert.deepEqual(problemsOf('- a\n- b\n'), ['schema.yml:1:1: the schema must be a mapping, got a list']);
  });

  it('names the file it was given', () => {
    assert.deepEqual(problemsOf('version: 1\ncolumns: 3\n', 'conf/data.schema.json'), [
      'conf/data.schema.json:2:10: columns must be a mapping, got 3',
    ]);
  });
});

describe('validate-data.schema.json', () => {
  it('is checked by the code committed in schema-validator.generated.js, which ajv makes from it', () => {
    assert.equal(
      readFileSync(GENERATED_VALIDATOR, 'utf8'),
      schemaValidatorSource(),
      'run: npx node packages/validation/src/schema-validator-source.ts',
    );
  });

  it('is a valid draft-07 JSON Schema that compiles in strict mode', () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    assert.equal(ajv.validateSchema(jsonSchema), true, JSON.stringify(ajv.errors));
    assert.doesNotThrow(() => ajv.compile(jsonSchema));
  });

  it('accepts the example schema, which parseSchema reads too', () => {
    const text = readFileSync(join(schemaDir, 'example.schema.yml'), 'utf8');
    const validate = new Ajv({ allowUnionTypes: true }).compile(jsonSchema);
    assert.equal(validate(parse(text)), true, JSON.stringify(validate.errors));
    const schema = parseSchema(text, 'example.schema.yml');
    assert.deepEqual(schema.primaryKey, ['customer_id']);
    assert.equal(schema.columns.length, 10);
  });

  it('documents every field of the format in the example', () => {
    const text = readFileSync(join(schemaDir, 'example.schema.yml'), 'utf8');
    const example = parse(text) as Record<string, unknown> & { columns: Record<string, object> };
    const topFields = Object.keys(jsonSchema.properties).filter((f) => f !== '$schema');
    assert.deepEqual(
      topFields.filter((f) => !(f in example)),
      [],
    );
    const usedColumnFields = new Set(Object.values(example.columns).flatMap((c) => Object.keys(c)));
    assert.deepEqual(
      Object.keys(jsonSchema.definitions.column.properties).filter((f) => !usedColumnFields.has(f)),
      [],
    );
  });
});
