/**
 * Errors raised about what a user gave (an input, a data file, a schema, a cached summary). Their messages
 * already name the input or the file and line, so they are shown as they are. The packages that raise them
 * do not depend on each other, hence the match by name.
 */
const USER_ERRORS = new Set(['InputError', 'DataError', 'SchemaError', 'SummaryError']);

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EISDIR: 'is a folder, expected a file',
  ENOTDIR: 'a part of the path is not a folder',
};

/**
 * The one line a user sees for an error. Anything that is neither a user error nor a file-system error
 * is an internal error, whose stack goes to the debug log only.
 */
export function describeError(error: unknown): { message: string; internal: boolean; stack?: string } {
  if (!(error instanceof Error)) return { message: `internal error: ${String(error)}`, internal: true };
  if (USER_ERRORS.has(error.name)) return { message: error.message, internal: false };
  const { code, path } = error as NodeJS.ErrnoException;
  if (code && code in FILE_ERRORS) {
    return { message: `${path ?? 'a file'}: ${FILE_ERRORS[code]}`, internal: false };
  }
  return { message: `internal error: ${error.message}`, internal: true, stack: error.stack };
}
