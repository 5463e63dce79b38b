// Lists the files of a model (one file or a folder) the way the OMS reference library does: relative
// POSIX names, sorted, with ignored paths left out; a symlink is refused unless allowed, and one that
// leads outside the model folder is always refused.
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

/** Normalises an ignore path (relative to the model, or absolute inside it) to a relative POSIX name. */
export function relativeIgnorePath(modelRoot: string, ignorePath: string): string | undefined {
  const absolute = path.resolve(modelRoot, ignorePath);
  const relative = path.relative(modelRoot, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
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
  const walk = async (folder: string, prefix: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      const name = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (isIgnored(name, ignorePaths)) continue;
      const absolutePath = path.join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        if (!options.allowSymlinks)
          throw new UserError(
            `model file ${name} is a symbolic link; set allow-symlinks to follow links inside the model`,
          );
        const target = await realpath(absolutePath).catch(() => undefined);
        if (target === undefined) throw new UserError(`model file ${name} is a symbolic link to nothing`);
        const inside = path.relative(realRoot, target);
        if (inside.startsWith('..') || path.isAbsolute(inside))
          throw new UserError(`model file ${name} is a symbolic link that leads outside the model folder`);
        isDirectory = (await stat(target)).isDirectory();
      }
      if (isDirectory) await walk(absolutePath, name);
      else files.push({ name, absolutePath });
    }
  };
  await walk(root, '');
  // OMS v1.0 section 6.1: a model holds at least one file; signing nothing would vouch for nothing.
  if (files.length === 0)
    throw new UserError(`model-path ${root} holds no file to sign (after ignored paths)`);
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { singleFile: false, files, ignorePaths: [...ignorePaths].sort() };
}
