// Stores a keyless signature as a GitHub artifact attestation (POST /repos/{owner}/{repo}/attestations),
// the record `gh attestation verify` looks up. Like every publishing call it never fails the step: a
// missing permission or an outage becomes a warning and `report-status: degraded`.
import type { SignatureBundle } from '@modelgate/signing';

export async function storeAttestation(
  bundle: SignatureBundle,
  token: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<{ id: number } | { warning: string }> {
  const { createGitHubClient, loadRunContext, publishing } = await import('@modelgate/core');
  let run: ReturnType<typeof loadRunContext>;
  try {
    run = loadRunContext(env);
  } catch (error) {
    return { warning: `attestation not stored: ${(error as Error).message}` };
  }
  if (!run.inActions) return { warning: 'attestation not stored: not running in GitHub Actions' };
  if (!token || !run.owner || !run.repo) return { warning: 'attestation not stored: no token or repository' };
  let id = 0;
  const fromFork = (run.pullRequest?.isFork ?? false) && run.eventName !== 'pull_request_target';
  const warning = await publishing.attempt(
    { what: 'artifact attestation', permission: 'attestations: write', verb: 'store' },
    async () => {
      const response = await createGitHubClient(token, { baseUrl: run.apiUrl }).rest.repos.createAttestation({
        owner: run.owner as string,
        repo: run.repo as string,
        // Octokit types the bundle as its own partial Sigstore shape; ours is the bundle JSON as written.
        bundle: bundle as never,
      });
      id = response.data.id ?? 0;
    },
    { fromFork },
  );
  return warning ? { warning } : { id };
}
