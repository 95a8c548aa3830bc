/**
 * Rules whose findings come from the parser: the engine turns each parse diagnostic into a finding
 * with the diagnostic's code as the rule id. The module exists for metadata and docs only.
 */
import type { Rule, RuleMeta } from "../../src/engine/types.js";

/** BuildKit rejects files with these problems, so the image cannot be built. */
export const BUILD_FAILS = "BuildKit rejects the file with this error, so the image cannot be built.";

export function diagnosticRule(meta: Omit<RuleMeta, "category"> & { category?: RuleMeta["category"] }): Rule {
  return { meta: { category: "correctness", ...meta }, create: () => ({}) };
}
