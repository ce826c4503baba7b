export const id = 90;
export const ids = [90];
export const modules = {

/***/ 90:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  policyChecks: () => (/* binding */ policyChecks)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-accessanalyzer/dist-es/AccessAnalyzerClient.js + 8 modules
var AccessAnalyzerClient = __webpack_require__(2951);
// EXTERNAL MODULE: ./src/aws/clients.ts + 20 modules
var clients = __webpack_require__(371);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/CheckNoNewAccessCommand.js
var CheckNoNewAccessCommand = __webpack_require__(8018);
// EXTERNAL MODULE: ./src/aws/iamResponses.ts
var iamResponses = __webpack_require__(510);
;// CONCATENATED MODULE: ./src/checks/newAccess.ts
// "Does this change grant new access?", answered by AWS: in dry-run, for each role the plan would
// change, IAM Access Analyzer's CheckNoNewAccess of the policy the action would write against the
// one it replaces (the inline permissions policy of that name; the trust policy). A role to be
// created, or a policy of a name the role does not have yet, grants new access by definition (no
// call). Read-only; a refused call is "unknown", in one line.


async function check(analyzer, policy, next, existing) {
    try {
        const answer = await analyzer.send(new CheckNoNewAccessCommand/* CheckNoNewAccessCommand */.h({
            newPolicyDocument: next,
            existingPolicyDocument: existing,
            policyType: policy === 'permissions' ? 'IDENTITY_POLICY' : 'RESOURCE_POLICY'
        }));
        return {
            grantsNewAccess: answer.result === 'PASS' ? 'no' : answer.result === 'FAIL' ? 'yes' : 'unknown',
            message: answer.message ?? '',
            reasons: (answer.reasons ?? []).map((reason) => ({
                description: reason.description ?? '',
                ...(reason.statementIndex !== undefined ? { statementIndex: reason.statementIndex } : {}),
                ...(reason.statementId !== undefined ? { statementId: reason.statementId } : {})
            }))
        };
    }
    catch (error) {
        if (!(0,iamResponses/* isAccessDenied */.w7)(error))
            throw error;
        return {
            grantsNewAccess: 'unknown',
            message: `access-analyzer:CheckNoNewAccess was refused (${error.message})`,
            reasons: []
        };
    }
}
async function checkNewAccess(analyzer, desired, current, plan) {
    const checks = plan.roles.flatMap((rolePlan) => {
        const wanted = desired.roles.find((role) => role.kind === rolePlan.kind);
        if (!wanted || rolePlan.status === 'unchanged')
            return [];
        const base = { roleKind: rolePlan.kind, roleName: rolePlan.name };
        if (rolePlan.status === 'create') {
            return [
                Promise.resolve({
                    ...base,
                    policy: 'permissions',
                    grantsNewAccess: 'yes',
                    message: 'the role is new',
                    reasons: []
                })
            ];
        }
        const existing = current.roles[rolePlan.kind];
        return rolePlan.changes.flatMap((change) => {
            if (change.type === 'put-role-policy') {
                const before = existing?.inlinePolicies[change.policyName];
                if (!before) {
                    return [
                        Promise.resolve({
                            ...base,
                            policy: 'permissions',
                            grantsNewAccess: 'yes',
                            message: `the role has no inline policy ${change.policyName} yet`,
                            reasons: []
                        })
                    ];
                }
                return [
                    check(analyzer, 'permissions', JSON.stringify(wanted.permissionsPolicy), JSON.stringify(before)).then((answer) => ({ ...base, policy: 'permissions', ...answer }))
                ];
            }
            if (change.type === 'update-trust-policy' && existing) {
                return [
                    check(analyzer, 'trust', JSON.stringify(wanted.trustPolicy), JSON.stringify(existing.trustPolicy)).then((answer) => ({ ...base, policy: 'trust', ...answer }))
                ];
            }
            return [];
        });
    });
    return Promise.all(checks);
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/ValidatePolicyCommand.js
var ValidatePolicyCommand = __webpack_require__(4521);
;// CONCATENATED MODULE: ./src/checks/policyValidation.ts
// AWS's own policy validator on what the action writes: IAM Access Analyzer's ValidatePolicy on
// every desired permissions policy (IDENTITY_POLICY) and trust policy (RESOURCE_POLICY of type
// AWS::IAM::AssumeRolePolicyDocument), in the read wave, each distinct document once per run.
// Read-only. A caller refused access-analyzer:ValidatePolicy is "not checked", in one line; which
// findings fail the step is the verdict's (report/verdict.ts), from treat-finding-type-as-blocking
// and ignore-finding.


async function validate(analyzer, document, policy, cache) {
    const text = JSON.stringify(document);
    const key = `${policy}\n${text}`;
    const cached = cache.get(key);
    if (cached)
        return cached;
    const request = (async () => {
        const findings = [];
        let nextToken;
        do {
            const page = await analyzer.send(new ValidatePolicyCommand/* ValidatePolicyCommand */.S({
                policyDocument: text,
                ...(policy === 'permissions'
                    ? { policyType: 'IDENTITY_POLICY' }
                    : {
                        policyType: 'RESOURCE_POLICY',
                        validatePolicyResourceType: 'AWS::IAM::AssumeRolePolicyDocument'
                    }),
                ...(nextToken ? { nextToken } : {})
            }));
            findings.push(...(page.findings ?? []));
            nextToken = page.nextToken;
        } while (nextToken);
        return findings;
    })();
    cache.set(key, request);
    return request;
}
/** The statement a finding's location points into (`Statement[index]...`), if any. */
function statementOf(finding, document) {
    const path = finding.locations?.[0]?.path ?? [];
    const index = path[0] && 'value' in path[0] && path[0].value === 'Statement' ? path[1] : undefined;
    if (!index || !('index' in index) || index.index === undefined)
        return undefined;
    const sid = document.Statement[index.index]?.Sid;
    return { index: index.index, ...(sid !== undefined ? { sid } : {}) };
}
/** Whether ignore-finding lists it: by issue code, or by the statement's Sid and issue code. */
function isIgnored(issueCode, statement, ignored) {
    return ignored.some((entry) => entry === issueCode ||
        (statement?.sid !== undefined && entry === `${statement.sid}.${issueCode}`));
}
const FINDING_TYPES = new Set(['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION']);
async function validatePolicies(analyzer, desired, options) {
    const documents = desired.roles.flatMap((role) => [
        { role, policy: 'permissions', document: role.permissionsPolicy },
        { role, policy: 'trust', document: role.trustPolicy }
    ]);
    try {
        const answers = await Promise.all(documents.map((entry) => validate(analyzer, entry.document, entry.policy, options.cache)));
        const findings = documents.flatMap((entry, index) => (answers[index] ?? []).map((finding) => {
            const statement = statementOf(finding, entry.document);
            const issueCode = finding.issueCode ?? 'UNKNOWN';
            const findingType = (FINDING_TYPES.has(finding.findingType ?? '') ? finding.findingType : 'ERROR');
            const ignored = isIgnored(issueCode, statement, options.ignoredFindings);
            return {
                roleKind: entry.role.kind,
                roleName: entry.role.name,
                policy: entry.policy,
                findingType,
                issueCode,
                details: finding.findingDetails ?? '',
                learnMoreLink: finding.learnMoreLink ?? '',
                ...(statement ? { statement } : {}),
                ignored,
                blocking: !ignored && options.blockingTypes.includes(findingType)
            };
        }));
        return { status: 'checked', findings };
    }
    catch (error) {
        if ((0,iamResponses/* isAccessDenied */.w7)(error)) {
            return {
                status: 'not-checked',
                reason: `access-analyzer:ValidatePolicy was refused (${error.message}); allow it to the caller to have AWS validate the policies`,
                findings: []
            };
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/checks/policyChecks.ts
// IAM Access Analyzer's checks of the policies a run writes, as one on-demand chunk: the client
// (aws/policyClients.ts settings), ValidatePolicy and CheckNoNewAccess. src/main.ts starts loading
// it at once, so that it is ready when the read wave starts; a run with both checks off never
// loads it.




function policyChecks(options) {
    const analyzer = (0,clients/* nameFailingOperations */.ak)(new AccessAnalyzerClient/* AccessAnalyzerClient */.e((0,clients/* sharedClientConfig */.z$)(options)), 'Access Analyzer');
    const cache = new Map();
    return {
        validate: (desired, findings) => validatePolicies(analyzer, desired, { ...findings, cache }),
        newAccess: (desired, current, plan) => checkNewAccess(analyzer, desired, current, plan)
    };
}


/***/ })

};
