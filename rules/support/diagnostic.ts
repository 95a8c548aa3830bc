/**
 * Rules whose findings come from the parser: the engine turns each parse diagnostic into a finding
 * with the diagnostic's code as the rule id. The module exists for metadata and docs only.
 */
import type { Rule, RuleMeta } from "../../src/engine/types.js";

/** BuildKit rejects files with these problems, so the image cannot be built. */
export const BUILD_FAILS = "BuildKit rejects the file with this error, so the image cannot be built.";

const diagnosticRules = new WeakSet<Rule>();

export function diagnosticRule(meta: Omit<RuleMeta, "category"> & { category?: RuleMeta["category"] }): Rule {
  const rule: Rule = { meta: { category: "correctness", ...meta }, create: () => ({}) };
  diagnosticRules.add(rule);
  return rule;
}

/** True for the docs-only modules of parser diagnostics. */
export function isDiagnosticRule(rule: Rule): boolean {
  return diagnosticRules.has(rule);
}
