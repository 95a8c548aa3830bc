/**
 * The semantic model: BuildKit-exact variable expansion, ARG/ENV scopes, the stage graph and
 * undefined variable references, built from the AST by {@link buildModel}.
 * @module
 */
export { buildModel } from "./model.js";
export {
  expandWord,
  UNKNOWN_VALUE,
  type EnvLookup,
  type EnvValue,
  type ExpandOptions,
  type ExpandResult,
  type ExpansionModifier,
  type ReferenceStatus,
  type VariableReference,
} from "./expand.js";
export {
  BUILDKIT_ARGS,
  DEFAULT_PATH,
  FROM_PREDEFINED_ARGS,
  NON_ENV_ARGS,
  PROXY_ARGS,
  RUN_ONLY_PREDEFINED_ARGS,
} from "./scopes.js";
export { levenshtein, suggestName } from "../util/suggest.js";
export { shellPatternToRegExp } from "./pattern.js";
export type * from "./types.js";
