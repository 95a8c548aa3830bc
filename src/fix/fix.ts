/**
 * The library entry point {@link fix}: text in, fixed text and what was done out. Pure: no files.
 * @module
 */
import { lint, toResolvedConfig, type LintOptions } from "../lint.js";
import { fixText } from "./engine.js";
import type { FixMode, FixOutcome } from "./types.js";

export interface FixOptions extends LintOptions, FixMode {}

export type FixResult = FixOutcome;

/**
 * Lints `text`, applies the offered fixes (safe ones; unsafe ones too with `unsafe: true`) in passes
 * until the text is stable or `maxPasses` (10) is reached, and returns the fixed text, the fixes applied,
 * the findings that remain on the fixed text, and the fixes dropped (with the reason).
 *
 * A fix is applied only when the result parses with no new error diagnostic and lints with no new
 * finding; overlapping fixes are applied in later passes. Line endings (CRLF), a byte order mark and
 * every character outside the edits are kept. Throws only what {@link lint} throws (an invalid config).
 */
export function fix(text: string, options: FixOptions = {}): FixResult {
  const { unsafe, maxPasses, ...lintOptions } = options;
  // Resolve the config once, not on every pass.
  const config = toResolvedConfig(lintOptions.config);
  const lintOnce = (t: string) => lint(t, { ...lintOptions, config }).findings;
  return fixText(text, lintOnce, { unsafe, maxPasses });
}
