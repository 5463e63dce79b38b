export const id = 509;
export const ids = [509];
export const modules = {

/***/ 58509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   storeAttestation: () => (/* binding */ storeAttestation)
/* harmony export */ });
async function storeAttestation(bundle, token, env) {
    const { createGitHubClient, loadRunContext, publishing } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(839)]).then(__webpack_require__.bind(__webpack_require__, 13839));
    let run;
    try {
        run = loadRunContext(env);
    }
    catch (error) {
        return { warning: `attestation not stored: ${error.message}` };
    }
    if (!run.inActions)
        return { warning: 'attestation not stored: not running in GitHub Actions' };
    if (!token || !run.owner || !run.repo)
        return { warning: 'attestation not stored: no token or repository' };
    let id = 0;
    const fromFork = (run.pullRequest?.isFork ?? false) && run.eventName !== 'pull_request_target';
    const warning = await publishing.attempt({ what: 'artifact attestation', permission: 'attestations: write', verb: 'store' }, async () => {
        const response = await createGitHubClient(token, { baseUrl: run.apiUrl }).rest.repos.createAttestation({
            owner: run.owner,
            repo: run.repo,
            // Octokit types the bundle as its own partial Sigstore shape; ours is the bundle JSON as written.
            bundle: bundle,
        });
        id = response.data.id ?? 0;
    }, { fromFork });
    return warning ? { warning } : { id };
}


/***/ })

};
