/**
 * The rule registry: every rule module, sorted by id. The engine knows rules only through this list.
 * Importing it has no side effects (modules only build their `Rule` objects).
 */
import type { Rule } from "../src/engine/types.js";
import addInsteadOfCopy from "./add-instead-of-copy.js";
import addUrlWithoutChecksum from "./add-url-without-checksum.js";
import apkNoCache from "./apk-no-cache.js";
import apkUnpinned from "./apk-unpinned.js";
import aptGetMissingYes from "./apt-get-missing-yes.js";
import aptGetUnpinned from "./apt-get-unpinned.js";
import aptListsNotRemoved from "./apt-lists-not-removed.js";
import aptNoInstallRecommends from "./apt-no-install-recommends.js";
import aptUseAptGet from "./apt-use-apt-get.js";
import cdInsteadOfWorkdir from "./cd-instead-of-workdir.js";
import chmodWorldWritable from "./chmod-world-writable.js";
import cmdIgnored from "./cmd-ignored.js";
import consecutiveRun from "./consecutive-run.js";
import consistentInstructionCasing from "./consistent-instruction-casing.js";
import copyArchiveThenExtract from "./copy-archive-then-extract.js";
import copyEntireFilesystem from "./copy-entire-filesystem.js";
import copyFromOwnStage from "./copy-from-own-stage.js";
import copyFromUndefinedStage from "./copy-from-undefined-stage.js";
import copyIgnoredFile from "./copy-ignored-file.js";
import copyMultipleSourcesNeedsSlash from "./copy-multiple-sources-needs-slash.js";
import copyRelativeDestination from "./copy-relative-destination.js";
import curlAndWget from "./curl-and-wget.js";
import dnfCacheNotCleaned from "./dnf-cache-not-cleaned.js";
import dnfMissingYes from "./dnf-missing-yes.js";
import dnfUnpinned from "./dnf-unpinned.js";
import duplicateStageName from "./duplicate-stage-name.js";
import emptyContinuation from "./empty-continuation.js";
import envLegacyFormat from "./env-legacy-format.js";
import envSameStatementReference from "./env-same-statement-reference.js";
import exposeInvalidFormat from "./expose-invalid-format.js";
import exposePortOutOfRange from "./expose-port-out-of-range.js";
import exposeProtoCasing from "./expose-proto-casing.js";
import finalUserRoot from "./final-user-root.js";
import fromAsCasing from "./from-as-casing.js";
import fromLatest from "./from-latest.js";
import fromPlatformFlag from "./from-platform-flag.js";
import fromPlatformFlagConst from "./from-platform-flag-const.js";
import fromUntagged from "./from-untagged.js";
import fromUntrustedRegistry from "./from-untrusted-registry.js";
import gemUnpinned from "./gem-unpinned.js";
import goUnpinned from "./go-unpinned.js";
import healthcheckMissing from "./healthcheck-missing.js";
import inlineComment from "./inline-comment.js";
import inlineIgnorePragma from "./inline-ignore-pragma.js";
import insecureDownload from "./insecure-download.js";
import instructionBeforeFrom from "./instruction-before-from.js";
import invalidDefaultArgInFrom from "./invalid-default-arg-in-from.js";
import invalidDefinitionDescription from "./invalid-definition-description.js";
import invalidDirective from "./invalid-directive.js";
import invalidExecForm from "./invalid-exec-form.js";
import invalidFlag from "./invalid-flag.js";
import invalidInstruction from "./invalid-instruction.js";
import labelEmpty from "./label-empty.js";
import labelInvalidEmail from "./label-invalid-email.js";
import labelInvalidGitHash from "./label-invalid-git-hash.js";
import labelInvalidRfc3339 from "./label-invalid-rfc3339.js";
import labelInvalidSemver from "./label-invalid-semver.js";
import labelInvalidSpdx from "./label-invalid-spdx.js";
import labelInvalidUrl from "./label-invalid-url.js";
import labelKeyInvalid from "./label-key-invalid.js";
import labelMissing from "./label-missing.js";
import labelNotInSchema from "./label-not-in-schema.js";
import lastUserRoot from "./last-user-root.js";
import lineTooLong from "./line-too-long.js";
import lnToBinSh from "./ln-to-bin-sh.js";
import maintainerDeprecated from "./maintainer-deprecated.js";
import missingPipefail from "./missing-pipefail.js";
import multipleCmd from "./multiple-cmd.js";
import multipleEntrypoint from "./multiple-entrypoint.js";
import multipleHealthcheck from "./multiple-healthcheck.js";
import noInstructions from "./no-instructions.js";
import npmUnpinned from "./npm-unpinned.js";
import onbuildInvalidTrigger from "./onbuild-invalid-trigger.js";
import passwordOnCommandLine from "./password-on-command-line.js";
import pipNoCacheDir from "./pip-no-cache-dir.js";
import pipUnpinned from "./pip-unpinned.js";
import pipeToShell from "./pipe-to-shell.js";
import pointlessCommand from "./pointless-command.js";
import redundantTargetPlatform from "./redundant-target-platform.js";
import reservedStageName from "./reserved-stage-name.js";
import secretCopied from "./secret-copied.js";
import secretInArgOrEnvValue from "./secret-in-arg-or-env-value.js";
import secretsUsedInArgOrEnv from "./secrets-used-in-arg-or-env.js";
import shellFormCmd from "./shell-form-cmd.js";
import splitUpdateInstall from "./split-update-install.js";
import sshPortExposed from "./ssh-port-exposed.js";
import stageNameCasing from "./stage-name-casing.js";
import sudoUsage from "./sudo-usage.js";
import syntaxError from "./syntax-error.js";
import tlsVerificationDisabled from "./tls-verification-disabled.js";
import undefinedArgInFrom from "./undefined-arg-in-from.js";
import undefinedVar from "./undefined-var.js";
import unknownFlag from "./unknown-flag.js";
import unknownInstruction from "./unknown-instruction.js";
import unknownPackageCommand from "./unknown-package-command.js";
import unsignedPackagesAllowed from "./unsigned-packages-allowed.js";
import unterminatedHeredoc from "./unterminated-heredoc.js";
import userNonNumeric from "./user-non-numeric.js";
import useraddNoLogInit from "./useradd-no-log-init.js";
import wgetNoProgress from "./wget-no-progress.js";
import workdirRelative from "./workdir-relative.js";
import yarnCacheNotCleaned from "./yarn-cache-not-cleaned.js";
import yumCacheNotCleaned from "./yum-cache-not-cleaned.js";
import yumMissingYes from "./yum-missing-yes.js";
import yumUnpinned from "./yum-unpinned.js";
import zypperCacheNotCleaned from "./zypper-cache-not-cleaned.js";
import zypperDistUpgrade from "./zypper-dist-upgrade.js";
import zypperMissingYes from "./zypper-missing-yes.js";
import zypperUnpinned from "./zypper-unpinned.js";

/** Every rule, sorted by id. */
export const allRules: Rule[] = [
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
  copyIgnoredFile,
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
];
