import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RunContext } from './context.ts';

/** The part of @actions/artifact's client that uploading needs; tests pass their own. */
export interface ArtifactUploader {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
  ): Promise<{ id?: number; size?: number }>;
}

export type ArtifactOutcome =
  | { uploaded: true; name: string; id: number; url?: string }
  | { uploaded: false; skipped: string };

export interface ArtifactInput {
  name: string;
  reportDir: string;
  context: RunContext;
  env: NodeJS.ProcessEnv;
  uploader?: ArtifactUploader;
}

/**
 * Uploads every file under reportDir as one artifact. Where no artifact service exists (GHES, which
 * @actions/artifact refuses; a runner that gave the step no ACTIONS_RUNTIME_TOKEN; an empty folder) it
 * skips and says why. A failed upload throws.
 */
export async function uploadReportArtifact(input: ArtifactInput): Promise<ArtifactOutcome> {
  const { name, reportDir, context, env } = input;
  if (context.isGhes) {
    return {
      uploaded: false,
      skipped: `artifacts are not supported on GitHub Enterprise Server (${context.serverUrl})`,
    };
  }
  if (!input.uploader && (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL)) {
    return {
      uploaded: false,
      skipped: 'the runner gave this step no artifact service (ACTIONS_RUNTIME_TOKEN unset)',
    };
  }
  const files = filesUnder(reportDir);
  if (files.length === 0) return { uploaded: false, skipped: `${reportDir} holds no files` };
  // Loaded only to upload: the artifact client and its storage SDK are the largest part of the bundle.
  const uploader = input.uploader ?? new (await import('@actions/artifact')).DefaultArtifactClient();
  let id: number | undefined;
  try {
    ({ id } = await uploader.uploadArtifact(name, files, reportDir));
  } catch (error) {
    // @actions/artifact's GHESNotSupportedError, known by name so that the client is not loaded to check.
    if (error instanceof Error && error.name === 'GHESNotSupportedError') {
      return { uploaded: false, skipped: error.message };
    }
    throw error;
  }
  if (id === undefined) throw new Error(`the artifact service did not confirm the upload of ${name}`);
  const { owner, repo, runId, serverUrl } = context;
  const url =
    owner && repo && runId
      ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}/artifacts/${id}`
      : undefined;
  return { uploaded: true, name, id, url };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
