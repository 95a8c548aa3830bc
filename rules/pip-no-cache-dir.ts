/**
 * `pip install` without `--no-cache-dir` (DL3042): pip keeps downloaded wheels in ~/.cache/pip, in the
 * layer. Silent when PIP_NO_CACHE_DIR is set (ENV or ARG in the stage, a `VAR=1 pip ...` prefix, `env`,
 * or an earlier `export` in the script) or a cache mount covers the pip cache.
 */
import type { Dockerfile, Instruction, RunInstruction } from "../src/ast/types.js";
import { hasOption } from "../src/shell/options.js";
import { cacheMountTargets, spanRange, stageInfo, subcommandCalls } from "../src/analysis/queries.js";
import { commandsOf } from "../src/analysis/shell.js";
import type { Rule } from "../src/engine/types.js";

const VAR = "PIP_NO_CACHE_DIR";

function setInStage(node: Instruction, ast: Dockerfile): boolean {
  const stage = stageInfo(node, ast);
  const before = stage === null ? ast.instructions.filter((i) => i.kind === "ARG") : stage.instructions.slice(0, stage.position);
  return before.some((ins) => (ins.kind === "ENV" || ins.kind === "ARG") && ins.pairs.some((p) => p.key.value === VAR && p.value !== null));
}

const rule: Rule = {
  meta: {
    id: "pip-no-cache-dir",
    aliases: ["DL3042"],
    severity: "warning",
    category: "performance",
    docs: {
      description: "pip install runs without --no-cache-dir",
      why:
        "pip stores every downloaded package in its cache (~/.cache/pip); in an image build that cache is never " +
        "reused but stays in the layer, often adding tens of megabytes. Pass `--no-cache-dir`, set " +
        "`ENV PIP_NO_CACHE_DIR=1`, or mount a build cache on /root/.cache/pip.",
      bad: "FROM python:3.12-slim\nRUN pip install flask==3.0.3\n",
      good: "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        const calls = subcommandCalls(node, context.ast, ["pip"], "install");
        if (calls.length === 0) return;
        if (cacheMountTargets(node).some((t) => /(^|\/)\.cache(\/pip)?$/.test(t))) return;
        if (setInStage(node, context.ast)) return;
        const commands = commandsOf(node, context.ast);
        for (const call of calls) {
          if (hasOption(call.parsed, "no-cache-dir")) continue;
          if (call.found.command.assignments.some((a) => a.name === VAR)) continue;
          if (call.found.wrappers.length > 0 && call.found.command.args.some((a) => a.value?.startsWith(VAR + "="))) continue;
          const exported = commands.some(
            (c) => c.source === call.found.source && c.command.start < call.found.command.start && (c.name === "export" || c.name === "declare") && c.args.some((a) => a.value?.startsWith(VAR + "=")),
          );
          if (exported) continue;
          context.report({
            range: spanRange(call.found, call.parsed.subcommand!),
            message: "pip install runs without --no-cache-dir, so downloaded packages stay in the layer",
          });
        }
      },
    };
  },
};

export default rule;
