export const id = 948;
export const ids = [948];
export const modules = {

/***/ 7948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readRuntimesInUse: () => (/* binding */ readRuntimesInUse)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3100);
/* harmony import */ var _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3144);
/* harmony import */ var _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9997);
/* harmony import */ var _aws_iamResponses_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(510);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(371);
// Which AgentCore runtimes use which role: bedrock-agentcore-control ListAgentRuntimes (every
// page), then GetAgentRuntime of each (the summary has no role), in parallel. Read once per run,
// for mode delete's in-use guard. A refusal is an answer: "unknown", with the refused call.



async function readRuntimesInUse(options) {
    const control = (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .nameFailingOperations */ .ak)(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__/* .BedrockAgentCoreControlClient */ .z((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedClientConfig */ .z$)(options)), 'Bedrock AgentCore Control');
    try {
        const runtimes = [];
        let nextToken;
        do {
            const page = await control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_2__/* .ListAgentRuntimesCommand */ .y({ maxResults: 100, ...(nextToken ? { nextToken } : {}) }));
            for (const runtime of page.agentRuntimes ?? []) {
                if (runtime.agentRuntimeId) {
                    runtimes.push({
                        id: runtime.agentRuntimeId,
                        name: runtime.agentRuntimeName ?? runtime.agentRuntimeId
                    });
                }
            }
            nextToken = page.nextToken;
        } while (nextToken);
        const described = await Promise.all(runtimes.map((runtime) => control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_3__/* .GetAgentRuntimeCommand */ .l({ agentRuntimeId: runtime.id })).then((answer) => ({ name: runtime.name, roleArn: answer.roleArn }), (error) => {
            // A runtime deleted between the list and the read uses nothing any more.
            if (error instanceof Error && error.name === 'ResourceNotFoundException') {
                return { name: runtime.name, roleArn: undefined };
            }
            throw error;
        })));
        const byRoleArn = new Map();
        for (const { name, roleArn } of described) {
            if (!roleArn)
                continue;
            // Role ARNs compare without case: IAM role names are case-insensitive.
            const key = roleArn.toLowerCase();
            byRoleArn.set(key, [...(byRoleArn.get(key) ?? []), name]);
        }
        return { status: 'read', byRoleArn };
    }
    catch (error) {
        if ((0,_aws_iamResponses_js__WEBPACK_IMPORTED_MODULE_4__/* .isAccessDenied */ .w7)(error)) {
            return {
                status: 'unknown',
                reason: `the caller may not list the account's AgentCore runtimes (${error.message})`
            };
        }
        throw error;
    }
    finally {
        control.destroy();
    }
}


/***/ })

};
