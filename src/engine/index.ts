/** The lint engine: rule dispatch, findings, suppressions. @module */
export * from "./types.js";
export { compareFindings, type Finding } from "./finding.js";
export { runRules, defaultRuleSettings, type EngineConfig, type RunOptions } from "./run.js";
export { BUILTIN_RULES, BUILDKIT_CHECKS, INTERNAL_ERROR, UNUSED_SUPPRESSION, isBuildkitCheckName } from "./builtin.js";
export { RuleIndex, effectiveRules, namesRule, type EffectiveRule, type RuleSetting, type RuleSeveritySetting } from "./registry.js";
export { collectSuppressions, applySuppressions, unusedSuppressions, type FileSuppressions, type Suppression } from "./suppressions.js";
