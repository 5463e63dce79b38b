/**
 * A hint for a file read without its header row. Readers take a CSV's first row as the column names (as
 * pandas does), so a file that has none loses that row to the header and its columns get names such as
 * "0.345584". Those names then match nothing the gates look for, and the gates say which columns are
 * missing; this names the likely cause. Only names that read as decimal numbers with a fraction or an
 * exponent count: integer names (years, pandas' default 0, 1, 2) are ordinary column names.
 */
const DECIMAL_WITH_FRACTION_OR_EXPONENT = /^[+-]?(\d+\.\d*|\.\d+|\d+(\.\d*)?[eE][+-]?\d+)$/;
const NAMES_SHOWN = 3;

/** Empty, or a sentence (with a leading space) to append to a message about columns missing from `file`. */
export function headerRowHint(file: string, names: readonly string[]): string {
  const numeric = names.filter((name) => DECIMAL_WITH_FRACTION_OR_EXPONENT.test(name.trim()));
  if (numeric.length === 0) return '';
  const shown = numeric.slice(0, NAMES_SHOWN).map((name) => `"${name}"`);
  if (numeric.length > NAMES_SHOWN) shown.push(`${numeric.length - NAMES_SHOWN} more`);
  return ` Column names of ${file} read as numbers (${shown.join(', ')}): if it has no header row, add one; its first row is read as the column names.`;
}
