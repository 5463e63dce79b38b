// A profiled column's values as the schema declares them. A profile keeps each distinct value with its
// count while a column has few (profile's VALUE_CAP numbers, CATEGORY_CAP categories); over those counts
// every value rule is as exact as on the rows, only without line numbers. Past them the rules fall back on
// what stays exact (counts, missing cells, min and max) or on the sketches, or say they cannot answer.

import type { ColumnProfile } from '@modelgate/profile';
import { formatCell, parseAs, valueFits } from './column-values.ts';
import type { NumericColumn } from './core.ts';
import type { SchemaColumnType } from './schema.ts';

/** One distinct value of a column with how many cells hold it. */
export interface CountedValue {
  /** As the data would have written it. */
  text: string;
  /** The value under the declared type: NaN when it is not one; unset for text types. */
  value?: number;
  count: number;
}

/** What a profile says of a column under its declared type. */
export interface ProfiledColumn {
  name: string;
  declared: SchemaColumnType;
  /** Non-missing cells, readable or not. */
  present: number;
  /** Every distinct value with its count, or null when the profile kept no exact counts. */
  values: CountedValue[] | null;
  /** Cells present but not of the declared type, when known without the values. */
  mismatches: number | null;
  profile: ColumnProfile;
}

const textTypes = new Set<SchemaColumnType>(['string', 'category']);

type NumericType = NumericColumn['type'];

/** The type the readers read a numeric column as: one type, or number for integers and decimals mixed. */
export function readType(profile: ColumnProfile): NumericType {
  const types = Object.keys(profile.types).filter((type) => profile.types[type] > 0) as NumericType[];
  if (types.length === 1) return types[0];
  if (types.every((type) => type === 'integer' || type === 'number')) return 'number';
  return types.includes('datetime') ? 'datetime' : 'number';
}

/** Whether a number the readers read as `actual` is a value of `declared` (as column-values' readAs). */
function numberFits(value: number, actual: NumericType, declared: SchemaColumnType): boolean {
  const fits = valueFits(actual, declared);
  return typeof fits === 'function' ? fits(value) : fits;
}

/**
 * As column-values' typedShape: whether the value rules see text, numbers, or nothing (a datetime column
 * under integer, where every value is a type mismatch and no range or allowed set applies).
 */
export function profiledShape(
  profile: ColumnProfile,
  declared: SchemaColumnType,
): 'text' | 'numbers' | 'none' {
  if (textTypes.has(declared)) return 'text';
  if (!profile.numeric) return 'numbers';
  return valueFits(readType(profile), declared) === false ? 'none' : 'numbers';
}

/** The column under `declared`: its counted values when the profile has them, typed. */
export function profiledColumn(profile: ColumnProfile, declared: SchemaColumnType): ProfiledColumn {
  const present = profile.rows - profile.missing;
  const text = textTypes.has(declared);
  const base = { name: profile.name, declared, present, profile };
  if (profile.numeric) {
    const actual = readType(profile);
    // Cells the readers could not read as numbers: not of any numeric type; text the profile did not keep.
    const unreadable = profile.invalid;
    const counts = profile.numeric.values;
    if (!counts) {
      const fits = actual === declared || (declared === 'number' && actual === 'integer');
      return { ...base, values: null, mismatches: text ? 0 : fits ? unreadable : null };
    }
    const values: CountedValue[] = [...counts].map(([number, count]) => {
      const shown = formatCell(number, actual);
      if (text) return { text: shown, count };
      return { text: shown, value: numberFits(number, actual, declared) ? number : Number.NaN, count };
    });
    const mismatched = values.reduce(
      (sum, v) => sum + (v.value !== undefined && Number.isNaN(v.value) ? v.count : 0),
      0,
    );
    return { ...base, values, mismatches: text ? 0 : mismatched + unreadable };
  }
  const exact = profile.categories?.exact;
  if (!exact) return { ...base, values: null, mismatches: text ? 0 : null };
  const values: CountedValue[] = [...exact].map(([category, count]) =>
    text
      ? { text: category, count }
      : { text: category, value: parseAs(category, declared as 'integer'), count },
  );
  const mismatches = values.reduce(
    (sum, v) => sum + (v.value !== undefined && Number.isNaN(v.value) ? v.count : 0),
    0,
  );
  return { ...base, values, mismatches };
}
