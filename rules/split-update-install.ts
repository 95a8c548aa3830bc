/**
 * A package-index update (`apt-get update`, `apk update`, `dnf makecache`, `zypper refresh`) in a RUN
 * that installs nothing after it with the same tool. Docker caches that layer: later RUNs that install
 * keep using the index from the day the cache was made, and fail once the archive has moved on.
 * (Hadolint has no exact equivalent; Checkov's CKV_DOCKER_5 and Trivy's DS017 check the same idea.)
 */
import type { Instruction, RunInstruction } from "../src/ast/types.js";
import { indexFamily, UPDATE_SUBCOMMANDS, type PackageCommand, type PackageTool } from "../src/analysis/packages.js";
import { packageCommands, spanRangeBetween, stageInfo } from "../src/analysis/queries.js";
import { commandsOf, shellScripts, type FoundCommand } from "../src/analysis/shell.js";
import { wordShape } from "../src/shell/words.js";
import type { Fix, Rule, RuleContext } from "../src/engine/types.js";

/** Subcommands that install named packages, and so use the index an update fetched. */
const INSTALLS: Readonly<Record<PackageTool, readonly string[]>> = {
  "apt-get": ["install", "reinstall", "build-dep", "satisfy", "source"],
  apt: ["install", "reinstall", "build-dep", "satisfy", "source"],
  apk: ["add", "fetch"],
  yum: ["install", "groupinstall", "localinstall", "reinstall", "builddep", "group", "download"],
  dnf: ["install", "groupinstall", "localinstall", "reinstall", "builddep", "group", "download"],
  microdnf: ["install", "reinstall", "download"],
  zypper: ["install", "source-install", "download"],
  pip: [],
  gem: [],
};

/** Where each index family keeps the index an update downloads. */
const INDEX_DIRS: Readonly<Record<string, readonly string[]>> = {
  apt: ["/var/lib/apt/lists"],
  apk: ["/var/cache/apk", "/etc/apk/cache"],
  rpm: ["/var/cache/dnf", "/var/cache/yum", "/var/cache/tdnf"],
  zypper: ["/var/cache/zypp"],
};

/** True when a later command of the same script deletes the index again (`rm -rf /var/lib/apt/lists/*`, `dnf clean all`, `zypper clean`). */
function indexRemovedAfter(update: PackageCommand, calls: readonly PackageCommand[], all: readonly FoundCommand[]): boolean {
  const family = indexFamily(update.tool);
  const after = (c: FoundCommand) => c.source === update.found.source && c.command.start > update.found.command.start;
  const dirs = INDEX_DIRS[family] ?? [];
  if (all.some((c) => after(c) && c.name === "rm" && c.args.some((a) => dirs.some((d) => wordShape(a).startsWith(d))))) return true;
  const clean = family === "apt" ? ["dist-clean", "distclean"] : ["clean"];
  return calls.some((c) => after(c.found) && indexFamily(c.tool) === family && clean.includes(c.parsed.subcommandName ?? ""));
}

function isUpdate(call: PackageCommand): boolean {
  return call.parsed.subcommand !== undefined && (UPDATE_SUBCOMMANDS[call.tool] ?? []).includes(call.parsed.subcommandName ?? "");
}

function installsWith(call: PackageCommand, family: string): boolean {
  return indexFamily(call.tool) === family && call.parsed.subcommand !== undefined && INSTALLS[call.tool].includes(call.parsed.subcommandName ?? "");
}

/** Unsafe fix: the RUN holds only the update and the next RUN of the stage installs with the same tool. */
function mergeFix(context: RuleContext, node: RunInstruction, update: PackageCommand): Fix | undefined {
  if (node.onbuild || node.flags.length > 0 || node.command.form !== "shell" || node.heredocs.length > 0) return undefined;
  const scripts = shellScripts(node, context.ast);
  const script = scripts[0];
  if (scripts.length !== 1 || script.kind !== "shell-form" || script.script.errors.length > 0 || script.script.commands.length !== 1) return undefined;
  const stage = stageInfo(node, context.ast);
  if (stage === null) return undefined;
  let next: Instruction | undefined;
  for (const ins of stage.instructions.slice(stage.position + 1)) {
    if (ins.kind === "USER" || ins.kind === "SHELL") return undefined;
    if (ins.kind === "RUN") {
      next = ins;
      break;
    }
  }
  if (next === undefined || next.kind !== "RUN" || next.command.form !== "shell" || next.heredocs.length > 0 || next.command.range === null) return undefined;
  const family = indexFamily(update.tool);
  if (!packageCommands(next, context.ast).some((c) => installsWith(c, family))) return undefined;
  const text = context.text;
  let start = node.range.start.offset;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (/^[ \t]*$/.test(text.slice(lineStart, start))) start = lineStart;
  let end = node.range.end.offset;
  if (text.startsWith("\r\n", end)) end += 2;
  else if (text.startsWith("\n", end)) end += 1;
  const updateText = script.script.text.slice(update.found.command.start, update.found.command.end);
  const at = next.command.range.start.offset;
  return {
    description: `Move '${updateText}' into the next RUN`,
    safe: false,
    edits: [
      { start, end, text: "" },
      { start: at, end: at, text: `${updateText} && ` },
    ],
  };
}

const rule: Rule = {
  meta: {
    id: "split-update-install",
    aliases: ["DS017", "CKV_DOCKER_5"],
    severity: "warning",
    category: "correctness",
    fix: { safe: false },
    docs: {
      description: "A package index update runs in a RUN that installs nothing after it",
      why:
        "Docker caches each RUN by its text. A RUN that only runs `apt-get update` (or `apk update`, " +
        "`dnf makecache`, `zypper refresh`) is cached once and never refreshed, so the installs in later RUNs " +
        "use an old index and fail with 404 errors once the archive has moved on, or install outdated packages. " +
        "Update and install in the same RUN: `apt-get update && apt-get install -y ...`. The fix moves the update " +
        "into the next RUN of the stage when that RUN installs with the same tool; it is unsafe because it " +
        "changes which layers the build cache reuses and drops the lone RUN (with any comment on its line).",
      bad: "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n",
      good: "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        const calls = packageCommands(node, context.ast);
        for (const call of calls) {
          if (!isUpdate(call)) continue;
          const family = indexFamily(call.tool);
          const installedAfter = calls.some(
            (c) => installsWith(c, family) && (c.found.source !== call.found.source || c.found.command.start > call.found.command.start),
          );
          if (installedAfter || indexRemovedAfter(call, calls, commandsOf(node, context.ast))) continue;
          const fix = mergeFix(context, node, call);
          const words = `${call.found.name} ${call.parsed.subcommandName}`;
          context.report({
            range: spanRangeBetween(call.found, call.found.nameWord, call.parsed.subcommand!),
            message: `'${words}' runs without an install after it in the same RUN, so later installs can use a stale cached index`,
            ...(fix ? { fix } : {}),
          });
        }
      },
    };
  },
};

export default rule;
