export const id = 498;
export const ids = [498];
export const modules = {

/***/ 6498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listConfigAgents: () => (/* binding */ listConfigAgents),
/* harmony export */   planConfigFileUpdate: () => (/* binding */ planConfigFileUpdate),
/* harmony export */   readToolkitProject: () => (/* binding */ readToolkitProject),
/* harmony export */   updateConfigText: () => (/* binding */ updateConfigText),
/* harmony export */   writeConfigFileUpdate: () => (/* reexport safe */ _configFiles_js__WEBPACK_IMPORTED_MODULE_4__.rr)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _yamlEdit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8277);
/* harmony import */ var _common_workspaceFile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2438);
/* harmony import */ var _configFiles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8735);
/* harmony import */ var _agentNeeds_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2264);
// Hands the two role ARNs to the AgentCore starter toolkit through its `.bedrock_agentcore.yaml`.
//
// The file belongs to the user and to `agentcore configure`: only the keys this action owns are
// touched, everything else (comments, blank lines, quoting, key order, indentation) stays byte for
// byte. The yaml package's Document API locates the nodes; the change itself is a splice of the
// original text at those nodes' offsets, because re-serialising the document normalises spacing,
// comments and sequence indentation.
//
// The action never creates the file nor an agent entry: the toolkit's schema requires the agent's
// `entrypoint`, which this action does not know, and an entry without it makes every toolkit
// command that loads the file (`agentcore configure` included) fail validation.






/** What the toolkit reads to skip its own IAM calls (see roles.md, `.bedrock_agentcore.yaml`). */
function desiredAgentKeys(roles) {
    const desired = {
        aws: {
            execution_role: roles.executionRoleArn,
            execution_role_auto_create: false,
            account: roles.accountId,
            region: roles.region
        }
    };
    if (roles.codebuildRoleArn !== undefined) {
        desired.codebuild = { execution_role: roles.codebuildRoleArn };
    }
    return desired;
}
/**
 * Reads the file and computes the updated text and its diff. Writes nothing. A relative path
 * resolves against the workspace (GITHUB_WORKSPACE), where the user's repository is checked out,
 * whatever the action's working directory.
 */
async function planConfigFileUpdate(path, roles, workspace = (0,_common_workspaceFile_js__WEBPACK_IMPORTED_MODULE_3__/* .workspaceRoot */ .oS)()) {
    const agents = Array.isArray(roles) ? roles : [roles];
    const { file, text: before } = await readToolkitConfig(path, workspace, agents[0]?.agentName ?? '<agent>');
    // Every agent's keys, one after the other, into one text: one write for the whole step.
    const after = agents.reduce((text, agent) => updateConfigText(path, text, agent), before);
    return (0,_configFiles_js__WEBPACK_IMPORTED_MODULE_4__/* .plannedUpdate */ .mG)(path, file, before, after);
}
/** The agents the file lists (the keys of its `agents` map), for agent-name `*`. */
async function listConfigAgents(path, workspace = (0,_common_workspaceFile_js__WEBPACK_IMPORTED_MODULE_3__/* .workspaceRoot */ .oS)()) {
    const { text } = await readToolkitConfig(path, workspace, '<agent>');
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text);
    const agents = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(doc.contents) ? doc.contents.get('agents', true) : undefined;
    const names = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(agents)
        ? agents.items.flatMap((pair) => ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? [String(pair.key.value)] : []))
        : [];
    if (doc.errors.length > 0 || names.length === 0) {
        throw new Error(`config-file ${path}: lists no agents under \`agents\` (agent-name "*" means every agent of the file); run \`agentcore configure -n <agent> ...\` first, or name the agents`);
    }
    return names;
}

/**
 * What the file declares for each of its agents (deployment type, protocol, ECR repository,
 * memory, identity, AWS JWT), read once. A file that is not valid YAML is left to the update,
 * which says where.
 */
async function readToolkitProject(path, workspace = (0,_common_workspaceFile_js__WEBPACK_IMPORTED_MODULE_3__/* .workspaceRoot */ .oS)()) {
    const { text } = await readToolkitConfig(path, workspace, '<agent>');
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text);
    const project = new Map();
    if (doc.errors.length > 0)
        return project;
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch {
        // An alias bomb: the update of the file says so, in one line.
        return project;
    }
    const agents = typeof data === 'object' && data !== null ? data.agents : undefined;
    if (typeof agents !== 'object' || agents === null || Array.isArray(agents))
        return project;
    for (const [name, entry] of Object.entries(agents)) {
        project.set(name, (0,_agentNeeds_js__WEBPACK_IMPORTED_MODULE_5__/* .declaredAgent */ ._Q)(path, name, entry));
    }
    return project;
}
/** The file and its text; one line saying what is wrong and which command writes it otherwise. */
function readToolkitConfig(path, workspace, agentName) {
    return (0,_configFiles_js__WEBPACK_IMPORTED_MODULE_4__/* .readConfigFileText */ .GT)(path, workspace, (error) => error.code === 'ENOENT'
        ? `not found; run \`agentcore configure -n ${agentName} ...\` first ` +
            '(it writes the agent entry, with its entrypoint, that this action then updates)'
        : `${error.reason}; give the path of the .bedrock_agentcore.yaml in the repository, relative to the workspace`);
}
/** Pure: the file's text with the agent's role keys set. */
function updateConfigText(path, source, roles) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(source, { lineCounter });
    const fail = (offset, reason) => {
        const { line, col } = lineCounter.linePos(offset);
        return new Error(`config-file ${path}:${line}:${col}: ${reason}`);
    };
    const [yamlError] = doc.errors;
    if (yamlError) {
        const reason = (yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        throw fail(yamlError.pos[0], `not valid YAML: ${reason}`);
    }
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root)) {
        throw fail(root?.range?.[0] ?? 0, 'the file is not a map with an `agents` key');
    }
    const agents = root.get('agents', true);
    if (agents === undefined) {
        throw fail(0, `no \`agents\` map; run \`agentcore configure -n ${roles.agentName} ...\` first`);
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(agents)) {
        throw fail((0,_yamlEdit_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(agents), `\`agents\` must be a map of agent names, found ${(0,_yamlEdit_js__WEBPACK_IMPORTED_MODULE_2__/* .describe */ .q0)(agents)}`);
    }
    const agent = agents.get(roles.agentName, true);
    if (agent === undefined) {
        const known = agents.items.map((pair) => String((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? pair.key.value : pair.key));
        throw fail((0,_yamlEdit_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(agents), `no agent \`${roles.agentName}\` under \`agents\` (found: ${known.join(', ') || 'none'}); ` +
            `run \`agentcore configure -n ${roles.agentName} ...\` first`);
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(agent)) {
        throw fail((0,_yamlEdit_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(agent), `\`agents.${roles.agentName}\` must be a map, found ${(0,_yamlEdit_js__WEBPACK_IMPORTED_MODULE_2__/* .describe */ .q0)(agent)}`);
    }
    const desired = desiredAgentKeys(roles);
    // The agent map sits two levels deep (agents -> name): its column gives the file's indent step.
    const context = {
        source,
        step: Math.max(1, Math.round((0,_yamlEdit_js__WEBPACK_IMPORTED_MODULE_2__/* .blockIndent */ .G8)(source, agent) / 2)),
        edits: [],
        fail
    };
    (0,_yamlEdit_js__WEBPACK_IMPORTED_MODULE_2__/* .collectEdits */ .SV)(context, agent, desired, ['agents', roles.agentName]);
    const updated = (0,_yamlEdit_js__WEBPACK_IMPORTED_MODULE_2__/* .applyEdits */ .ct)(source, context.edits);
    // Postcondition: the result parses, and to a YAML reader it is the old content with exactly the
    // desired keys set. Anything else (an exotic layout the splice misjudged) must not be written.
    const check = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(updated);
    const expected = (0,_yamlEdit_js__WEBPACK_IMPORTED_MODULE_2__/* .withDesired */ .Be)((0,_yamlEdit_js__WEBPACK_IMPORTED_MODULE_2__/* .plainData */ .lZ)(doc, path), ['agents', roles.agentName], desired);
    if (check.errors.length > 0 || !(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)((0,_yamlEdit_js__WEBPACK_IMPORTED_MODULE_2__/* .plainData */ .lZ)(check, path), expected)) {
        throw new Error(`config-file ${path}: this file's layout cannot be updated safely; set ` +
            `agents.${roles.agentName}.aws.execution_role and codebuild.execution_role by hand`);
    }
    return updated;
}


/***/ }),

/***/ 8277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ withDesired),
/* harmony export */   G8: () => (/* binding */ blockIndent),
/* harmony export */   SV: () => (/* binding */ collectEdits),
/* harmony export */   ct: () => (/* binding */ applyEdits),
/* harmony export */   f: () => (/* binding */ nodeStart),
/* harmony export */   lZ: () => (/* binding */ plainData),
/* harmony export */   q0: () => (/* binding */ describe)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// Edits YAML text in place: the yaml package's Document API locates the nodes, and the change is a
// splice of the original text at their offsets, so comments, blank lines, quoting, key order and
// indentation stay byte for byte (re-serialising the document would normalise them).

function collectEdits(context, map, desired, path) {
    const { source, edits, fail } = context;
    const missing = [];
    for (const [key, want] of Object.entries(desired)) {
        const pair = map.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && String(item.key.value) === key);
        if (!pair) {
            missing.push([key, want]);
            continue;
        }
        const keyPath = [...path, key];
        const node = pair.value;
        if (typeof want === 'object') {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                collectEdits(context, node, want, keyPath);
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null && node.range) {
                edits.push(replaceNullWithMap(context, node.range, want, map));
            }
            else {
                throw fail(nodeStart(node ?? pair), `\`${keyPath.join('.')}\` must be a map, found ${describe(node)}`);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.range) {
            if (node.value !== want)
                edits.push(replaceScalar(source, node, want));
        }
        else {
            throw fail(nodeStart(node ?? pair), `\`${keyPath.join('.')}\` must be a scalar, found ${describe(node)}`);
        }
    }
    if (missing.length > 0)
        edits.push(insertPairs(context, map, missing));
}
/** Replaces a scalar value in place, keeping its quote style when it had one. */
function replaceScalar(source, node, want) {
    const [start, end] = node.range;
    let text = renderScalar(want, node.type);
    // Block scalars (| or >) own their trailing line break; the replacement must keep it.
    if (end > start && source[end - 1] === '\n')
        text += '\n';
    // `key:` with no value: the value's range is empty, right after the colon.
    if (start === end)
        text = ` ${text}`;
    return { start, end, text };
}
/** `aws:` or `aws: null` becomes a map with the desired keys. */
function replaceNullWithMap({ source, step }, range, want, parent) {
    if (parent.flow)
        return { start: range[0], end: range[1], text: renderFlowMap(want) };
    // `aws: null` -> `aws:` + new lines: drop the space that separated the colon from the value.
    let start = range[0];
    while (start > 0 && source[start - 1] === ' ')
        start--;
    const lines = renderBlockPairs(Object.entries(want), blockIndent(source, parent) + step, step);
    return { start, end: range[1], text: lines.map((line) => `\n${line}`).join('') };
}
/** Adds keys after the last entry of a map (block: new lines at its indentation; flow: `, k: v`). */
function insertPairs({ source, step }, map, missing) {
    const last = map.items.at(-1);
    if (map.flow) {
        const entries = missing.map(([key, value]) => `${renderScalar(key)}: ${renderFlowValue(value)}`);
        if (!last) {
            const close = source.lastIndexOf('}', map.range[1]);
            return { start: close, end: close, text: entries.join(', ') };
        }
        const end = lastEnd(last);
        return { start: end, end, text: entries.map((entry) => `, ${entry}`).join('') };
    }
    const lines = renderBlockPairs(missing, blockIndent(source, map), step);
    const end = last ? lastEnd(last) : map.range[1];
    if (end > 0 && source[end - 1] === '\n') {
        return { start: end, end, text: lines.map((line) => `${line}\n`).join('') };
    }
    const lineEnd = source.indexOf('\n', end);
    const at = lineEnd === -1 ? source.length : lineEnd;
    return { start: at, end: at, text: lines.map((line) => `\n${line}`).join('') };
}
function lastEnd(pair) {
    const node = (pair.value ?? pair.key);
    return node.range[1];
}
function applyEdits(source, edits) {
    // Stable sort: edits at the same offset keep their collection order, so keys added to an inner
    // map land before a sibling block added to its parent at that same offset.
    const ordered = [...edits].sort((a, b) => a.start - b.start);
    let result = '';
    let cursor = 0;
    for (const edit of ordered) {
        result += source.slice(cursor, edit.start) + edit.text;
        cursor = edit.end;
    }
    return result + source.slice(cursor);
}
/**
 * The document as plain JSON data (no realm- or library-specific prototypes), for comparison. The
 * yaml package refuses documents whose aliases expand beyond 100 (a "billion laughs" file).
 */
function plainData(doc, path) {
    try {
        return JSON.parse(JSON.stringify(doc.toJS()));
    }
    catch (error) {
        throw new Error(`config-file ${path}: its YAML aliases expand too far to read safely (${error.name}); remove the aliases the toolkit does not write`, { cause: error });
    }
}
/** `data` (plain, owned by the caller) with the desired keys set under `path`. */
function withDesired(data, path, desired) {
    let target = data;
    for (const key of path)
        target = target[key];
    const assign = (into, values) => {
        for (const [key, value] of Object.entries(values)) {
            if (typeof value === 'object') {
                const existing = into[key];
                const child = existing !== null && typeof existing === 'object' ? existing : {};
                into[key] = child;
                assign(child, value);
            }
            else {
                into[key] = value;
            }
        }
    };
    assign(target, desired);
    return data;
}
// Rendering: the same shapes PyYAML (the toolkit) writes: plain where unambiguous, single quotes
// where a plain scalar would read as another type (the account id as a number, `no` as a boolean).
const PLAIN_SAFE = /^[A-Za-z_/][A-Za-z0-9_.:/@+=-]*$/;
const YAML_1_1_KEYWORDS = /^(y|yes|n|no|true|false|on|off|null)$/i;
function renderScalar(value, existingType) {
    if (typeof value === 'boolean')
        return String(value);
    if (existingType === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE)
        return JSON.stringify(value);
    if (existingType === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE)
        return `'${value.replaceAll("'", "''")}'`;
    const plain = PLAIN_SAFE.test(value) && !YAML_1_1_KEYWORDS.test(value) && !value.endsWith(':');
    return plain ? value : `'${value.replaceAll("'", "''")}'`;
}
function renderFlowValue(value) {
    return typeof value === 'object' ? renderFlowMap(value) : renderScalar(value);
}
function renderFlowMap(map) {
    const entries = Object.entries(map).map(([key, value]) => `${renderScalar(key)}: ${renderFlowValue(value)}`);
    return `{${entries.join(', ')}}`;
}
function renderBlockPairs(entries, indent, step) {
    const pad = ' '.repeat(indent);
    return entries.flatMap(([key, value]) => typeof value === 'object'
        ? [
            `${pad}${renderScalar(key)}:`,
            ...renderBlockPairs(Object.entries(value), indent + step, step)
        ]
        : [`${pad}${renderScalar(key)}: ${renderScalar(value)}`]);
}
/** Column of a block map's keys. */
function blockIndent(source, map) {
    const start = nodeStart(map);
    return start - (source.lastIndexOf('\n', start - 1) + 1);
}
function nodeStart(node) {
    const range = node?.range;
    if (range)
        return range[0];
    const key = node?.key;
    return key?.range?.[0] ?? 0;
}
function describe(node) {
    if (node === null || node === undefined)
        return 'nothing';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return node.value === null ? 'null' : `the ${typeof node.value} ${JSON.stringify(node.value)}`;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return 'a map';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return 'a sequence';
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? 'an alias' : 'an unexpected node';
}


/***/ })

};
