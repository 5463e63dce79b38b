import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSchema } from './parse-schema.ts';
import { serializeSchema } from './serialize-schema.ts';

const full = [
  'version: 1',
  'description: every field',
  'rows: { min: 1, max: 100 }',
  'columns:',
  '  "2024": { type: number, min: -0.5, max: 1e-7, max-missing: 0.2, description: a year }',
  '  id: { type: string, unique: true, nullable: false, regex: "^[a-z]+\\\\d*$" }',
  '  c: { type: category, allowed: ["1", yes, "#x", "a: b", ""], max-new-category-share: 0.1, required: false }',
  '  n: { type: integer, allowed: [0, 1] }',
  '  t: { type: datetime, min: 2024-01-01, max: "2024-02-01T10:00:00.250+02:00" }',
  'primary-key: [id, n]',
  'extra-columns: error',
  'duplicate-rows: allow',
  'constant-columns: error',
  'almost-constant-share: 0.95',
  'quality: { missing-share: 0.1, duplicate-share: 0, constant-columns: 2, severity: warn }',
].join('\n');

describe('serializeSchema', () => {
  it('writes every field so that parseSchema reads back the same schema', () => {
    const schema = parseSchema(full, 'full.yml');
    assert.deepEqual(parseSchema(serializeSchema(schema), 'again.yml'), schema);
  });

  it('writes stable, readable YAML in a fixed order with short lists on one line', () => {
    const text = serializeSchema(parseSchema(full, 'full.yml'));
    assert.equal(serializeSchema(parseSchema(text, 'again.yml')), text);
    assert.equal(
      text,
      [
        '# modelgate validate-data schema (format version 1).',
        '# Every field is explained in packages/validation/schema/example.schema.yml of the modelgate repository.',
        '',
        'version: 1',
        'description: every field',
        'rows: {min: 1, max: 100}',
        'columns:',
        '  "2024":',
        '    type: number',
        '    description: a year',
        '    max-missing: 0.2',
        '    min: -0.5',
        '    max: 1e-7',
        '  id:',
        '    type: string',
        '    nullable: false',
        '    regex: ^[a-z]+\\d*$',
        '    unique: true',
        '  c:',
        '    type: category',
        '    required: false',
        '    allowed: ["1", yes, "#x", "a: b", ""]',
        '    max-new-category-share: 0.1',
        '  n:',
        '    type: integer',
        '    allowed: [0, 1]',
        '  t:',
        '    type: datetime',
        '    min: 2024-01-01',
        '    max: 2024-02-01T08:00:00.250Z',
        'primary-key: [id, n]',
        'extra-columns: error',
        'duplicate-rows: allow',
        'constant-columns: error',
        'almost-constant-share: 0.95',
        'quality:',
        '  missing-share: 0.1',
        '  duplicate-share: 0',
        '  constant-columns: 2',
        '  severity: warn',
        '',
      ].join('\n'),
    );
  });

  it('puts the origin of an inferred schema in the header comment', () => {
    const schema = {
      ...parseSchema('version: 1\ncolumns: {}', 's'),
      origin: 'Inferred by a test\nfrom nothing.',
    };
    const text = serializeSchema(schema);
    assert.match(
      text,
      /^# modelgate[^\n]*\n# Every field[^\n]*\n# Inferred by a test\n# from nothing\.\n\nversion: 1\n/,
    );
  });
});
