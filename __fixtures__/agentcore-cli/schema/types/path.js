"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PathTypeSchema = void 0;
/**
 * Path type definitions for schema fields.
 *
 * These types indicate whether a string field represents a file path or directory path,
 * enabling the UI to render appropriate path completion (files vs directories only).
 */
const zod_1 = require("zod");
// Path type markers for schema fields
exports.PathTypeSchema = zod_1.z.enum(['file', 'directory']);