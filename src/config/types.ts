/**
 * The resolved configuration: what a `.shipshape.yaml` (or a hadolint config) means once validated,
 * with defaults filled in.
 * @module
 */
import type { EngineConfig } from "../engine/run.js";
import type { RuleSetting } from "../engine/registry.js";
import type { RuleSettings, Severity } from "../engine/types.js";

/** `failure-threshold`: findings at or above it fail the run; `none` never fails. */
export type FailureThreshold = Severity | "none";

/** Which syntax a config was written in. */
export type ConfigFormat = "shipshape" | "hadolint" | "default";

export interface ResolvedConfig extends EngineConfig {
  format: ConfigFormat;
  /** The file it was read from; `null` for defaults or an object given in code. */
  file: string | null;
  /** Folder that `ignore-paths` globs are relative to; `null` when not from a file. */
  baseDir: string | null;
  rules: Record<string, RuleSetting>;
  settings: Omit<RuleSettings, "ruleOptions">;
  failureThreshold: FailureThreshold;
  /** Globs of files not to lint, relative to {@link baseDir}. */
  ignorePaths: string[];
  unusedSuppressions: boolean;
  disableIgnorePragma: boolean;
}

/** The configuration used when there is no config file. */
export function defaultConfig(): ResolvedConfig {
  return {
    format: "default",
    file: null,
    baseDir: null,
    rules: {},
    settings: { trustedRegistries: [], labelSchema: {}, strictLabels: false },
    failureThreshold: "info",
    ignorePaths: [],
    unusedSuppressions: false,
    disableIgnorePragma: false,
  };
}

/** A config that cannot be used: one line naming the file and the key path. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    message: string,
    /** The config file (or `config` for an object given in code). */
    readonly file: string,
    /** Key path of the problem, e.g. `rules.from-untagged`; empty for the whole file. */
    readonly path: string = "",
  ) {
    super(message);
  }
}
