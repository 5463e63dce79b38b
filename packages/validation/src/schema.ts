/**
 * The validate-data schema: what a dataset must look like. Users write it in YAML (or JSON); its structure
 * is the JSON Schema in ../schema/validate-data.schema.json, which editors use too. parseSchema
 * (parse-schema.ts) reads it with every default applied; serializeSchema writes it back.
 */

export type SchemaColumnType = 'integer' | 'number' | 'boolean' | 'string' | 'category' | 'datetime';

/** How a dataset-level rule reports what it finds: not at all, as a warning, or as an error. */
export type RuleSeverity = 'allow' | 'warn' | 'error';

export interface ColumnSchema {
  name: string;
  type: SchemaColumnType;
  description?: string;
  /** The column must be present in the data. Default true. */
  required: boolean;
  /** Cells may be missing. Default true; false means no cell may be missing. */
  nullable: boolean;
  /** Largest allowed share of missing cells (0..1), when nullable. */
  maxMissing?: number;
  /** Value bounds, inclusive. Datetime bounds are epoch milliseconds (UTC). */
  min?: number;
  max?: number;
  /** The only values allowed: numbers for integer/number, booleans for boolean, text for string/category. */
  allowed?: (string | number | boolean)[];
  /** Share of non-missing cells that may fall outside `allowed` as a warning rather than an error. */
  maxNewCategoryShare?: number;
  /** An RE2 regular expression (linear time: no backreferences or lookaround) each value of a text column must match somewhere. */
  regex?: string;
  /** No two rows may hold the same (non-missing) value. Default false. */
  unique: boolean;
}

/** How much worse than the reference the data may be before compareQuality reports it. */
export interface QualityTolerances {
  /** Largest allowed absolute increase of a column's missing share. Default 0.05. */
  missingShare: number;
  /** Largest allowed absolute increase of the duplicate-row share. Default 0.01. */
  duplicateShare: number;
  /** How many columns may become constant that were not constant in the reference. Default 0. */
  constantColumns: number;
  /** Severity of a tolerance exceeded; 'allow' turns the comparison off. Default 'error'. */
  severity: RuleSeverity;
}

export interface Schema {
  version: 1;
  description?: string;
  columns: ColumnSchema[];
  rows?: { min?: number; max?: number };
  extraColumns: RuleSeverity;
  duplicateRows: RuleSeverity;
  constantColumns: RuleSeverity;
  /** Top value share at or above which a column is almost constant. Default 0.99. */
  almostConstantShare: number;
  primaryKey?: string[];
  quality: QualityTolerances;
  /** Where the schema came from when it was inferred; serializeSchema writes it as a header comment. */
  origin?: string;
}

export const defaultQualityTolerances: Readonly<QualityTolerances> = {
  missingShare: 0.05,
  duplicateShare: 0.01,
  constantColumns: 0,
  severity: 'error',
};

export const defaultAlmostConstantShare = 0.99;
