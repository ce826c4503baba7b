export const id = 390;
export const ids = [390];
export const modules = {

/***/ 6009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planConfigFileRemoval: () => (/* binding */ planConfigFileRemoval)
/* harmony export */ });
/* unused harmony export withoutRoleArns */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _common_workspaceFile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2438);
/* harmony import */ var _configFiles_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8735);
/* harmony import */ var _yamlEdit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8277);
// Mode delete's change to `.bedrock_agentcore.yaml`: the ARNs of deleted roles become `null` again
// (what the toolkit writes for "no role"), at `agents.<agent>.aws.execution_role` and
// `codebuild.execution_role`, only where the file names exactly a deleted role. Spliced in place,
// so comments, order and quoting stay; an agent the file does not list changes nothing.




const ROLE_KEYS = [
    ['aws', 'execution_role'],
    ['codebuild', 'execution_role']
];
/** Pure: the text with each agent's keys naming a deleted role set to null. */
function withoutRoleArns(source, removals) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(source);
    if (doc.errors.length > 0 || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents))
        return source;
    const agents = doc.contents.get('agents', true);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(agents))
        return source;
    const edits = [];
    for (const { agentName, arns } of removals) {
        const agent = agents.get(agentName, true);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(agent))
            continue;
        for (const path of ROLE_KEYS) {
            const node = agent.getIn([...path], true);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) &&
                node.range &&
                typeof node.value === 'string' &&
                arns.includes(node.value)) {
                edits.push({ start: node.range[0], end: node.range[1], text: 'null' });
            }
        }
    }
    return edits.length > 0 ? (0,_yamlEdit_js__WEBPACK_IMPORTED_MODULE_3__/* .applyEdits */ .ct)(source, edits) : source;
}
async function planConfigFileRemoval(path, removals, workspace = (0,_common_workspaceFile_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceRoot */ .oS)()) {
    const { file, text: before } = await (0,_configFiles_js__WEBPACK_IMPORTED_MODULE_2__/* .readConfigFileText */ .GT)(path, workspace, (error) => error.reason);
    return (0,_configFiles_js__WEBPACK_IMPORTED_MODULE_2__/* .plannedUpdate */ .mG)(path, file, before, withoutRoleArns(before, removals));
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
