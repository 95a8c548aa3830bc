/**
 * The library entry points: {@link lint} (text in, findings out), {@link lintFiles} (paths in, with
 * config discovery) and {@link listRules}.
 * @module
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { allRules } from "../rules/index.js";
import { parse } from "./ast/parse.js";
import { ConfigFinder, loadConfigFile } from "./config/load.js";
import { checkRuleNames, resolveConfig } from "./config/resolve.js";
import { expandTargets } from "./config/targets.js";
import { globMatcher } from "./config/glob.js";
import { ConfigError, defaultConfig, type FailureThreshold, type ResolvedConfig } from "./config/types.js";
import { BUILTIN_RULES } from "./engine/builtin.js";
import type { Finding } from "./engine/finding.js";
import { RuleIndex, type RuleSetting } from "./engine/registry.js";
import { runRules } from "./engine/run.js";
import { fixText } from "./fix/engine.js";
import type { FixMode, FixOutcome } from "./fix/types.js";
import { SEVERITIES, type Rule, type RuleMeta, type Severity } from "./engine/types.js";

/** A config given in code: a raw object in either format, an already resolved one, or a file path. */
export type ConfigInput = string | ResolvedConfig | Record<string, unknown>;

export interface LintOptions {
  /** Name put on findings; default `Dockerfile`. */
  filename?: string;
  /** The config to apply; defaults when omitted (no file discovery in {@link lint}). */
  config?: ConfigInput;
  /** Rule settings applied on top of the config (like `--rule id=severity`). */
  ruleOverrides?: Record<string, RuleSetting>;
  /** The rules to run; default every registered rule. */
  rules?: readonly Rule[];
}

export interface LintResult {
  findings: Finding[];
}

export interface LintFilesOptions extends Omit<LintOptions, "filename" | "config"> {
  /** Folder relative paths are resolved against; default `process.cwd()`. */
  cwd?: string;
  /** Use this config for every file instead of searching for one. Throws {@link ConfigError} when invalid. */
  config?: ConfigInput;
  /** Text for the path `-`; default: read standard input. */
  stdin?: string | (() => Promise<string>);
  /** Name for the text read for `-` (also where its config is searched from); default `<stdin>`. */
  stdinFilename?: string;
  /** Fix each text in memory (nothing is written): results then carry `fix` and the remaining findings. */
  fix?: FixMode;
}

/** One linted file. */
export interface FileResult {
  file: string;
  findings: Finding[];
  /** Why the file could not be linted (unreadable, bad config); findings are then empty. */
  error?: string;
  /** The text that was linted (with `fix`: the fixed text, which the findings refer to). */
  source?: string;
  /** The text came from standard input (the path `-`). */
  stdin?: boolean;
  /** With the `fix` option: the text as read (`input`) and what fixing it did. */
  fix?: FixOutcome & { input: string };
  /** The failure threshold of the config that applied to this file. */
  failureThreshold?: FailureThreshold;
}

export interface LintFilesResult {
  results: FileResult[];
}

function isResolved(config: object): config is ResolvedConfig {
  const c = config as Partial<ResolvedConfig>;
  return typeof c.failureThreshold === "string" && Array.isArray(c.ignorePaths) && typeof c.settings === "object" && typeof c.format === "string";
}

/** Turns a config given in code into a resolved one (throws {@link ConfigError}). */
export function toResolvedConfig(config: ConfigInput | undefined, cwd = process.cwd()): ResolvedConfig {
  if (config === undefined) return defaultConfig();
  if (typeof config === "string") return loadConfigFile(path.resolve(cwd, config));
  if (isResolved(config)) return config;
  return resolveConfig(config, { file: null, baseDir: cwd });
}

function withOverrides(config: ResolvedConfig, overrides: Record<string, RuleSetting> | undefined): ResolvedConfig {
  if (!overrides || Object.keys(overrides).length === 0) return config;
  return { ...config, rules: { ...config.rules, ...overrides } };
}

function checkOverrides(overrides: Record<string, RuleSetting> | undefined, index: RuleIndex): void {
  for (const name of Object.keys(overrides ?? {})) {
    if (!index.lookup(name)) {
      checkRuleNames({ ...defaultConfig(), format: "shipshape", file: "--rule", rules: { [name]: "on" } }, index);
    }
  }
}

/** Lints one Dockerfile text. Synchronous and pure apart from reading a config given as a path. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const rules = options.rules ?? allRules;
  const index = RuleIndex.of(rules);
  const config = toResolvedConfig(options.config);
  checkRuleNames(config, index);
  checkOverrides(options.ruleOverrides, index);
  return { findings: lintWith(text, options.filename ?? "Dockerfile", withOverrides(config, options.ruleOverrides), rules) };
}

function lintWith(text: string, filename: string, config: ResolvedConfig, rules: readonly Rule[]): Finding[] {
  const { ast, diagnostics } = parse(text, { filename });
  return runRules(ast, text, { rules, filename, diagnostics, config });
}

function readError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason =
    code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" || code === "EPERM" ? "permission denied" : error instanceof Error ? error.message.split("\n")[0] : String(error);
  return `cannot read ${file}: ${reason}`;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Lints files, folders (searched for Dockerfiles) and globs; `-` is standard input. Each file gets the
 * config found from its folder upward unless `options.config` is given. Unreadable files and invalid
 * discovered configs are reported per file in `error`; an invalid `options.config` throws {@link ConfigError}.
 */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesResult> {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules ?? allRules;
  const index = RuleIndex.of(rules);
  checkOverrides(options.ruleOverrides, index);
  const fixed = options.config === undefined ? undefined : toResolvedConfig(options.config, cwd);
  if (fixed) checkRuleNames(fixed, index);
  const finder = new ConfigFinder();
  const checked = new WeakSet<ResolvedConfig>();
  const matchers = new WeakMap<ResolvedConfig, (rel: string) => boolean>();

  const configFor = (dir: string): ResolvedConfig => {
    const config = fixed ?? finder.configFor(dir);
    if (!checked.has(config)) {
      checkRuleNames(config, index);
      checked.add(config);
    }
    return config;
  };
  const ignored = (config: ResolvedConfig, absFile: string): boolean => {
    if (config.ignorePaths.length === 0) return false;
    const base = config.baseDir ?? cwd;
    const rel = path.relative(base, absFile);
    if (rel.startsWith("..") || path.isAbsolute(rel)) return false;
    let match = matchers.get(config);
    if (!match) matchers.set(config, (match = globMatcher(config.ignorePaths)));
    return match(rel.split(path.sep).join("/"));
  };

  const targets = await expandTargets(paths, { cwd });
  const results: (FileResult | null)[] = await mapLimit(targets.files, 16, async (file): Promise<FileResult | null> => {
    const isStdin = file === "-";
    const name = isStdin ? options.stdinFilename ?? "<stdin>" : file;
    const abs = path.resolve(cwd, isStdin ? options.stdinFilename ?? "Dockerfile" : file);
    let config: ResolvedConfig;
    try {
      config = configFor(path.dirname(abs));
    } catch (error) {
      if (error instanceof ConfigError) return { file: name, findings: [], error: error.message };
      throw error;
    }
    if (!isStdin && ignored(config, abs)) return null;
    let text: string;
    try {
      if (isStdin) text = typeof options.stdin === "string" ? options.stdin : await (options.stdin ?? readStdin)();
      else text = await readFile(abs, "utf8");
    } catch (error) {
      return { file: name, findings: [], error: readError(name, error) };
    }
    const effective = withOverrides(config, options.ruleOverrides);
    if (options.fix) {
      const outcome = fixText(text, (t) => lintWith(t, name, effective, rules), options.fix);
      return { file: name, findings: outcome.remaining, source: outcome.output, failureThreshold: config.failureThreshold, ...(isStdin ? { stdin: true } : {}), fix: { ...outcome, input: text } };
    }
    const findings = lintWith(text, name, effective, rules);
    return { file: name, findings, source: text, failureThreshold: config.failureThreshold };
  });
  const out = results.filter((r): r is FileResult => r !== null);
  for (const e of targets.errors) out.push({ file: e.path, findings: [], error: e.message });
  return { results: out };
}

/** Every rule's metadata (registered rules plus the built-in ids), sorted by id. */
export function listRules(rules: readonly Rule[] = allRules): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  // A registered rule module wins over the engine's built-in metadata for the same id.
  for (const meta of [...rules.map((r) => r.meta), ...BUILTIN_RULES]) if (!byId.has(meta.id)) byId.set(meta.id, meta);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** True when a finding of `severity` is at or above `threshold` (so the run fails). */
export function meetsThreshold(severity: Severity, threshold: FailureThreshold): boolean {
  return threshold !== "none" && SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
