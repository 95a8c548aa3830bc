/** Autofix: the {@link fix} entry point, the fixer engine, unified diffs and atomic file writes. @module */
export { fix, type FixOptions, type FixResult } from "./fix.js";
export { fixText, newParseErrors, DEFAULT_MAX_PASSES, type LintText } from "./engine.js";
export { applyEdits, editsConflict, prepareEdits } from "./edits.js";
export { unifiedDiff, type DiffOptions } from "./diff.js";
export type { AppliedFix, DroppedFix, FixMode, FixOutcome } from "./types.js";
