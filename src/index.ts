/**
 * shipshape: a Dockerfile parser and linter.
 *
 * - {@link parse} turns text into a typed, lossless AST with exact ranges and never throws.
 * - {@link print} gives back the exact text.
 * - {@link toBuildkitDump} renders BuildKit's own AST dump format.
 * @packageDocumentation
 */
export * from "./ast/index.js";

// Linting
export { lint, lintFiles, listRules, meetsThreshold, toResolvedConfig } from "./lint.js";
export type { ConfigInput, FileResult, LintFilesOptions, LintFilesResult, LintOptions, LintResult } from "./lint.js";
export * from "./engine/types.js";
export { runRules, defaultRuleSettings, type EngineConfig, type RunOptions } from "./engine/run.js";
export { compareFindings, type Finding } from "./engine/finding.js";
export { findingSchema, findingJsonSchema, jsonReportSchema, jsonReportJsonSchema } from "./engine/finding-schema.js";
export { BUILTIN_RULES, BUILDKIT_CHECKS, INTERNAL_ERROR, UNUSED_SUPPRESSION } from "./engine/builtin.js";
export type { RuleSetting, RuleSeveritySetting } from "./engine/registry.js";
export { ConfigError, defaultConfig, resolveConfig, loadConfigFile, ConfigFinder, configJsonSchema, expandTargets } from "./config/index.js";
export type { ConfigFormat, FailureThreshold, ResolvedConfig, RawShipshapeConfig, RawHadolintConfig } from "./config/index.js";

// Semantic model: variable expansion, ARG/ENV scopes, the stage graph
export * from "./model/index.js";

// Autofix: fix() plus the pieces the CLI and editors use (edits, diffs, atomic writes)
export * from "./fix/index.js";
export { writeFileAtomic, writeFixedFile, FixWriteError } from "./fix/write.js";
