/**
 * Validation and normalisation: a raw config object (parsed YAML/JSON, or given in code) in either
 * format becomes a {@link ResolvedConfig}, or a {@link ConfigError} with one readable line.
 * @module
 */
import type * as Zod from "zod";
import type { RuleSetting } from "../engine/registry.js";
import type { RuleIndex } from "../engine/registry.js";
import { didYouMean } from "../engine/suggest.js";
import { HADOLINT_KEYS, HADOLINT_ONLY_KEYS, SHIPSHAPE_KEYS, schemas, type RawHadolintConfig, type RawShipshapeConfig } from "./schema.js";
import { ConfigError, defaultConfig, type ConfigFormat, type ResolvedConfig } from "./types.js";

/** Where a raw config came from (for messages and for `ignore-paths`). */
export interface ConfigOrigin {
  /** File path, or `null` for an object given in code. */
  file: string | null;
  /** `hadolint` when the file name says so (`.hadolint.yaml`); otherwise told apart by the keys. */
  format?: Exclude<ConfigFormat, "default">;
  baseDir?: string | null;
}

/** Tells the formats apart: hadolint-only keys and no shipshape-only key mean hadolint. */
export function detectFormat(raw: Record<string, unknown>): Exclude<ConfigFormat, "default"> {
  const keys = Object.keys(raw);
  const hadolintOnly = keys.some((k) => HADOLINT_ONLY_KEYS.includes(k));
  const shipshapeOnly = keys.some((k) => (SHIPSHAPE_KEYS as readonly string[]).includes(k) && !(HADOLINT_KEYS as readonly string[]).includes(k));
  return hadolintOnly && !shipshapeOnly ? "hadolint" : "shipshape";
}

/** Validates and normalises a raw config object. */
export function resolveConfig(raw: unknown, origin: ConfigOrigin): ResolvedConfig {
  const label = origin.file ?? "config";
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new ConfigError(`invalid config ${label}: expected a mapping of keys to values, got ${describe(raw)}`, label);
  }
  const format = origin.format ?? detectFormat(raw as Record<string, unknown>);
  const s = schemas();
  const schema = format === "hadolint" ? s.hadolint : s.shipshape;
  const result = schema.safeParse(raw);
  if (!result.success) {
    const known = format === "hadolint" ? HADOLINT_KEYS : SHIPSHAPE_KEYS;
    const [first, ...rest] = result.error.issues;
    const { path, message } = formatIssue(first, raw, known);
    const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? "s" : ""})` : "";
    throw new ConfigError(`invalid config ${label}: ${path ? path + ": " : ""}${message}${more}`, label, path);
  }
  const base = { ...defaultConfig(), file: origin.file, baseDir: origin.baseDir ?? null };
  return format === "hadolint"
    ? fromHadolint(result.data as RawHadolintConfig, base)
    : fromShipshape(result.data as RawShipshapeConfig, base);
}

function fromShipshape(raw: RawShipshapeConfig, base: ResolvedConfig): ResolvedConfig {
  return {
    ...base,
    format: "shipshape",
    rules: { ...raw.rules },
    settings: {
      trustedRegistries: raw["trusted-registries"] ?? [],
      labelSchema: raw["label-schema"] ?? {},
      strictLabels: raw["strict-labels"] ?? false,
    },
    failureThreshold: raw["failure-threshold"] ?? "info",
    ignorePaths: raw["ignore-paths"] ?? [],
    unusedSuppressions: raw["unused-suppressions"] ?? false,
    disableIgnorePragma: raw["disable-ignore-pragma"] ?? false,
  };
}

/** hadolint's `.hadolint.yaml`: `ignored` turns rules off, `override` re-grades them. */
function fromHadolint(raw: RawHadolintConfig, base: ResolvedConfig): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const level of ["style", "info", "warning", "error"] as const) {
    for (const code of raw.override?.[level] ?? []) rules[code] = level;
  }
  for (const code of raw.ignored ?? []) rules[code] = "off";
  const threshold = raw["failure-threshold"];
  return {
    ...base,
    format: "hadolint",
    rules,
    settings: {
      trustedRegistries: raw.trustedRegistries ?? [],
      labelSchema: raw["label-schema"] ?? {},
      strictLabels: raw["strict-labels"] ?? false,
    },
    failureThreshold: raw["no-fail"] ? "none" : threshold === "ignore" || threshold === "none" ? "none" : threshold ?? "info",
    disableIgnorePragma: raw["disable-ignore-pragma"] ?? false,
  };
}

/**
 * Checks that every rule named in a shipshape config exists. (hadolint configs often name
 * ShellCheck codes and rules shipshape does not have; those are ignored.)
 */
export function checkRuleNames(config: ResolvedConfig, index: RuleIndex): void {
  if (config.format !== "shipshape") return;
  const label = config.file ?? "config";
  for (const name of Object.keys(config.rules)) {
    if (index.lookup(name)) continue;
    throw new ConfigError(`invalid config ${label}: rules.${name}: unknown rule '${name}'${didYouMean(name, index.names())}`, label, `rules.${name}`);
  }
}

// ---- zod issue → one line ----

type Issue = Zod.core.$ZodIssue;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `'${value.length > 40 ? value.slice(0, 40) + "…" : value}'`;
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${String(value)}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : (out ? "." : "") + String(key);
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/** Keys allowed in the mapping at `path`, for "did you mean". */
function keysAt(path: readonly PropertyKey[], topKeys: readonly string[]): readonly string[] {
  if (path.length === 0) return topKeys;
  if (path[0] === "rules" && path.length === 2) return ["severity", "options"];
  if (path[0] === "override" && path.length === 1) return ["error", "warning", "info", "style"];
  return [];
}

function formatIssue(issue: Issue, root: unknown, topKeys: readonly string[], prefix: readonly PropertyKey[] = []): { path: string; message: string } {
  const fullPath = [...prefix, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    // Report the branch that got furthest (the object form when the value is an object).
    const branch = issue.errors.find((errs) => errs.some((e) => e.path.length > 0 || e.code === "unrecognized_keys")) ?? issue.errors[0];
    if (branch[0] && issue.message === "Invalid input") return formatIssue(branch[0], root, topKeys, fullPath);
  }
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0];
    const keys = keysAt(fullPath, topKeys);
    const hint = didYouMean(key, keys);
    const others = issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).map((k) => `'${k}'`).join(", ")})` : "";
    return { path: formatPath(fullPath), message: `unknown key '${key}'${hint}${others}` };
  }
  const actual = valueAt(root, fullPath);
  if (issue.code === "invalid_type") {
    if (actual === undefined) return { path: formatPath(fullPath), message: `is required` };
    return { path: formatPath(fullPath), message: `expected ${issue.expected === "record" ? "a mapping" : issue.expected === "array" ? "a list" : issue.expected}, got ${describe(actual)}` };
  }
  if (issue.code === "invalid_value") return { path: formatPath(fullPath), message: `${issue.message}, got ${describe(actual)}` };
  return { path: formatPath(fullPath), message: issue.message };
}
