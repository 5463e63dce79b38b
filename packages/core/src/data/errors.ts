import { UserError } from '../errors.ts';

/**
 * A data file that cannot be read as a table: a missing file, a malformed header, bytes that are not UTF-8,
 * a quote that never closes. The message leads with `file:line` so it reads like a compiler diagnostic.
 * Rows that are merely unusable (ragged, bad JSON) are not errors: they become `RowProblem`s.
 */
export class DataError extends UserError {
  readonly file: string;
  readonly line?: number;
  readonly column?: string;
  /** The message without the `file:line: ` prefix. */
  readonly reason: string;

  constructor(file: string, reason: string, line?: number, column?: string, options?: { cause?: unknown }) {
    super(`${line === undefined ? file : `${file}:${line}`}: ${reason}`, options);
    this.name = 'DataError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}
