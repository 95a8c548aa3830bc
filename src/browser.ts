/**
 * The browser-safe entry point: everything the playground (or any web page) needs to parse, print, lint
 * and fix Dockerfile text, with no Node built-in reachable from here. The package root (`index.ts`) is
 * not browser-safe: it re-exports config loading, `lintFiles` and atomic file writes.
 *
 * Modules this file deliberately does not import, and why:
 * - `lint.ts` (and so `fix/fix.ts`, which calls its `lint`) imports `node:fs/promises` and `node:path`
 *   itself, and `config/load.ts` / `config/targets.ts` (`node:fs`, `node:module`, `node:path`);
 * - `rules/index.ts` registers `copy-ignored-file`, which imports `analysis/dockerignore.ts`
 *   (`node:fs`, `node:path`) to read `.dockerignore` from disk;
 * - `formatters/util.ts` (home of `ruleDocsUrl`) imports `node:fs`, `node:path` and `node:url`.
 *
 * So {@link lint} and {@link fix} here are built from the lower-level pieces (the parser, the engine's
 * `runRules`, the fixer's `fixText`) and {@link browserRules} lists the rule modules one by one. A test
 * (`test/playground/browser.test.ts`) keeps that list equal to `allRules` minus {@link UNAVAILABLE_RULES},
 * and `RULE_DOCS_BASE` equal to the formatters' one; the playground build fails if a `node:` import or a
 * `require()` of a built-in ends up in the bundle.
 * @module
 */
import { parse } from "./ast/parse.js";
import type { FailureThreshold } from "./config/types.js";
import { BUILTIN_RULES } from "./engine/builtin.js";
import type { Finding } from "./engine/finding.js";
import { RuleIndex, type RuleSetting } from "./engine/registry.js";
import { runRules, type EngineConfig } from "./engine/run.js";
import { SEVERITIES, type Rule, type RuleMeta, type Severity } from "./engine/types.js";
import { fixText } from "./fix/engine.js";
import type { FixMode, FixOutcome } from "./fix/types.js";
// rules:imports (kept in step with rules/index.ts by `node playground/sync-browser-rules.mjs`)
import addInsteadOfCopy from "../rules/add-instead-of-copy.js";
import addUrlWithoutChecksum from "../rules/add-url-without-checksum.js";
import apkNoCache from "../rules/apk-no-cache.js";
import apkUnpinned from "../rules/apk-unpinned.js";
import aptGetMissingYes from "../rules/apt-get-missing-yes.js";
import aptGetUnpinned from "../rules/apt-get-unpinned.js";
import aptListsNotRemoved from "../rules/apt-lists-not-removed.js";
import aptNoInstallRecommends from "../rules/apt-no-install-recommends.js";
import aptUseAptGet from "../rules/apt-use-apt-get.js";
import cdInsteadOfWorkdir from "../rules/cd-instead-of-workdir.js";
import chmodWorldWritable from "../rules/chmod-world-writable.js";
import cmdIgnored from "../rules/cmd-ignored.js";
import consecutiveRun from "../rules/consecutive-run.js";
import consistentInstructionCasing from "../rules/consistent-instruction-casing.js";
import copyArchiveThenExtract from "../rules/copy-archive-then-extract.js";
import copyEntireFilesystem from "../rules/copy-entire-filesystem.js";
import copyFromOwnStage from "../rules/copy-from-own-stage.js";
import copyFromUndefinedStage from "../rules/copy-from-undefined-stage.js";
import copyMultipleSourcesNeedsSlash from "../rules/copy-multiple-sources-needs-slash.js";
import copyRelativeDestination from "../rules/copy-relative-destination.js";
import curlAndWget from "../rules/curl-and-wget.js";
import dnfCacheNotCleaned from "../rules/dnf-cache-not-cleaned.js";
import dnfMissingYes from "../rules/dnf-missing-yes.js";
import dnfUnpinned from "../rules/dnf-unpinned.js";
import duplicateStageName from "../rules/duplicate-stage-name.js";
import emptyContinuation from "../rules/empty-continuation.js";
import envLegacyFormat from "../rules/env-legacy-format.js";
import envSameStatementReference from "../rules/env-same-statement-reference.js";
import exposeInvalidFormat from "../rules/expose-invalid-format.js";
import exposePortOutOfRange from "../rules/expose-port-out-of-range.js";
import exposeProtoCasing from "../rules/expose-proto-casing.js";
import finalUserRoot from "../rules/final-user-root.js";
import fromAsCasing from "../rules/from-as-casing.js";
import fromLatest from "../rules/from-latest.js";
import fromPlatformFlag from "../rules/from-platform-flag.js";
import fromPlatformFlagConst from "../rules/from-platform-flag-const.js";
import fromUntagged from "../rules/from-untagged.js";
import fromUntrustedRegistry from "../rules/from-untrusted-registry.js";
import gemUnpinned from "../rules/gem-unpinned.js";
import goUnpinned from "../rules/go-unpinned.js";
import healthcheckMissing from "../rules/healthcheck-missing.js";
import inlineComment from "../rules/inline-comment.js";
import inlineIgnorePragma from "../rules/inline-ignore-pragma.js";
import insecureDownload from "../rules/insecure-download.js";
import instructionBeforeFrom from "../rules/instruction-before-from.js";
import invalidDefaultArgInFrom from "../rules/invalid-default-arg-in-from.js";
import invalidDefinitionDescription from "../rules/invalid-definition-description.js";
import invalidDirective from "../rules/invalid-directive.js";
import invalidExecForm from "../rules/invalid-exec-form.js";
import invalidFlag from "../rules/invalid-flag.js";
import invalidInstruction from "../rules/invalid-instruction.js";
import labelEmpty from "../rules/label-empty.js";
import labelInvalidEmail from "../rules/label-invalid-email.js";
import labelInvalidGitHash from "../rules/label-invalid-git-hash.js";
import labelInvalidRfc3339 from "../rules/label-invalid-rfc3339.js";
import labelInvalidSemver from "../rules/label-invalid-semver.js";
import labelInvalidSpdx from "../rules/label-invalid-spdx.js";
import labelInvalidUrl from "../rules/label-invalid-url.js";
import labelKeyInvalid from "../rules/label-key-invalid.js";
import labelMissing from "../rules/label-missing.js";
import labelNotInSchema from "../rules/label-not-in-schema.js";
import lastUserRoot from "../rules/last-user-root.js";
import lineTooLong from "../rules/line-too-long.js";
import lnToBinSh from "../rules/ln-to-bin-sh.js";
import maintainerDeprecated from "../rules/maintainer-deprecated.js";
import missingPipefail from "../rules/missing-pipefail.js";
import multipleCmd from "../rules/multiple-cmd.js";
import multipleEntrypoint from "../rules/multiple-entrypoint.js";
import multipleHealthcheck from "../rules/multiple-healthcheck.js";
import noInstructions from "../rules/no-instructions.js";
import npmUnpinned from "../rules/npm-unpinned.js";
import onbuildInvalidTrigger from "../rules/onbuild-invalid-trigger.js";
import passwordOnCommandLine from "../rules/password-on-command-line.js";
import pipNoCacheDir from "../rules/pip-no-cache-dir.js";
import pipUnpinned from "../rules/pip-unpinned.js";
import pipeToShell from "../rules/pipe-to-shell.js";
import pointlessCommand from "../rules/pointless-command.js";
import redundantTargetPlatform from "../rules/redundant-target-platform.js";
import reservedStageName from "../rules/reserved-stage-name.js";
import secretCopied from "../rules/secret-copied.js";
import secretInArgOrEnvValue from "../rules/secret-in-arg-or-env-value.js";
import secretsUsedInArgOrEnv from "../rules/secrets-used-in-arg-or-env.js";
import shellFormCmd from "../rules/shell-form-cmd.js";
import splitUpdateInstall from "../rules/split-update-install.js";
import sshPortExposed from "../rules/ssh-port-exposed.js";
import stageNameCasing from "../rules/stage-name-casing.js";
import sudoUsage from "../rules/sudo-usage.js";
import syntaxError from "../rules/syntax-error.js";
import tlsVerificationDisabled from "../rules/tls-verification-disabled.js";
import undefinedArgInFrom from "../rules/undefined-arg-in-from.js";
import undefinedVar from "../rules/undefined-var.js";
import unknownFlag from "../rules/unknown-flag.js";
import unknownInstruction from "../rules/unknown-instruction.js";
import unknownPackageCommand from "../rules/unknown-package-command.js";
import unsignedPackagesAllowed from "../rules/unsigned-packages-allowed.js";
import unterminatedHeredoc from "../rules/unterminated-heredoc.js";
import userNonNumeric from "../rules/user-non-numeric.js";
import useraddNoLogInit from "../rules/useradd-no-log-init.js";
import wgetNoProgress from "../rules/wget-no-progress.js";
import workdirRelative from "../rules/workdir-relative.js";
import yarnCacheNotCleaned from "../rules/yarn-cache-not-cleaned.js";
import yumCacheNotCleaned from "../rules/yum-cache-not-cleaned.js";
import yumMissingYes from "../rules/yum-missing-yes.js";
import yumUnpinned from "../rules/yum-unpinned.js";
import zypperCacheNotCleaned from "../rules/zypper-cache-not-cleaned.js";
import zypperDistUpgrade from "../rules/zypper-dist-upgrade.js";
import zypperMissingYes from "../rules/zypper-missing-yes.js";
import zypperUnpinned from "../rules/zypper-unpinned.js";
// rules:imports end

export { parse, print, toBuildkitDump, LineIndex } from "./ast/index.js";
export type * from "./ast/types.js";
export * from "./engine/types.js";
export { compareFindings, type Finding } from "./engine/finding.js";
export { runRules, defaultRuleSettings, type EngineConfig, type RunOptions } from "./engine/run.js";
export { BUILTIN_RULES, INTERNAL_ERROR, UNUSED_SUPPRESSION } from "./engine/builtin.js";
export { RuleIndex, type RuleSetting, type RuleSeveritySetting } from "./engine/registry.js";
export { fixText, DEFAULT_MAX_PASSES, type LintText } from "./fix/engine.js";
export { applyEdits, editsConflict, prepareEdits } from "./fix/edits.js";
export type { AppliedFix, DroppedFix, FixMode, FixOutcome } from "./fix/types.js";
export type { FailureThreshold } from "./config/types.js";

/** Rules that need files on disk, so they are left out of {@link browserRules}, with the reason. */
export const UNAVAILABLE_RULES: Readonly<Record<string, string>> = {
  "copy-ignored-file": "reads .dockerignore from the build context on disk",
};

/** Every registered rule that runs on text alone (all of `allRules` but {@link UNAVAILABLE_RULES}), sorted by id. */
export const browserRules: readonly Rule[] = [
  // rules:list
  addInsteadOfCopy,
  addUrlWithoutChecksum,
  apkNoCache,
  apkUnpinned,
  aptGetMissingYes,
  aptGetUnpinned,
  aptListsNotRemoved,
  aptNoInstallRecommends,
  aptUseAptGet,
  cdInsteadOfWorkdir,
  chmodWorldWritable,
  cmdIgnored,
  consecutiveRun,
  consistentInstructionCasing,
  copyArchiveThenExtract,
  copyEntireFilesystem,
  copyFromOwnStage,
  copyFromUndefinedStage,
  copyMultipleSourcesNeedsSlash,
  copyRelativeDestination,
  curlAndWget,
  dnfCacheNotCleaned,
  dnfMissingYes,
  dnfUnpinned,
  duplicateStageName,
  emptyContinuation,
  envLegacyFormat,
  envSameStatementReference,
  exposeInvalidFormat,
  exposePortOutOfRange,
  exposeProtoCasing,
  finalUserRoot,
  fromAsCasing,
  fromLatest,
  fromPlatformFlag,
  fromPlatformFlagConst,
  fromUntagged,
  fromUntrustedRegistry,
  gemUnpinned,
  goUnpinned,
  healthcheckMissing,
  inlineComment,
  inlineIgnorePragma,
  insecureDownload,
  instructionBeforeFrom,
  invalidDefaultArgInFrom,
  invalidDefinitionDescription,
  invalidDirective,
  invalidExecForm,
  invalidFlag,
  invalidInstruction,
  labelEmpty,
  labelInvalidEmail,
  labelInvalidGitHash,
  labelInvalidRfc3339,
  labelInvalidSemver,
  labelInvalidSpdx,
  labelInvalidUrl,
  labelKeyInvalid,
  labelMissing,
  labelNotInSchema,
  lastUserRoot,
  lineTooLong,
  lnToBinSh,
  maintainerDeprecated,
  missingPipefail,
  multipleCmd,
  multipleEntrypoint,
  multipleHealthcheck,
  noInstructions,
  npmUnpinned,
  onbuildInvalidTrigger,
  passwordOnCommandLine,
  pipNoCacheDir,
  pipUnpinned,
  pipeToShell,
  pointlessCommand,
  redundantTargetPlatform,
  reservedStageName,
  secretCopied,
  secretInArgOrEnvValue,
  secretsUsedInArgOrEnv,
  shellFormCmd,
  splitUpdateInstall,
  sshPortExposed,
  stageNameCasing,
  sudoUsage,
  syntaxError,
  tlsVerificationDisabled,
  undefinedArgInFrom,
  undefinedVar,
  unknownFlag,
  unknownInstruction,
  unknownPackageCommand,
  unsignedPackagesAllowed,
  unterminatedHeredoc,
  userNonNumeric,
  useraddNoLogInit,
  wgetNoProgress,
  workdirRelative,
  yarnCacheNotCleaned,
  yumCacheNotCleaned,
  yumMissingYes,
  yumUnpinned,
  zypperCacheNotCleaned,
  zypperDistUpgrade,
  zypperMissingYes,
  zypperUnpinned,
  // rules:list end
];

/** Where each rule's documentation lives (the same base as the formatters' `RULE_DOCS_BASE`). */
export const RULE_DOCS_BASE = "https://github.com/shipshape-lint/shipshape/blob/main/docs/rules/";

/** The documentation URL of a rule (as in SARIF's `helpUri` and the language server). */
export function ruleDocsUrl(id: string): string {
  return RULE_DOCS_BASE + encodeURIComponent(id) + ".md";
}

export interface LintOptions {
  /** Name put on findings and given to rules; default `Dockerfile`. */
  filename?: string;
  /** The engine config: rule settings keyed by id or alias, rule settings, suppression options. */
  config?: EngineConfig;
  /** Rule settings applied on top of `config.rules` (like `--rule id=severity`). */
  ruleOverrides?: Record<string, RuleSetting>;
  /** The rules to run; default {@link browserRules}. */
  rules?: readonly Rule[];
}

export interface LintResult {
  findings: Finding[];
}

function checkNames(settings: Record<string, RuleSetting> | undefined, index: RuleIndex): void {
  for (const name of Object.keys(settings ?? {})) {
    if (!index.lookup(name)) throw new Error(`unknown rule "${name}"`);
  }
}

/** Lints one Dockerfile text. Synchronous and pure; throws only for a rule name it does not know. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const rules = options.rules ?? browserRules;
  const index = RuleIndex.of(rules);
  checkNames(options.config?.rules, index);
  checkNames(options.ruleOverrides, index);
  const filename = options.filename ?? "Dockerfile";
  const config: EngineConfig = { ...options.config, rules: { ...options.config?.rules, ...options.ruleOverrides } };
  const { ast, diagnostics } = parse(text, { filename });
  return { findings: runRules(ast, text, { rules, filename, diagnostics, config }) };
}

export interface FixOptions extends LintOptions, FixMode {}

/**
 * Lints `text` and applies the offered fixes (safe ones; unsafe ones too with `unsafe: true`) in passes,
 * keeping a pass only when it parses and lints no worse: the package's `fix()` without config files.
 */
export function fix(text: string, options: FixOptions = {}): FixOutcome {
  const { unsafe, maxPasses, ...lintOptions } = options;
  return fixText(text, (t) => lint(t, lintOptions).findings, { unsafe, maxPasses });
}

/** Every rule's metadata (the given rules plus the built-in ids), sorted by id. */
export function listRules(rules: readonly Rule[] = browserRules): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  // A registered rule module wins over the engine's built-in metadata for the same id.
  for (const meta of [...rules.map((r) => r.meta), ...BUILTIN_RULES]) if (!byId.has(meta.id)) byId.set(meta.id, meta);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** True when a finding of `severity` is at or above `threshold`. */
export function meetsThreshold(severity: Severity, threshold: Severity | FailureThreshold): boolean {
  return threshold !== "none" && SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
