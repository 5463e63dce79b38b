// Writes a Schema back as the YAML users edit. The output is stable (same schema, same bytes: no dates, a
// fixed field order) so an inferred schema can be committed and diffed, and parseSchema reads it back to an
// equal Schema.
import { Document, isMap, visit } from 'yaml';
import { formatIsoDateTime } from './datetime.ts';
import type { ColumnSchema, Schema } from './schema.ts';

function bound(column: ColumnSchema, value: number): number | string {
  return column.type === 'datetime' ? formatIsoDateTime(value) : value;
}

function columnEntry(column: ColumnSchema): Record<string, unknown> {
  const entry: Record<string, unknown> = { type: column.type };
  if (column.description !== undefined) entry.description = column.description;
  if (!column.required) entry.required = false;
  if (!column.nullable) entry.nullable = false;
  if (column.maxMissing !== undefined) entry['max-missing'] = column.maxMissing;
  // An infinite bound bounds nothing, and YAML's .inf is no number in the JSON the schema is checked as.
  if (column.min !== undefined && Number.isFinite(column.min)) entry.min = bound(column, column.min);
  if (column.max !== undefined && Number.isFinite(column.max)) entry.max = bound(column, column.max);
  if (column.allowed !== undefined) entry.allowed = column.allowed;
  if (column.maxNewCategoryShare !== undefined) entry['max-new-category-share'] = column.maxNewCategoryShare;
  if (column.regex !== undefined) entry.regex = column.regex;
  if (column.unique) entry.unique = true;
  return entry;
}

const header = [
  ' modelgate validate-data schema (format version 1).',
  ' Every field is explained in packages/validation/schema/example.schema.yml of the modelgate repository.',
];

/** The schema as YAML, with a header comment saying what wrote it (and, if inferred, from what). */
export function serializeSchema(schema: Schema): string {
  const body: Record<string, unknown> = { version: schema.version };
  if (schema.description !== undefined) body.description = schema.description;
  if (schema.rows !== undefined) body.rows = schema.rows;
  // A Map keeps the columns in schema order; object keys such as "2024" would jump to the front.
  body.columns = new Map(schema.columns.map((c) => [c.name, columnEntry(c)]));
  if (schema.primaryKey !== undefined) body['primary-key'] = schema.primaryKey;
  body['extra-columns'] = schema.extraColumns;
  body['duplicate-rows'] = schema.duplicateRows;
  body['constant-columns'] = schema.constantColumns;
  body['almost-constant-share'] = schema.almostConstantShare;
  body.quality = {
    'missing-share': schema.quality.missingShare,
    'duplicate-share': schema.quality.duplicateShare,
    'constant-columns': schema.quality.constantColumns,
    severity: schema.quality.severity,
  };

  const doc = new Document(body);
  // Short lists (allowed values, key columns) read best on one line.
  visit(doc, {
    Seq(_, node) {
      node.flow = true;
    },
  });
  const rows = doc.get('rows', true);
  if (isMap(rows)) rows.flow = true;
  const origin = schema.origin ? schema.origin.split('\n').map((line) => ` ${line}`) : [];
  doc.commentBefore = [...header, ...origin].join('\n');
  return doc.toString({ lineWidth: 110, flowCollectionPadding: false });
}
