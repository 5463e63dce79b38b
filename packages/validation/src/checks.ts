/** Every check id validate-data can report, with what it means. Ids are stable: reports and docs use them. */
export const checkDescriptions: Readonly<Record<string, string>> = {
  'unreadable-row': 'a row the reader could not use (ragged, unparseable) and left out',
  'row-count': 'the number of rows is outside rows.min .. rows.max',
  'missing-column': 'a required column (or a primary-key or selected column) is not in the data',
  'extra-column': 'columns in the data that the schema does not list (extra-columns)',
  'duplicate-rows': 'rows equal to an earlier row in every column (duplicate-rows)',
  'missing-key': 'rows with a missing value in a primary-key column',
  'duplicate-key': 'rows repeating the primary key of an earlier row',
  'type-mismatch': 'cells that are not of the column type (text in an integer column, 2.5 as an integer)',
  'missing-values': 'missing cells in a column that is not nullable, or above its max-missing share',
  'out-of-range': 'values below min or above max',
  'value-not-allowed': 'values outside the allowed list (error, or warning within max-new-category-share)',
  'regex-mismatch': 'text values that do not match the regex',
  'duplicate-value': 'rows repeating an earlier value of a unique column',
  'needs-rows':
    'a warning: the data is a profile, and this rule needs its rows (duplicate rows, a primary key, a value rule on a column the profile only sketched)',
  'validated-profile':
    'a notice: the data was a profile, so counts come from it and findings have no line numbers',
  'no-quality-comparison':
    "a notice: the data or the reference is a profile, so the quality comparison, which needs both sides' rows, was not run",
  'no-expectations': 'a notice: with neither a schema nor a reference only expectation-free checks ran',
  'constant-column': 'a column holding a single value (constant-columns)',
  'almost-constant-column': 'a column whose top value fills at least almost-constant-share of its cells',
  'missing-share-increase':
    "a column's missing share rose above the reference by more than quality.missing-share",
  'duplicate-share-increase':
    'the duplicate-row share rose above the reference by more than quality.duplicate-share',
  'new-constant-column': 'more columns became constant than quality.constant-columns allows',
};
