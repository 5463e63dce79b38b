export const id = 34;
export const ids = [34];
export const modules = {

/***/ 33034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishReport: () => (/* binding */ publishReport)
});

// EXTERNAL MODULE: ./packages/core/src/action/log.ts
var action_log = __webpack_require__(33782);
// EXTERNAL MODULE: ./packages/core/src/action/workflow-commands.ts
var workflow_commands = __webpack_require__(35918);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/core/src/github/artifact.ts


/**
 * Uploads every file under reportDir as one artifact. Where no artifact service exists (GHES, which
 * @actions/artifact refuses; a runner that gave the step no ACTIONS_RUNTIME_TOKEN; an empty folder) it
 * skips and says why. A failed upload throws.
 */
async function uploadReportArtifact(input) {
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
    if (files.length === 0)
        return { uploaded: false, skipped: `${reportDir} holds no files` };
    // Loaded only to upload: the artifact client and its storage SDK are the largest part of the bundle.
    const uploader = input.uploader ?? new (await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(116)]).then(__webpack_require__.bind(__webpack_require__, 5116))).DefaultArtifactClient();
    let id;
    try {
        ({ id } = await uploader.uploadArtifact(name, files, reportDir));
    }
    catch (error) {
        // @actions/artifact's GHESNotSupportedError, known by name so that the client is not loaded to check.
        if (error instanceof Error && error.name === 'GHESNotSupportedError') {
            return { uploaded: false, skipped: error.message };
        }
        throw error;
    }
    if (id === undefined)
        throw new Error(`the artifact service did not confirm the upload of ${name}`);
    const { owner, repo, runId, serverUrl } = context;
    const url = owner && repo && runId
        ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}/artifacts/${id}`
        : undefined;
    return { uploaded: true, name, id, url };
}
function filesUnder(dir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => (0,external_node_path_.join)(entry.parentPath, entry.name))
        .sort();
}

// EXTERNAL MODULE: ./packages/core/src/report/truncate.ts
var truncate = __webpack_require__(60044);
;// CONCATENATED MODULE: ./packages/core/src/github/truncate.ts
/**
 * GitHub caps what it stores: 65,535 characters in a check run summary, 65,536 in a comment, 1 MiB of job
 * summary per step. A report that outgrows a cap is cut at a line end, left well-formed (an open code fence
 * or <details> is closed) and ends with a notice that says where the rest is.
 */
function truncateMarkdown(text, limit, notice, measure = 'chars') {
    const size = measure === 'chars' ? (s) => s.length : (s) => Buffer.byteLength(s, 'utf8');
    if (size(text) <= limit)
        return { text, truncated: false };
    const tail = `\n\n${notice}\n`;
    let budget = limit - size(tail);
    for (;;) {
        if (budget <= 0)
            throw new Error(`A limit of ${limit} leaves no room for the truncation notice`);
        const kept = atLineEnd(prefixWithin(text, budget, measure));
        const result = kept + closersFor(kept) + tail;
        const over = size(result) - limit;
        if (over <= 0)
            return { text: result, truncated: true };
        budget -= over;
    }
}
/** The longest prefix of at most `budget` units that does not split a character. */
function prefixWithin(text, budget, measure) {
    if (measure === 'chars') {
        const cut = text.slice(0, budget);
        const last = cut.charCodeAt(cut.length - 1);
        return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
    }
    const bytes = Buffer.from(text, 'utf8');
    let end = Math.min(budget, bytes.length);
    while (end > 0 && (bytes[end] & 0xc0) === 0x80)
        end--;
    return bytes.subarray(0, end).toString('utf8');
}
// Cutting mid-line would leave half a table row or half a word; give up at most half the text for it.
function atLineEnd(cut) {
    const newline = cut.lastIndexOf('\n');
    return newline > cut.length / 2 ? cut.slice(0, newline) : cut;
}
function closersFor(markdown) {
    let closers = '';
    let fence;
    for (const line of markdown.split('\n')) {
        const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
        if (!marker)
            continue;
        if (fence === undefined)
            fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length)
            fence = undefined;
    }
    if (fence !== undefined)
        closers += `\n${fence}`;
    const openDetails = count(markdown, /<details[\s>]/g) - count(markdown, /<\/details>/g);
    for (let i = 0; i < openDetails; i++)
        closers += '\n</details>';
    return closers;
}
function count(text, pattern) {
    return text.match(pattern)?.length ?? 0;
}

;// CONCATENATED MODULE: ./packages/core/src/github/check-run.ts



/** The checks API's caps: output.summary and output.text up to 65,535 characters, 50 annotations a request. */
const CHECK_RUN_TEXT_LIMIT = 65_535;
const ANNOTATIONS_PER_REQUEST = 50;
const TITLE_LIMIT = 255;
const MESSAGE_LIMIT = 60_000; // "64 KB" for message; stay clear of it whatever the bytes per character
function conclusionOf(verdict) {
    return verdict === 'pass' ? 'success' : verdict === 'warn' ? 'neutral' : 'failure';
}
const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' };
const RANK = { error: 0, warning: 1, notice: 2 };
/**
 * One annotation per finding location whose file lies inside the workspace, with its path made relative to
 * the workspace (relative locations are taken as relative to it too). A row of a binary file has no line
 * to point at, so it is annotated on the file's first line and the row is named in the title.
 */
function annotationsFor(findings, workspace, maxAnnotations) {
    const all = [];
    let outsideWorkspace = 0;
    const bySeverity = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    for (const finding of bySeverity) {
        for (const location of finding.locations ?? []) {
            const path = workspacePath(workspace, location.file);
            if (path === undefined) {
                outsideWorkspace++;
                continue;
            }
            const isRow = location.unit === 'row';
            const line = !isRow && location.line !== undefined && location.line >= 1 ? Math.floor(location.line) : 1;
            const column = location.column ?? finding.column;
            const where = [
                column !== undefined ? `column ${(0,truncate/* truncateForDisplay */.E)(column)}` : undefined,
                isRow && location.line !== undefined ? `row ${location.line}` : undefined,
            ].filter(Boolean);
            all.push({
                path,
                start_line: line,
                end_line: line,
                annotation_level: LEVEL[finding.severity],
                message: (0,truncate/* truncateForDisplay */.E)(finding.message, MESSAGE_LIMIT - 100),
                title: clip([finding.check, ...where].join(' · '), TITLE_LIMIT),
            });
        }
    }
    const cap = Math.max(0, Math.floor(maxAnnotations));
    return { annotations: all.slice(0, cap), outsideWorkspace, overCap: Math.max(0, all.length - cap) };
}
/** The file's path relative to the workspace with '/' separators, or undefined when it lies outside. */
function workspacePath(workspace, file) {
    const path = (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), (0,external_node_path_.resolve)(workspace, file));
    if (path === '' || path === '..' || path.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(path))
        return undefined;
    return path.split(external_node_path_.sep).join('/');
}
/**
 * Creates a completed check run with the first 50 annotations, then appends the rest 50 per update:
 * GitHub adds each update's annotations to the ones the run already has.
 */
async function createCheckRun(octokit, input) {
    const { owner, repo } = input;
    const summary = truncateMarkdown(input.summary, CHECK_RUN_TEXT_LIMIT, input.truncationNotice);
    const output = {
        title: clip(input.title, TITLE_LIMIT),
        summary: summary.text,
        ...(input.text
            ? { text: truncateMarkdown(input.text, CHECK_RUN_TEXT_LIMIT, input.truncationNotice).text }
            : {}),
    };
    const batches = [];
    for (let i = 0; i < input.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        batches.push(input.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    const { data } = await octokit.rest.checks.create({
        owner,
        repo,
        name: input.name,
        head_sha: input.headSha,
        status: 'completed',
        conclusion: input.conclusion,
        completed_at: new Date().toISOString(),
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
        ...(input.externalId ? { external_id: input.externalId } : {}),
        output: { ...output, ...(batches[0] ? { annotations: batches[0] } : {}) },
    });
    for (const batch of batches.slice(1)) {
        await octokit.rest.checks.update({
            owner,
            repo,
            check_run_id: data.id,
            output: { ...output, annotations: batch },
        });
    }
    return {
        id: data.id,
        url: data.html_url ?? '',
        annotationRequests: batches.length,
        truncated: summary.truncated,
    };
}
function clip(text, limit) {
    return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

;// CONCATENATED MODULE: ./packages/core/src/github/comment.ts

/** GitHub refuses comment bodies over 65,536 characters; stay below. */
const COMMENT_BODY_LIMIT = 65_535;
/**
 * The hidden line that keys a sticky comment: one per action and report name, so a new push edits the
 * comment it made before and two uses of an action with different report names keep two comments.
 */
function commentMarker(action, reportName) {
    // encodeURIComponent escapes '>' so no name can end the HTML comment early.
    return `<!-- modelgate:${encodeURIComponent(action)}:${encodeURIComponent(reportName)} -->`;
}
/**
 * Edits the comment that carries `marker` and was written by the token's own account, or creates it. The
 * author matters: anyone can post a comment that starts with the marker, and editing theirs would put the
 * report under their name (or fail, with a token that may not edit it).
 */
async function upsertStickyComment(octokit, input) {
    const { owner, repo, issueNumber, marker } = input;
    const { text: body, truncated } = truncateMarkdown(`${marker}\n${input.markdown}`, COMMENT_BODY_LIMIT, input.truncationNotice);
    const isOurs = await authorTest(octokit);
    const existing = await findComment(octokit, owner, repo, issueNumber, marker, isOurs);
    if (existing !== undefined) {
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing, body });
        return { id: data.id, url: data.html_url, created: false, truncated };
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { id: data.id, url: data.html_url, created: true, truncated };
}
async function findComment(octokit, owner, repo, issueNumber, marker, isOurs) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
    });
    for await (const page of pages) {
        const found = page.data.find((comment) => comment.body?.startsWith(marker) && isOurs(comment.user));
        if (found)
            return found.id;
    }
    return undefined;
}
/**
 * Which comments the token wrote. A personal token's account is GET /user's login. An installation token
 * (the GITHUB_TOKEN, or a GitHub App's) may not read GET /user - GitHub answers 403 - and comments as the
 * app's bot account (github-actions[bot] for the GITHUB_TOKEN); only an app can post as a Bot, never a
 * person, so a Bot's comment is taken as ours.
 */
async function authorTest(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return (author) => author?.login === data.login;
    }
    catch (error) {
        const status = error.status;
        if (status !== 403 && status !== 401)
            throw error;
        return (author) => author?.type === 'Bot';
    }
}

;// CONCATENATED MODULE: ./packages/core/src/github/context.ts

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
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
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

;// CONCATENATED MODULE: ./packages/core/src/github/failure.ts
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

;// CONCATENATED MODULE: ./packages/core/src/github/summary.ts


/** GitHub shows at most 1 MiB of job summary per step and drops a step's summary that is larger. */
const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/**
 * Appends markdown to the step's summary file (GITHUB_STEP_SUMMARY), cut so that the whole file, including
 * whatever the step wrote before, stays within the limit.
 */
function writeJobSummary(path, markdown, truncationNotice, limitBytes = JOB_SUMMARY_LIMIT_BYTES) {
    const already = (0,external_node_fs_.existsSync)(path) ? (0,external_node_fs_.statSync)(path).size : 0;
    const { text, truncated } = truncateMarkdown(`${markdown}\n`, limitBytes - already, truncationNotice, 'utf8-bytes');
    (0,external_node_fs_.appendFileSync)(path, text, 'utf8');
    return { bytes: Buffer.byteLength(text, 'utf8'), truncated };
}

;// CONCATENATED MODULE: ./packages/core/src/github/publish.ts








const VERDICT_LABEL = { pass: 'Passed', warn: 'Passed with warnings', fail: 'Failed' };
/**
 * Puts a report where people look: the artifact, the job summary, a sticky PR comment and a check run
 * with annotations. It never throws for a reporting problem: a missing token, a fork's read-only token, a
 * 403 or 404, a 5xx after retries or a network error each become a warning and status 'degraded'. Outside
 * GitHub Actions it does nothing and returns 'skipped'. The gate's verdict, not this, decides the exit code.
 */
async function publishReport(input) {
    const log = input.log ?? { info: action_log/* logInfo */.fH, warning: workflow_commands/* warning */.$e };
    const result = { status: 'ok', warnings: [], skipped: [] };
    const warn = (message) => {
        result.warnings.push(message);
        log.warning(message);
    };
    const skip = (reason) => {
        result.skipped.push(reason);
        log.info(`Report: skipped ${reason}`);
    };
    try {
        await publish(input, result, { info: log.info, warn, skip });
    }
    catch (error) {
        // Each step catches its own failures; this is the net under a bug, so that reporting never fails a gate.
        warn(`Publishing the report failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (result.skipped.includes(NOT_IN_ACTIONS))
        return { ...result, status: 'skipped' };
    return { ...result, status: result.warnings.length > 0 ? 'degraded' : 'ok' };
}
const NOT_IN_ACTIONS = 'publishing: not running in GitHub Actions';
async function publish(input, result, { info, warn, skip }) {
    const env = input.env ?? process.env;
    if (env.GITHUB_ACTIONS !== 'true') {
        skip(NOT_IN_ACTIONS);
        return;
    }
    let context;
    try {
        context = loadRunContext(env);
    }
    catch (error) {
        warn(`${error.message}; publishing without the event's pull request details.`);
        context = runContextFrom(env, {});
    }
    const { report } = input;
    const artifact = await attempt(() => uploadReportArtifact({
        name: input.artifactName ?? `${report.reportName}-report`,
        reportDir: input.reportDir,
        context,
        env,
        uploader: input.artifactUploader,
    }), (error) => warn(`Could not upload the report artifact: ${failureFacts(error).message}`));
    if (artifact?.uploaded) {
        result.artifactId = artifact.id;
        result.artifactUrl = artifact.url;
        info(`Report: uploaded the artifact ${artifact.name}${artifact.url ? ` (${artifact.url})` : ''}`);
    }
    else if (artifact) {
        skip(`the artifact: ${artifact.skipped}`);
    }
    const { runUrl } = context;
    const notice = truncationNotice(artifact, runUrl ? `the job summary of [the workflow run](${runUrl})` : 'the job summary of the workflow run');
    if (env.GITHUB_STEP_SUMMARY) {
        const summaryNotice = truncationNotice(artifact, `${input.reportDir} on the runner`);
        await attempt(() => writeJobSummary(env.GITHUB_STEP_SUMMARY, input.markdown, summaryNotice), (error) => warn(`Could not write the job summary: ${failureFacts(error).message}`));
    }
    else {
        skip('the job summary: GITHUB_STEP_SUMMARY is not set');
    }
    const octokit = await apiClient(input, context, warn);
    if (octokit && context.owner && context.repo) {
        const { owner, repo, pullRequest } = context;
        // pull_request_target runs get a write token even for forks, so a 403 there is a real permission problem.
        const fromFork = (pullRequest?.isFork ?? false) && context.eventName !== 'pull_request_target';
        let readOnly = false;
        const failed = (call) => (error) => {
            const facts = failureFacts(error);
            readOnly ||= fromFork && facts.status === 403;
            warn(explainFailure(call, facts, fromFork));
        };
        if (pullRequest) {
            const comment = await attempt(() => upsertStickyComment(octokit, {
                owner,
                repo,
                issueNumber: pullRequest.number,
                marker: commentMarker(report.action, report.reportName),
                markdown: input.markdown,
                truncationNotice: notice,
            }), failed(PR_COMMENT));
            result.commentUrl = comment?.url;
            if (comment)
                info(`Report: ${comment.created ? 'posted' : 'updated'} the PR comment ${comment.url}`);
        }
        else {
            skip(`the PR comment: the ${context.eventName ?? 'unknown'} event is not about a pull request`);
        }
        if (readOnly) {
            skip('the check run: the token is read-only (see the PR comment warning)');
        }
        else if (!context.sha) {
            skip('the check run: no commit to attach it to (GITHUB_SHA is not set)');
        }
        else {
            const headSha = context.sha;
            const checkRun = await attempt(() => {
                const plan = annotationsFor(report.findings, context.workspace ?? process.cwd(), input.maxAnnotations);
                return createCheckRun(octokit, {
                    owner,
                    repo,
                    headSha,
                    name: report.reportName,
                    conclusion: conclusionOf(report.verdict),
                    title: `${VERDICT_LABEL[report.verdict]}: ${report.summary}`,
                    summary: input.markdown,
                    text: annotationNotes(plan.outsideWorkspace, plan.overCap, plan.annotations.length),
                    truncationNotice: notice,
                    annotations: plan.annotations,
                    detailsUrl: context.runUrl,
                    externalId: context.runId,
                });
            }, failed(CHECK_RUN));
            result.checkRunUrl = checkRun?.url;
            if (checkRun)
                info(`Report: created the check run ${checkRun.url}`);
        }
    }
}
async function apiClient(input, context, warn) {
    if (!input.token) {
        warn(`No GitHub token, so no PR comment or check run: pass \`token: \${{ github.token }}\` ` +
            '(with `permissions: pull-requests: write, checks: write`).');
        return undefined;
    }
    if (!context.owner || !context.repo) {
        warn('GITHUB_REPOSITORY is not set, so no PR comment or check run.');
        return undefined;
    }
    // Loaded only with a token to use: the REST client is much of the bundle.
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(10)]).then(__webpack_require__.bind(__webpack_require__, 8010));
    return createGitHubClient(input.token, { ...input.clientOptions, baseUrl: context.apiUrl });
}
async function attempt(run, onError) {
    try {
        return await run();
    }
    catch (error) {
        onError(error);
        return undefined;
    }
}
function truncationNotice(artifact, elsewhere) {
    const head = "**Report truncated** to fit GitHub's size limit:";
    if (artifact?.uploaded && artifact.url) {
        return `${head} the full report is in the artifact [${artifact.name}](${artifact.url}).`;
    }
    if (artifact?.uploaded) {
        return `${head} the full report is in the artifact \`${artifact.name}\` of this run.`;
    }
    return `${head} the full report is in ${elsewhere}.`;
}
function annotationNotes(outsideWorkspace, overCap, shown) {
    const notes = [];
    if (overCap > 0) {
        notes.push(`Annotated the first ${shown} locations (max-annotations); ${overCap} more are in the report.`);
    }
    if (outsideWorkspace > 0) {
        notes.push(`${outsideWorkspace} locations are in files outside the repository and are not annotated.`);
    }
    return notes.length > 0 ? notes.join('\n\n') : undefined;
}


/***/ })

};
