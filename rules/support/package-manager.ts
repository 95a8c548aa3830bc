/**
 * Rule builders shared by the yum, dnf/microdnf and zypper rules: a missing `-y`, a package cache left
 * in the layer, and unpinned packages. Each rule module supplies its tools and wording.
 */
import type { Dockerfile, Instruction, RunInstruction } from "../../src/ast/types.js";
import type { Range } from "../../src/ast/types.js";
import { packageCommand, type PackageCommand, type PackageTool } from "../../src/analysis/packages.js";
import { mountKeepsOut, rpmAction, rpmPin, variableDefinedAt, type RpmAction } from "../../src/analysis/package-extras.js";
import { finalStageIndexes, spanRange, stageInfo } from "../../src/analysis/queries.js";
import { commandsOf, type FoundCommand } from "../../src/analysis/shell.js";
import type { Rule, RuleMeta } from "../../src/engine/types.js";
import type { Word } from "../../src/shell/types.js";
import { wordShape } from "../../src/shell/words.js";

/** The calls of `tools` in a RUN, in execution order, with what each does. */
export function rpmActions(node: Instruction, ast: Dockerfile, tools: readonly PackageTool[]): RpmAction[] {
  const out: RpmAction[] = [];
  for (const found of commandsOf(node, ast)) {
    const call = packageCommand(found);
    if (call !== null && tools.includes(call.tool)) out.push(rpmAction(call));
  }
  return out;
}

/** The range to report for an action: its action word, else the command name. */
export function actionRange(a: RpmAction): Range {
  return spanRange(a.call.found, a.actionWord ?? a.call.found.nameWord);
}

/** True when the RUN's layer ends up in the final image (its stage is the last or an ancestor of it), or it is an ONBUILD trigger. */
export function reachesFinalImage(node: Instruction, ast: Dockerfile): boolean {
  if (node.onbuild) return true;
  const stage = stageInfo(node, ast);
  return stage === null || finalStageIndexes(ast).has(stage.index);
}

/** True when `rm` removes `dir` (or a parent of it, or something inside it: `rm -rf /var/cache/yum/*`). */
export function removesDir(found: FoundCommand, dirs: readonly string[]): boolean {
  if (found.name !== "rm") return false;
  return found.args.some((a) => {
    const path = wordShape(a).replace(/\/?\*+$/, "").replace(/\/+$/, "");
    if (path === "" || !path.startsWith("/")) return false;
    return dirs.some((d) => d === path || d.startsWith(path + "/") || path.startsWith(d + "/"));
  });
}

/** Builds a "-y missing" rule: reports the action word of each prompting call that does not assume yes. */
export function missingYesRule(options: {
  meta: RuleMeta;
  tools: readonly PackageTool[];
  /** The call prompts (by its parsed subcommand or action). */
  prompts: (call: PackageCommand) => string | undefined;
  /** The call will not prompt. */
  assumesYes: (call: PackageCommand) => boolean;
  /** The word to report. */
  word: (call: PackageCommand) => Word | undefined;
}): Rule {
  return {
    meta: options.meta,
    create(context) {
      return {
        RUN(node: RunInstruction) {
          for (const found of commandsOf(node, context.ast)) {
            const call = packageCommand(found);
            if (call === null || !options.tools.includes(call.tool)) continue;
            const action = options.prompts(call);
            if (action === undefined || options.assumesYes(call)) continue;
            context.report({
              range: spanRange(found, options.word(call) ?? found.nameWord),
              message: `${found.name} ${action} runs without -y, so it stops at the confirmation prompt and the build fails`,
            });
          }
        },
      };
    },
  };
}

/** Builds a "cache left in the layer" rule: the last fetching call of each tool needs a later clean-up. */
export function cacheNotCleanedRule(options: {
  meta: RuleMeta;
  tools: readonly PackageTool[];
  /** The call downloads packages; returns the word to report. */
  fetches: (call: PackageCommand) => Word | undefined;
  /** The command cleans the cache of `tool`. */
  cleans: (found: FoundCommand, tool: PackageTool) => boolean;
  /** Cache directories (mounts over them, or their removal, keep the layer clean). */
  cacheDirs: readonly string[];
  /** Mount target fragments that count too (`.cache/libdnf5` under any home). */
  mountFragments?: readonly string[];
  /** The clean-up to suggest, e.g. `yum clean all`, given the command name as written (`tdnf`). */
  cleanCommand: (name: string) => string;
}): Rule {
  return {
    meta: options.meta,
    create(context) {
      return {
        RUN(node: RunInstruction) {
          if (mountKeepsOut(node, options.cacheDirs, options.mountFragments)) return;
          const commands = commandsOf(node, context.ast);
          const last = new Map<PackageTool, { call: PackageCommand; word: Word; index: number }>();
          commands.forEach((found, index) => {
            const call = packageCommand(found);
            if (call === null || !options.tools.includes(call.tool)) return;
            const word = options.fetches(call);
            if (word !== undefined) last.set(call.tool, { call, word, index });
          });
          if (last.size === 0 || !reachesFinalImage(node, context.ast)) return;
          for (const [tool, { call, word, index }] of last) {
            const cleaned = commands.slice(index + 1).some((c) => options.cleans(c, tool) || removesDir(c, options.cacheDirs));
            if (cleaned) continue;
            context.report({
              range: spanRange(call.found, word),
              message: `The ${call.found.name} cache stays in the layer; end the RUN with ${options.cleanCommand(call.found.name)}`,
            });
          }
        },
      };
    },
  };
}

/** Builds the yum/dnf unpinned-package rule. */
export function rpmUnpinnedRule(meta: RuleMeta, tools: readonly PackageTool[]): Rule {
  return {
    meta,
    create(context) {
      return {
        RUN(node: RunInstruction) {
          for (const a of rpmActions(node, context.ast, tools)) {
            if (a.action !== "install" || a.kind === "group") continue;
            for (const word of a.operands) {
              const shape = wordShape(word);
              if (a.kind === "module") {
                if (word.value === undefined || word.value.includes(":") || word.value.startsWith("/")) continue;
                context.report({
                  range: spanRange(a.call.found, word),
                  message: `Module '${shape}' is installed without a stream; pin it as ${shape}:<stream>`,
                });
                continue;
              }
              const pin = rpmPin(word, (name) => variableDefinedAt(context.ast, node, name));
              if (pin === "pinned" || pin === "not-judged") continue;
              context.report({
                range: spanRange(a.call.found, word),
                message:
                  pin === "unpinned"
                    ? `Package '${shape}' is installed without a version; pin it as ${shape}-<version>`
                    : `Package '${shape}' takes its version from $${pin.undefinedVariable}, which no ARG or ENV defines at this point`,
              });
            }
          }
        },
      };
    },
  };
}
