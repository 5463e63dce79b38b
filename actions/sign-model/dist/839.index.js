export const id = 839;
export const ids = [839,10];
export const modules = {

/***/ 8010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./packages/core/src/action/log.ts
var log = __webpack_require__(33782);
// EXTERNAL MODULE: ./packages/core/src/action/workflow-commands.ts
var workflow_commands = __webpack_require__(35918);
;// CONCATENATED MODULE: ./packages/core/src/github/client.ts





const DEFAULTS = {
    retries: 2,
    retryDelayScaleMs: 1000,
    maxRetryAfterSeconds: 60,
    requestTimeoutMs: 30_000,
};
/**
 * An authenticated Octokit for the REST API that retries what is worth retrying: 5xx answers and network
 * failures (plugin-retry), and primary or secondary rate limits after the wait GitHub asks for through
 * retry-after or x-ratelimit-reset (plugin-throttling). 4xx answers other than rate limits fail at once.
 */
function createGitHubClient(token, options = {}) {
    const retries = options.retries ?? DEFAULTS.retries;
    const scale = options.retryDelayScaleMs ?? DEFAULTS.retryDelayScaleMs;
    const maxWait = options.maxRetryAfterSeconds ?? DEFAULTS.maxRetryAfterSeconds;
    const timeoutMs = options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const willRetry = retryCount < retries && retryAfter <= maxWait;
        (0,log/* logInfo */.fH)(`GitHub ${kind} on ${request.method} ${request.url}: ` +
            (willRetry ? `retrying in ${retryAfter} s` : `not retrying (asked to wait ${retryAfter} s)`));
        return willRetry;
    };
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        userAgent: options.userAgent ?? 'modelgate',
        log: { debug: workflow_commands/* debug */.Yz, info: workflow_commands/* debug */.Yz, warn: log/* logInfo */.fH, error: log/* logInfo */.fH },
        // Rate limits (403/429) are plugin-throttling's, so plugin-retry does not retry them a second time.
        retry: { retries, retryAfterBaseValue: scale, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            retryAfterBaseValue: scale,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            ...options.throttle,
        },
    }, 
    // The timeout plugin comes first so that its hook sits innermost and arms a fresh timer per attempt.
    attemptTimeout(timeoutMs), dist_bundle/* retry */.L, throttling);
}
function attemptTimeout(ms) {
    return (octokit) => {
        octokit.hook.before('request', (options) => {
            options.request = { ...options.request, signal: AbortSignal.timeout(ms) };
        });
    };
}


/***/ }),

/***/ 9594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ runContextFrom),
/* harmony export */   v1: () => (/* binding */ loadRunContext)
/* harmony export */ });
/* unused harmony export isGhesUrl */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Reads the run context from the runner's environment and the event payload. Pure. */
function runContextFrom(env, event) {
    const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com');
    const [owner, repo] = repositoryOf(env, event);
    const pullRequest = pullRequestOf(event);
    const runId = env.GITHUB_RUN_ID || undefined;
    return {
        inActions: env.GITHUB_ACTIONS === 'true',
        owner,
        repo,
        eventName: env.GITHUB_EVENT_NAME || undefined,
        sha: pullRequest?.headSha ?? (env.GITHUB_SHA || undefined),
        pullRequest,
        serverUrl,
        apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
        isGhes: isGhesUrl(serverUrl),
        runId,
        runUrl: owner && repo && runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
        workspace: env.GITHUB_WORKSPACE || undefined,
    };
}
/** runContextFrom on the process's environment and the payload file GITHUB_EVENT_PATH names. */
function loadRunContext(env = process.env) {
    return runContextFrom(env, readEvent(env.GITHUB_EVENT_PATH));
}
function readEvent(path) {
    if (!path)
        return {};
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new Error(`Cannot read the event payload GITHUB_EVENT_PATH=${path}: ${error.message}`);
    }
    try {
        const parsed = JSON.parse(text);
        return isObject(parsed) ? parsed : {};
    }
    catch (error) {
        throw new Error(`The event payload ${path} is not valid JSON: ${error.message}`);
    }
}
function repositoryOf(env, event) {
    const fullName = env.GITHUB_REPOSITORY || stringAt(event, 'repository', 'full_name');
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName ?? '');
    return match ? [match[1], match[2]] : [];
}
// pull_request, pull_request_target and the review events all carry the PR as `pull_request`.
function pullRequestOf(event) {
    const pr = event.pull_request;
    if (!isObject(pr) || typeof pr.number !== 'number')
        return undefined;
    const headSha = stringAt(pr, 'head', 'sha');
    if (!headSha)
        return undefined;
    const headRepo = stringAt(pr, 'head', 'repo', 'full_name');
    const baseRepo = stringAt(pr, 'base', 'repo', 'full_name');
    return { number: pr.number, headSha, isFork: !headRepo || headRepo !== baseRepo };
}
/** The rule @actions/artifact applies: anything but github.com, *.ghe.com (data residency) and *.localhost. */
function isGhesUrl(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl).hostname.toLowerCase();
    }
    catch {
        return false;
    }
    return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}
function stringAt(value, ...keys) {
    let at = value;
    for (const key of keys) {
        if (!isObject(at))
            return undefined;
        at = at[key];
    }
    return typeof at === 'string' && at !== '' ? at : undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}


/***/ }),

/***/ 98811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ CHECK_RUN),
/* harmony export */   SP: () => (/* binding */ explainFailure),
/* harmony export */   _2: () => (/* binding */ failureFacts),
/* harmony export */   x: () => (/* binding */ PR_COMMENT)
/* harmony export */ });
/* unused harmony export isRateLimit */
/** Turns a failed GitHub call into a warning that says what happened and what the user can do about it. */
const PR_COMMENT = { what: 'PR comment', permission: 'pull-requests: write' };
const CHECK_RUN = { what: 'check run', permission: 'checks: write' };
/** Status and GitHub's own message from an Octokit RequestError, or the message of any other error. */
function failureFacts(error) {
    const err = error;
    const status = typeof err?.status === 'number' ? err.status : undefined;
    const apiMessage = err?.response?.data?.message;
    const message = typeof apiMessage === 'string'
        ? apiMessage
        : typeof err?.message === 'string'
            ? err.message
            : String(error);
    return { status, message };
}
function isRateLimit(facts) {
    return (facts.status === 403 || facts.status === 429) && /rate limit/i.test(facts.message);
}
function explainFailure(call, facts, fromFork) {
    const { status, message } = facts;
    const prefix = `Could not ${call.verb ?? 'post'} the ${call.what}`;
    const permission = call.permission;
    if (isRateLimit(facts)) {
        return `${prefix}: GitHub's API rate limit is used up (${status}: ${message}). The job summary has the report.`;
    }
    if (status === 401) {
        return `${prefix}: GitHub rejected the token (401: ${message}). Pass a valid one, e.g. \`token: \${{ github.token }}\`.`;
    }
    if (status === 403 && fromFork) {
        return (`${prefix}: this pull request comes from a fork, and GitHub gives workflows run for forks a read-only ` +
            'token. The job summary has the report; a workflow triggered by `workflow_run` can post it.');
    }
    if (status === 403) {
        return `${prefix}: the token may not do this (403: ${message}). Give the job \`permissions:\` with \`${permission}\`.`;
    }
    if (status === 404) {
        return (`${prefix}: GitHub answered 404 (${message}); the token cannot see the repository or pull request. ` +
            `Check the token and the job's \`permissions:\` (\`${permission}\`).`);
    }
    if (status !== undefined && status >= 400 && status < 500) {
        return `${prefix}: GitHub rejected the request (${status}: ${message}).`;
    }
    const what = status !== undefined ? `HTTP ${status}: ${message}` : message;
    return `${prefix}: GitHub's API did not answer successfully after retries (${what}).`;
}


/***/ }),

/***/ 13839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* reexport */ client.createGitHubClient),
  loadRunContext: () => (/* reexport */ context/* loadRunContext */.v1),
  publishing: () => (/* reexport */ publishing)
});

// UNUSED EXPORTS: ANNOTATIONS_PER_REQUEST, CHECK_RUN, CHECK_RUN_TEXT_LIMIT, COLUMN_TYPES, COMMENT_BODY_LIMIT, DEFAULT_MARKDOWN_MAX_LENGTH, DEFAULT_MISSING_VALUES, DataError, EXIT, ExpectedError, InputError, JOB_SUMMARY_LIMIT_BYTES, MIN_MARKDOWN_MAX_LENGTH, PR_COMMENT, REPORT_FILE_NAMES, REPORT_SCHEMA_VERSION, STATUSES, STREAMING_CHUNK_BYTES, UserError, VERDICT_EMOJI, annotationsFor, argvInputs, buildReport, bundledActionDir, byName, commandSafe, commentMarker, commonInputs, conclusionOf, createCheckRun, defaultChunkRows, describeError, describeFileSystemError, envInputs, executeGate, explainFailure, failureFacts, findColumn, formatCell, formatLocation, formatNumber, formatPlainNumber, formatShare, freeMemory, gateFails, groupDigits, headerRowHint, input, isExpression, isGhesUrl, isIntervalValue, isTableFileName, listNames, loadActionYml, locateRow, logInfo, looksLikeWorkflowCommand, markdownCell, markdownText, maskSecret, parseActionYml, parseInputs, parseIsoDateTime, parseNumberText, publishReport, readTable, readTableChunks, readTableChunksInWorker, readTables, releasingChunks, renderChartSvg, renderHtml, renderMarkdown, renderTerminal, renderTextChart, reportName, reportSchema, resolveInputs, runAction, runCli, runContextFrom, serializeReport, setSecret, splitList, startChunkReader, tableCellProblems, truncateMarkdown, uploadReportArtifact, upsertStickyComment, verdictOf, warmChunkReader, workspacePath, writablePath, writeJobSummary, writeReportFiles

// EXTERNAL MODULE: ./packages/core/src/github/client.ts + 1 modules
var client = __webpack_require__(8010);
// EXTERNAL MODULE: ./packages/core/src/github/context.ts
var context = __webpack_require__(9594);
// EXTERNAL MODULE: ./packages/core/src/github/failure.ts
var failure = __webpack_require__(98811);
;// CONCATENATED MODULE: ./packages/core/src/github/publishing.ts
/**
 * A gate's own GitHub calls (a deployment status, a repository dispatch, an attestation) publish, like the
 * PR comment and the check run, and fail the same way: never the step. `publishing.attempt` runs one call
 * and turns its failure into the warning a user can act on (naming the permission it needs); the gate
 * returns those warnings in GateOutcome.publishingWarnings, and the action logs them and reports
 * `report-status: degraded`.
 */

/** Runs `call`; resolves to null when it succeeded, or to the warning that says why it did not. */
async function attempt(what, call, options = {}) {
    try {
        await call();
        return null;
    }
    catch (error) {
        return (0,failure/* explainFailure */.SP)(what, (0,failure/* failureFacts */._2)(error), options.fromFork ?? false);
    }
}
const publishing = { attempt };

;// CONCATENATED MODULE: ./packages/core/src/github/index.ts











;// CONCATENATED MODULE: ./packages/core/src/index.ts










/***/ })

};
