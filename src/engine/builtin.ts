/**
 * Findings that come from the engine itself rather than a rule module: parser diagnostics, rules that
 * crashed, and suppressions that hide nothing. They have ids and can be configured like rules.
 * @module
 */
import type { RuleMeta } from "./types.js";

/** The rule id of a finding reporting that a rule threw. */
export const INTERNAL_ERROR = "internal-error";
/** The rule id of a finding reporting a suppression comment that hid nothing. */
export const UNUSED_SUPPRESSION = "unused-suppression";

function meta(
  id: string,
  severity: RuleMeta["severity"],
  description: string,
  why: string,
  bad: string,
  good: string,
  extra: Partial<RuleMeta> = {},
): RuleMeta {
  return { id, aliases: [], severity, category: "correctness", docs: { description, why, bad, good }, ...extra };
}

const buildFails = "BuildKit rejects the file, so the image cannot be built.";

/** Metadata of the parser diagnostic codes, the internal error and the unused-suppression report. */
export const BUILTIN_RULES: readonly RuleMeta[] = [
  meta("empty-continuation", "warning", "A line continuation is followed by an empty line",
    "BuildKit accepts empty lines inside a continued instruction but warns about them, and a future version may reject them.",
    "FROM alpine\nRUN apk add \\\n\n  curl\n", "FROM alpine\nRUN apk add \\\n  curl\n", { aliases: ["NoEmptyContinuation"] }),
  meta("instruction-before-from", "error", "An instruction other than ARG comes before the first FROM", buildFails,
    "RUN true\nFROM alpine\n", "FROM alpine\nRUN true\n"),
  meta("invalid-flag", "error", "An instruction flag has an invalid value", buildFails,
    "FROM alpine\nRUN --network=fast true\n", "FROM alpine\nRUN --network=none true\n"),
  meta("invalid-instruction", "error", "An instruction has the wrong number or form of arguments", buildFails,
    "FROM alpine\nWORKDIR\n", "FROM alpine\nWORKDIR /app\n"),
  meta("syntax-error", "error", "The Dockerfile cannot be parsed", buildFails,
    "FROM alpine\nCOPY <<EOF /x\n", "FROM alpine\nCOPY <<EOF /x\nhello\nEOF\n"),
  meta("unknown-flag", "error", "An instruction has a flag it does not accept", buildFails,
    "FROM alpine\nCOPY --form=build /a /b\n", "FROM alpine\nCOPY --from=build /a /b\n"),
  meta("unknown-instruction", "error", "A line starts with a word that is not a Dockerfile instruction", buildFails,
    "FROM alpine\nFORM alpine\n", "FROM alpine\n"),
  meta(INTERNAL_ERROR, "error", "A rule crashed while checking the file",
    "The other rules still ran, but the crashed rule may have missed problems. Please report it with the Dockerfile.",
    "", ""),
  meta(UNUSED_SUPPRESSION, "warning", "A suppression comment hides no finding",
    "Stale suppressions hide future problems and mislead readers; remove them or fix the rule name.",
    "# shipshape ignore=untagged-base-image\nFROM alpine:3.20\n", "FROM alpine:3.20\n",
    { category: "maintainability", disabledByDefault: true }),
];

/**
 * BuildKit's lint check names (`docker build --check`, `# check=skip=...`). A rule with one of these
 * (or any PascalCase name) among its aliases is a "BuildKit check" for `check=skip=all` and
 * `check=error=true`.
 */
export const BUILDKIT_CHECKS: readonly string[] = [
  "ConsistentInstructionCasing",
  "CopyIgnoredFile",
  "DuplicateStageName",
  "ExposeInvalidFormat",
  "ExposeProtoCasing",
  "FromAsCasing",
  "FromPlatformFlagConstDisallowed",
  "InvalidBaseImagePlatform",
  "InvalidDefaultArgInFrom",
  "InvalidDefinitionDescription",
  "JSONArgsRecommended",
  "LegacyKeyValueFormat",
  "MaintainerDeprecated",
  "MultipleInstructionsDisallowed",
  "NoEmptyContinuation",
  "RedundantTargetPlatform",
  "ReservedStageName",
  "SecretsUsedInArgOrEnv",
  "StageNameCasing",
  "UndefinedArgInFrom",
  "UndefinedVar",
  "WorkdirRelativePath",
];

const buildkitSet = new Set(BUILDKIT_CHECKS.map((n) => n.toLowerCase()));

/** True when `alias` names a BuildKit check: a known one, or a PascalCase name without digits or separators. */
export function isBuildkitCheckName(alias: string): boolean {
  return buildkitSet.has(alias.toLowerCase()) || /^[A-Z][A-Za-z]*[a-z][A-Za-z]*$/.test(alias);
}
