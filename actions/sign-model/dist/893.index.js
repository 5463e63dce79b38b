export const id = 893;
export const ids = [893];
export const modules = {

/***/ 8182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86856);
/* harmony import */ var _action_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33782);





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
        (0,_action_log_js__WEBPACK_IMPORTED_MODULE_2__/* .logInfo */ .fH)(`GitHub ${kind} on ${request.method} ${request.url}: ` +
            (willRetry ? `retrying in ${retryAfter} s` : `not retrying (asked to wait ${retryAfter} s)`));
        return willRetry;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        userAgent: options.userAgent ?? 'modelgate',
        log: { debug: _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug, info: _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug, warn: _action_log_js__WEBPACK_IMPORTED_MODULE_2__/* .logInfo */ .fH, error: _action_log_js__WEBPACK_IMPORTED_MODULE_2__/* .logInfo */ .fH },
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
    attemptTimeout(timeoutMs), _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
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

/***/ 25445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LX: () => (/* reexport */ client/* createGitHubClient */.L),
  v1: () => (/* reexport */ context/* loadRunContext */.v1),
  Kc: () => (/* reexport */ publishing)
});

// UNUSED EXPORTS: ANNOTATIONS_PER_REQUEST, CHECK_RUN, CHECK_RUN_TEXT_LIMIT, COMMENT_BODY_LIMIT, JOB_SUMMARY_LIMIT_BYTES, PR_COMMENT, annotationsFor, commentMarker, conclusionOf, createCheckRun, explainFailure, failureFacts, isGhesUrl, publishReport, runContextFrom, truncateMarkdown, uploadReportArtifact, upsertStickyComment, workspacePath, writeJobSummary

// EXTERNAL MODULE: ./packages/core/src/github/client.ts
var client = __webpack_require__(8182);
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












/***/ }),

/***/ 60893:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* reexport safe */ _github_index_js__WEBPACK_IMPORTED_MODULE_0__.LX),
/* harmony export */   loadRunContext: () => (/* reexport safe */ _github_index_js__WEBPACK_IMPORTED_MODULE_0__.v1),
/* harmony export */   publishing: () => (/* reexport safe */ _github_index_js__WEBPACK_IMPORTED_MODULE_0__.Kc)
/* harmony export */ });
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25445);








__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
