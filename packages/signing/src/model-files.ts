// Lists the files of a model (one file or a folder) the way the OMS reference library does: relative
// POSIX names, sorted, with ignored paths left out; a symlink is refused unless allowed, and one that
// leads outside the model folder, or back into a folder that holds it (a loop), is always refused.
import { lstatSync } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFileSystemError, UserError } from '@modelgate/core';

/** Always left out of a signature: version-control files and the signature itself. */
export const DEFAULT_IGNORED_NAMES = ['.git', '.github', '.gitattributes', '.gitignore'] as const;

export interface ModelFile {
  /** Relative POSIX name, as recorded in the manifest. */
  name: string;
  absolutePath: string;
}

export interface ModelListing {
  /** True when the model is a single file. */
  singleFile: boolean;
  files: ModelFile[];
  /** Ignored paths relative to the model, as recorded in the predicate. */
  ignorePaths: string[];
}

/** A relative path that climbs out of its base (`..`, `../x`), or one on another drive. */
function isOutside(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

/** Normalises an ignore path (relative to the model, or absolute inside it) to a relative POSIX name. */
export function relativeIgnorePath(modelRoot: string, ignorePath: string): string | undefined {
  const absolute = path.resolve(modelRoot, ignorePath);
  const relative = path.relative(modelRoot, absolute);
  if (relative === '' || isOutside(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/** What makes a path a glob pattern (`*`, `?`, `[ab]`, `{a,b}`); ignore paths are taken literally. */
const GLOB_PATTERN = /[*?[]|\{.*\}/;

/**
 * Why an ignore path a user gave cannot leave anything out, or undefined when it can: it leads outside
 * the model, names the model itself, or is a glob pattern (taken literally it would match nothing; a
 * pattern-like name that exists as written is taken literally). A path that names nothing is accepted:
 * a user may leave out a file that only some models have.
 */
export function ignorePathProblem(modelRoot: string, ignorePath: string): string | undefined {
  const root = path.resolve(modelRoot);
  const absolute = path.resolve(root, ignorePath);
  const relative = path.relative(root, absolute);
  if (relative === '') return 'names the model itself, not a path inside it';
  if (isOutside(relative)) return 'leads outside the model';
  if (GLOB_PATTERN.test(ignorePath) && !existsAsWritten(absolute)) return 'is a glob pattern';
  return undefined;
}

function existsAsWritten(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    // ENOENT, or ENOTDIR below a single-file model: nothing of that name.
    return false;
  }
}

function isIgnored(name: string, ignored: ReadonlySet<string>): boolean {
  const parts = name.split('/');
  for (let i = 1; i <= parts.length; i++) if (ignored.has(parts.slice(0, i).join('/'))) return true;
  return false;
}

async function statOrExplain(target: string) {
  try {
    return await lstat(target);
  } catch (error) {
    throw new UserError(`model-path ${describeFileSystemError(error, target) ?? String(error)}`, {
      cause: error,
    });
  }
}

export async function listModelFiles(
  modelPath: string,
  options: { ignorePaths?: readonly string[]; signaturePath?: string; allowSymlinks?: boolean },
): Promise<ModelListing> {
  const root = path.resolve(modelPath);
  const rootStat = await statOrExplain(root);
  if (rootStat.isSymbolicLink() && !options.allowSymlinks)
    throw new UserError(`model-path ${root} is a symbolic link; set allow-symlinks to follow it`);
  const followed = rootStat.isSymbolicLink() ? await stat(root) : rootStat;
  if (followed.isFile())
    return { singleFile: true, files: [{ name: path.basename(root), absolutePath: root }], ignorePaths: [] };
  if (!followed.isDirectory()) throw new UserError(`model-path ${root} is neither a file nor a folder`);

  const ignorePaths = new Set<string>(DEFAULT_IGNORED_NAMES);
  for (const given of [
    ...(options.ignorePaths ?? []),
    ...(options.signaturePath ? [options.signaturePath] : []),
  ]) {
    const relative = relativeIgnorePath(root, given);
    if (relative !== undefined) ignorePaths.add(relative);
  }
  const realRoot = await realpath(root);
  const files: ModelFile[] = [];
  /** `folders`: the real paths of the folders walked down to this one, the model folder first. */
  const walk = async (folder: string, prefix: string, folders: readonly string[]): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      const name = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (isIgnored(name, ignorePaths)) continue;
      const absolutePath = path.join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let realPath = path.join(folders.at(-1) ?? realRoot, entry.name);
      if (entry.isSymbolicLink()) {
        // A loop is refused whether or not links are followed: following it would never end.
        const followed = await followLink(absolutePath);
        const loop = 'code' in followed ? followed.code === 'ELOOP' : loopBack(followed.target, folders);
        if (loop) throw new UserError(`model file ${name} is a symbolic link loop: ${loopReason(followed)}`);
        if (!options.allowSymlinks)
          throw new UserError(
            `model file ${name} is a symbolic link; set allow-symlinks to follow links inside the model`,
          );
        if ('code' in followed)
          throw new UserError(
            followed.code === 'ENOENT'
              ? `model file ${name} is a symbolic link to nothing`
              : `model file ${name} is a symbolic link that cannot be followed (${followed.code})`,
          );
        if (isOutside(path.relative(realRoot, followed.target)))
          throw new UserError(`model file ${name} is a symbolic link that leads outside the model folder`);
        realPath = followed.target;
        isDirectory = (await stat(realPath)).isDirectory();
      }
      if (isDirectory) await walk(absolutePath, name, [...folders, realPath]);
      else files.push({ name, absolutePath });
    }
  };
  /** Where a link leads in the end, or the error code that stops it from leading anywhere. */
  const followLink = async (link: string): Promise<{ target: string } | { code: string }> => {
    try {
      return { target: await realpath(link) };
    } catch (error) {
      return { code: (error as NodeJS.ErrnoException).code ?? 'error' };
    }
  };
  /** A link leads back into a folder that holds it: one walked through, or one above the model. */
  const loopBack = (target: string, folders: readonly string[]) =>
    folders.includes(target) || !isOutside(path.relative(target, realRoot));
  const loopReason = (followed: { target: string } | { code: string }): string => {
    if ('code' in followed) return 'it leads, link by link, back to itself';
    const inside = path.relative(realRoot, followed.target);
    if (inside === '') return 'it leads back to the model folder, which holds it';
    if (isOutside(inside)) return 'it leads to a folder that holds the model';
    return `it leads back to the folder ${inside.split(path.sep).join('/')}, which holds it`;
  };
  await walk(root, '', [realRoot]);
  // OMS v1.0 section 6.1: a model holds at least one file; signing nothing would vouch for nothing.
  if (files.length === 0)
    throw new UserError(`model-path ${root} holds no file to sign (after ignored paths)`);
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { singleFile: false, files, ignorePaths: [...ignorePaths].sort() };
}
