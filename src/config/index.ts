/** Configuration: schema, discovery, validation, and which files to lint. @module */
export { ConfigError, defaultConfig, type ConfigFormat, type FailureThreshold, type ResolvedConfig } from "./types.js";
export { resolveConfig, checkRuleNames, detectFormat, type ConfigOrigin } from "./resolve.js";
export { ConfigFinder, loadConfigFile, SHIPSHAPE_CONFIG_FILES, HADOLINT_CONFIG_FILES } from "./load.js";
export { configJsonSchema, type RawShipshapeConfig, type RawHadolintConfig } from "./schema.js";
export { expandTargets, gitignoreToGlobs, DOCKERFILE_PATTERNS, type Targets, type TargetError } from "./targets.js";
export { globMatcher, globToRegExp } from "./glob.js";
