/**
 * `cd` used to set the directory for the rest of a RUN (DL3003). Narrower than hadolint, which reports
 * every `cd`: only a top-level `cd` that is the RUN's first command or is followed by more commands.
 * A `cd` inside a subshell `( cd dir && make )`, a group, a loop or a function, a final `cd` that changes
 * nothing, `cd -`, and `cd "$(mktemp -d)"` (a directory WORKDIR cannot name) are not reported.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { wordShape } from "../src/shell/words.js";
import type { WordPart } from "../src/shell/types.js";
import { commandsOf } from "../src/analysis/shell.js";
import { spanRangeBetween } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

function substitutes(parts: readonly WordPart[]): boolean {
  return parts.some((p) => p.kind === "command-substitution" || p.kind === "process-substitution" || (p.kind === "double-quoted" && substitutes(p.parts)));
}

const rule: Rule = {
  meta: {
    id: "cd-instead-of-workdir",
    aliases: ["DL3003", "DS013"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "cd sets the working directory for the rest of a RUN",
      why:
        "A `cd` lasts only until the end of its RUN, so the next instructions run somewhere else and readers " +
        "must track the directory through shell text. `WORKDIR /app` sets it for all following instructions " +
        "(and creates it). To work briefly in another directory, use a subshell `(cd dir && make)` or the " +
        "tool's own option (`make -C dir`, `tar -C dir`).",
      bad: "FROM node:22-alpine\nCOPY . /app\nRUN cd /app && npm ci\n",
      good: "FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        const all = commandsOf(node, context.ast);
        for (const found of all) {
          if (found.name !== "cd" || found.wrappers.length > 0 || found.command.nesting.length > 0 || found.command.pipeline.length > 1) continue;
          const target = found.args.find((a) => !/^-[LPe@]+$/.test(wordShape(a)));
          if (target !== undefined && (wordShape(target) === "-" || substitutes(target.parts))) continue;
          const topLevel = all.filter((c) => c.source === found.source && c.command.nesting.length === 0);
          const i = topLevel.indexOf(found);
          if (i !== 0 && i === topLevel.length - 1) continue;
          context.report({
            range: spanRangeBetween(found, found.nameWord, target ?? found.nameWord),
            message: "cd changes the directory only within this RUN; use WORKDIR to set the working directory",
          });
        }
      },
    };
  },
};

export default rule;
