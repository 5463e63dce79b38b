/**
 * The one base for errors about what a user gave: an input, a data file, a schema, a cached summary, a
 * report folder. Its message already names the thing and what was expected, so it is shown as is; any
 * other error is a bug in modelgate and is reported as internal. Packages that raise user errors extend
 * this class, so a caller tells them apart with `instanceof UserError`, never by name.
 */
export class UserError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserError';
  }
}

// What a file-system error code means, in the words a user acts on.
const FILE_SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder, expected a file',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'a file is in the way where a folder is needed',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  ELOOP: 'a symbolic link where a file is written (refused), or a loop of links',
};

/**
 * `path: reason` for a Node file-system error with a known code, or undefined for any other error.
 * The path is the one Node names (the file or folder that failed), falling back to `fallbackPath`.
 */
export function describeFileSystemError(error: unknown, fallbackPath?: string): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path } = error as NodeJS.ErrnoException;
  if (!code || !(code in FILE_SYSTEM_REASONS)) return undefined;
  return `${path ?? fallbackPath ?? 'a file'}: ${FILE_SYSTEM_REASONS[code]}`;
}
