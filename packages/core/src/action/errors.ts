import { describeFileSystemError, UserError } from '../errors.ts';

/**
 * The one line a user sees for an error. A UserError (a wrong input, an unreadable data file, a bad
 * schema, a corrupt summary, a report folder that cannot be written) and a file-system error are shown
 * as they are; anything else is an internal error, whose stack goes to the debug log only.
 */
export function describeError(error: unknown): { message: string; internal: boolean; stack?: string } {
  if (!(error instanceof Error)) return { message: `internal error: ${String(error)}`, internal: true };
  if (error instanceof UserError) return { message: error.message, internal: false };
  const fileSystem = describeFileSystemError(error);
  if (fileSystem) return { message: fileSystem, internal: false };
  return { message: `internal error: ${error.message}`, internal: true, stack: error.stack };
}
