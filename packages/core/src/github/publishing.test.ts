import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHECK_RUN, explainFailure } from './failure.ts';
import { publishing } from './publishing.ts';

const DEPLOYMENT_STATUS = { what: 'deployment status', permission: 'deployments: write' };

/** An error shaped like Octokit's RequestError. */
function requestError(status: number, message: string): Error {
  return Object.assign(new Error(message), { status, response: { data: { message } } });
}

describe('publishing.attempt', () => {
  it('resolves to null when the call succeeds', async () => {
    let called = 0;
    assert.equal(await publishing.attempt(DEPLOYMENT_STATUS, async () => called++), null);
    assert.equal(called, 1);
  });

  it('turns a refusal into a warning naming what failed and the permission it needs', async () => {
    const warning = await publishing.attempt(DEPLOYMENT_STATUS, async () => {
      throw requestError(403, 'Resource not accessible by integration');
    });
    assert.equal(
      warning,
      'Could not post the deployment status: the token may not do this (403: Resource not accessible by ' +
        'integration). Give the job `permissions:` with `deployments: write`.',
    );
  });

  it('explains a fork, a 404 and a server error the way the PR comment does, with its own verb', async () => {
    const dispatch = { what: 'repository dispatch', permission: 'contents: write', verb: 'send' };
    const fork = await publishing.attempt(dispatch, () => Promise.reject(requestError(403, 'x')), {
      fromFork: true,
    });
    assert.match(fork ?? '', /^Could not send the repository dispatch: this pull request comes from a fork/);
    const missing = await publishing.attempt(dispatch, () => Promise.reject(requestError(404, 'Not Found')));
    assert.match(missing ?? '', /404 \(Not Found\).*`contents: write`/);
    const down = await publishing.attempt(dispatch, () => Promise.reject(requestError(502, 'Bad Gateway')));
    assert.match(down ?? '', /did not answer successfully after retries \(HTTP 502: Bad Gateway\)/);
    const network = await publishing.attempt(dispatch, () => Promise.reject(new Error('ECONNRESET')));
    assert.match(network ?? '', /after retries \(ECONNRESET\)/);
  });

  it('keeps the check run and PR comment messages as they were', () => {
    assert.match(
      explainFailure(CHECK_RUN, { status: 403, message: 'm' }, false),
      /^Could not post the check run: .*`checks: write`/,
    );
  });
});
