export const id = 441;
export const ids = [441];
export const modules = {

/***/ 5441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PR_COMMENT_BODY_MAX_LENGTH: () => (/* binding */ PR_COMMENT_BODY_MAX_LENGTH),
/* harmony export */   pullRequestFromContext: () => (/* binding */ pullRequestFromContext),
/* harmony export */   upsertPullRequestComment: () => (/* binding */ upsertPullRequestComment)
/* harmony export */ });
/* unused harmony exports PR_COMMENT_MAX_LENGTH, commentMarker */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _common_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1095);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2413);
/* harmony import */ var _bundle_lazyUndici_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4285);
// One sticky pull-request comment per agent (`comment-on-pr`): found again by a hidden marker and
// edited in place on every push, so a pull request never collects one comment per run.





/** GitHub's limit on an issue comment body, in characters. */
const PR_COMMENT_MAX_LENGTH = 65536;
/**
 * Room for the report once the marker line is in (the marker of the longest agent name is under
 * 100 characters): the length to render the body to, e.g. renderSummary(report, { maxLength }).
 */
const PR_COMMENT_BODY_MAX_LENGTH = PR_COMMENT_MAX_LENGTH - 100;
function commentMarker(agentName) {
    return `<!-- agentcore-role-action:${agentName} -->`;
}
/** The pull request this run is for, or undefined when the event is not a pull request's. */
function pullRequestFromContext() {
    if (_actions_github__WEBPACK_IMPORTED_MODULE_2__/* .context */ ._.eventName !== 'pull_request' && _actions_github__WEBPACK_IMPORTED_MODULE_2__/* .context */ ._.eventName !== 'pull_request_target') {
        return undefined;
    }
    const issueNumber = _actions_github__WEBPACK_IMPORTED_MODULE_2__/* .context */ ._.payload.pull_request?.number;
    if (typeof issueNumber !== 'number')
        return undefined;
    return { ..._actions_github__WEBPACK_IMPORTED_MODULE_2__/* .context */ ._.repo, issueNumber };
}
/** Creates the agent's comment, or edits it in place when an earlier run left one. */
async function upsertPullRequestComment(options) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(options.token);
    // A proxy agent is made as Octokit is: undici must be loaded by then (src/bundle/lazyUndici.ts).
    await (0,_bundle_lazyUndici_js__WEBPACK_IMPORTED_MODULE_3__.loadUndici)();
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_2__/* .getOctokit */ .Q)(options.token, { baseUrl: options.apiUrl ?? _actions_github__WEBPACK_IMPORTED_MODULE_2__/* .context */ ._.apiUrl });
    const { owner, repo, issueNumber } = options;
    const marker = commentMarker(options.agentName);
    const body = withinLimit(`${marker}\n${options.body}`);
    try {
        const author = await tokenLogin(octokit);
        if (author === undefined) {
            const message = `comment-on-pr: GitHub did not say which account the token belongs to, so no comment ` +
                `was written on pull request #${issueNumber} (only the token's own comment is ever edited); ` +
                'the job summary has the same report.';
            _common_log_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(message);
            return { outcome: 'forbidden', message };
        }
        const existing = await findComment(octokit, options, marker, author);
        if (existing?.body === body) {
            return { outcome: 'unchanged', commentId: existing.id, url: existing.html_url };
        }
        if (existing) {
            const { data } = await octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: existing.id,
                body
            });
            return { outcome: 'updated', commentId: data.id, url: data.html_url };
        }
        const { data } = await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: issueNumber,
            body
        });
        return { outcome: 'created', commentId: data.id, url: data.html_url };
    }
    catch (error) {
        if (error.status !== 403)
            throw error;
        const message = `comment-on-pr: the token may not comment on pull request #${issueNumber} ` +
            `(403: ${error.message}). A pull request from a fork gets a read-only token; ` +
            'the job summary has the same report. Otherwise grant `permissions: pull-requests: write`.';
        _common_log_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(message);
        return { outcome: 'forbidden', message };
    }
}
/**
 * The login of the account behind the token, as comments name their author: GraphQL's `viewer`,
 * which answers for the workflow's GITHUB_TOKEN (`github-actions[bot]`), for other GitHub App
 * installation tokens (`app-slug[bot]`) and for personal access tokens alike (REST's GET /user
 * refuses installation tokens). Undefined when GitHub does not answer with one.
 */
async function tokenLogin(octokit) {
    const answer = await octokit.graphql('query { viewer { login } }');
    const login = answer.viewer?.login;
    return typeof login === 'string' && login !== '' ? login : undefined;
}
/**
 * Ours: written by the token's own account and starting with the marker. Anyone may post a comment
 * that starts with the marker; only the author check keeps the action from editing theirs.
 */
async function findComment(octokit, { owner, repo, issueNumber }, marker, author) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100
    });
    for await (const { data } of pages) {
        const found = data.find((comment) => comment.user?.login === author && comment.body?.startsWith(marker));
        if (found)
            return found;
    }
    return undefined;
}
/** A safety net behind the caller's rendering limit: cut at a line, close an open fence, say so. */
function withinLimit(body) {
    if (body.length <= PR_COMMENT_MAX_LENGTH)
        return body;
    const note = '\n\n_Comment truncated to GitHub’s 65536-character limit; the job summary has the full report._\n';
    // Room for the fence the cut may have to close: no longer than the longest backtick run.
    const room = PR_COMMENT_MAX_LENGTH - note.length - (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .longestBacktickRun */ .Az)(body) - 1;
    const cut = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .closeOpenFences */ .ty)(body.slice(0, body.lastIndexOf('\n', room)));
    return cut + note;
}


/***/ })

};
