"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.EvaluatorModelProviderSchema = exports.EvaluatorModelIdSchema = void 0;
// Consolidated Zod-first schemas with types derived from z.infer<>
__exportStar(require("./agent-env"), exports);
__exportStar(require("./agentcore-project"), exports);
__exportStar(require("./auth"), exports);
__exportStar(require("./aws-targets"), exports);
__exportStar(require("./connections"), exports);
__exportStar(require("./deployed-state"), exports);
__exportStar(require("./mcp"), exports);
__exportStar(require("./mcp-defs"), exports);
var evaluator_1 = require("./primitives/evaluator");
Object.defineProperty(exports, "EvaluatorModelIdSchema", { enumerable: true, get: function () { return evaluator_1.EvaluatorModelIdSchema; } });
Object.defineProperty(exports, "EvaluatorModelProviderSchema", { enumerable: true, get: function () { return evaluator_1.EvaluatorModelProviderSchema; } });
__exportStar(require("./zod-util"), exports);