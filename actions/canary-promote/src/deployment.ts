import type { Decision } from '@modelgate/canary';

/** GitHub keeps at most 140 characters of a deployment status description. */
const DESCRIPTION_LIMIT = 140;

export interface DeploymentTarget {
  environment?: string;
  /** An existing deployment to record statuses on; otherwise one is created for `ref` in `environment`. */
  deploymentId?: number;
  ref?: string;
  /** The canary's traffic share now, recorded in a created deployment's payload. */
  currentWeight: number;
}

type State = 'in_progress' | 'success' | 'failure' | 'inactive' | 'error';

/**
 * The canary's GitHub deployment and its statuses: in_progress while judging, success on promote, failure
 * and then inactive on rollback (the canary no longer serves), in_progress with the reason on hold. Each
 * status carries a description and the run's log URL. Never fails the gate: a call GitHub refuses becomes
 * a warning (publishing.attempt) and `report-status: degraded`.
 */
export class DeploymentStatuses {
  readonly warnings: string[] = [];
  #deploymentId: number | undefined;
  #post: ((state: State, description: string) => Promise<void>) | undefined;

  private constructor() {}

  /** Resolves the deployment (creating it when asked) and posts in_progress; no-op when not configured. */
  static async start(
    target: DeploymentTarget,
    token: string | undefined,
    env: NodeJS.ProcessEnv,
    log: (line: string) => void,
  ): Promise<DeploymentStatuses> {
    const statuses = new DeploymentStatuses();
    if (target.deploymentId === undefined && !target.environment) return statuses;
    const { createGitHubClient, loadRunContext, publishing } = await import('@modelgate/core');
    const run = loadRunContext(env);
    if (!run.inActions) {
      log('deployment statuses: not recorded outside GitHub Actions');
      return statuses;
    }
    if (!token || !run.owner || !run.repo) {
      statuses.warnings.push('Could not record the deployment status: no token or repository');
      return statuses;
    }
    const owner = run.owner;
    const repo = run.repo;
    const fromFork = (run.pullRequest?.isFork ?? false) && run.eventName !== 'pull_request_target';
    const github = createGitHubClient(token, { baseUrl: run.apiUrl });
    let id = target.deploymentId;
    if (id === undefined) {
      const ref = target.ref || run.sha;
      const environment = target.environment as string;
      if (!ref) {
        statuses.warnings.push('Could not create the deployment: no ref (set the ref input)');
        return statuses;
      }
      const warning = await publishing.attempt(
        { what: `deployment of ${ref} to ${environment}`, permission: 'deployments: write', verb: 'create' },
        async () => {
          const created = await github.rest.repos.createDeployment({
            owner,
            repo,
            ref,
            environment,
            // The canary is judged here; GitHub must not refuse it over the commit's other checks.
            required_contexts: [],
            auto_merge: false,
            description: clip(`canary at ${target.currentWeight}% of traffic`),
            payload: { canaryWeight: target.currentWeight },
          });
          if (!('id' in created.data))
            throw new Error(String(created.data.message ?? 'no deployment created'));
          id = created.data.id;
        },
        { fromFork },
      );
      if (warning) {
        statuses.warnings.push(warning);
        return statuses;
      }
      log(`deployment ${id} created for ${ref} in environment ${JSON.stringify(environment)}`);
    }
    statuses.#deploymentId = id;
    statuses.#post = async (state, description) => {
      const warning = await publishing.attempt(
        { what: `deployment status "${state}"`, permission: 'deployments: write' },
        () =>
          github.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: id as number,
            state,
            description: clip(description),
            ...(run.runUrl ? { log_url: run.runUrl } : {}),
            ...(target.environment ? { environment: target.environment } : {}),
          }),
        { fromFork },
      );
      if (warning) statuses.warnings.push(warning);
    };
    await statuses.#post('in_progress', `judging the canary at ${target.currentWeight}% of traffic`);
    return statuses;
  }

  get deploymentId(): number | undefined {
    return this.#deploymentId;
  }

  /** The decision as the deployment's final status (or an in_progress with the reason on hold). */
  async finish(decision: Decision, description: string): Promise<void> {
    if (!this.#post) return;
    if (decision === 'promote') await this.#post('success', description);
    else if (decision === 'hold') await this.#post('in_progress', description);
    else {
      await this.#post('failure', description);
      await this.#post('inactive', 'canary rolled back');
    }
  }

  /** The analysis could not run (Prometheus down, bad data): the state is error, never a rollback's failure. */
  async abandon(reason: string): Promise<void> {
    if (this.#post) await this.#post('error', `not judged: ${reason}`);
  }
}

function clip(text: string): string {
  return text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}
