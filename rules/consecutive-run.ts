/**
 * A RUN right after another RUN (DL3059), each running a single command: they could be one layer. As in
 * hadolint, comments in between do not separate them, any other instruction does; RUNs with different
 * flags (`--mount`, `--network`, `--security`) are not reported, since they cannot be merged as they
 * are; and when either RUN runs more than one command, the split is taken as deliberate. Commands are
 * counted through the shell model, so a heredoc script with several commands counts as several; an
 * exec-form RUN without a shell is one command; RUNs in a PowerShell or cmd stage are not judged (their
 * statements are not counted; hadolint reads them as sh).
 */
import type { Dockerfile, Instruction, RunInstruction } from "../src/ast/types.js";
import { shellScripts } from "../src/analysis/shell.js";
import type { Rule } from "../src/engine/types.js";

/**
 * Number of simple commands (with a name) the RUN runs: 1 for exec form without a shell, `Infinity`
 * (unknown, so never reported) for shell form under PowerShell or cmd.
 */
export function commandCount(node: Instruction, ast: Dockerfile): number {
  const scripts = shellScripts(node, ast);
  if (scripts.length === 0) return node.kind === "RUN" && node.command.form === "exec" ? 1 : Infinity;
  return scripts.reduce((n, s) => n + s.script.commands.filter((c) => c.name !== undefined).length, 0);
}

function flagsKey(node: Instruction): string {
  return node.flags
    .map((f) => f.text)
    .sort()
    .join("\n");
}

const rule: Rule = {
  meta: {
    id: "consecutive-run",
    aliases: ["DL3059"],
    severity: "info",
    category: "performance",
    docs: {
      description: "Consecutive RUN instructions could be one",
      why:
        "Each RUN makes a layer. Two single-command RUNs in a row usually belong together: joined with `&&` " +
        "they make one layer, and files the second command deletes are then really gone from the image. RUNs " +
        "with different `--mount` or other flags, and RUNs of several commands each (a deliberate split), are " +
        "not reported.",
      bad: "FROM debian:12\nRUN mkdir -p /app/data\nRUN chown nobody /app/data\n",
      good: "FROM debian:12\nRUN mkdir -p /app/data && chown nobody /app/data\n",
    },
  },
  create(context) {
    return {
      Dockerfile(ast) {
        let previous: RunInstruction | null = null;
        let previousCount = 0;
        for (const ins of ast.instructions) {
          if (ins.kind !== "RUN") {
            previous = null;
            continue;
          }
          const count = commandCount(ins, ast);
          if (previous !== null && flagsKey(previous) === flagsKey(ins) && count <= 1 && previousCount <= 1) {
            context.report({
              range: ins.keyword.range,
              message: `This RUN and the one on line ${previous.keyword.range.start.line} run one command each; join them with && to make one layer`,
            });
          }
          previous = ins;
          previousCount = count;
        }
      },
    };
  },
};

export default rule;
