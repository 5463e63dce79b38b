// @modelgate/validation: the domain logic of validate-data. Pure functions on Tables and schema text; the
// action does the reading, writing and reporting.

export { default as validateDataJsonSchema } from '../schema/validate-data.schema.json' with { type: 'json' };
export { checkDescriptions } from './checks.ts';
export { expectationFreeNote, expectationFreeSchema, markExpectationFree } from './expectation-free.ts';
export {
  defaultInferOptions,
  type InferOptions,
  inferSchema,
  inferSchemaChunks,
  inferSchemaFromProfile,
  isIdLikeName,
} from './infer.ts';
export { parseSchema } from './parse-schema.ts';
export { compareQuality, type QualityComparison } from './quality.ts';
export {
  type ColumnSchema,
  defaultAlmostConstantShare,
  defaultQualityTolerances,
  type QualityTolerances,
  type RuleSeverity,
  type Schema,
  type SchemaColumnType,
} from './schema.ts';
export { SchemaError, type SchemaProblem } from './schema-errors.ts';
export { serializeSchema } from './serialize-schema.ts';
export {
  defaultMaxExamples,
  type ValidateChunksOptions,
  type ValidateOptions,
  validateChunks,
  validateTable,
} from './validate.ts';
export { type ValidateProfileOptions, validateProfile } from './validate-profile.ts';
