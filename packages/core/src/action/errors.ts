import { InputError } from '../inputs/parse.ts';

/**
 * The one line a user sees for an error. Errors of ours that carry a user-facing message (bad input,
 * unreadable data, a schema mistake) are shown as they are; anything else is an internal error whose
 * stack goes to the debug log only.
 */
export function describeError(error: unknown): { message: string; internal: boolean; stack?: string } {
  if (error instanceof Error) {
    const userFacing =
      error instanceof InputError || 'file' in error || (error as { userFacing?: boolean }).userFacing;
    if (userFacing) return { message: error.message, internal: false };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      return { message: error.message, internal: false };
    }
    return { message: `internal error: ${error.message}`, internal: true, stack: error.stack };
  }
  return { message: `internal error: ${String(error)}`, internal: true };
}
