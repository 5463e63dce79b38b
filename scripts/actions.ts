import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

/** The actions of the repository: every folder of actions/ with an action.yml. */
export function actionNames(): string[] {
  const dir = join(root, 'actions');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'action.yml')))
    .sort();
}

export function binPath(tool: string): string {
  return join(root, 'node_modules', '.bin', tool);
}
