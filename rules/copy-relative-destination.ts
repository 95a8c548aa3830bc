/** hadolint DL3045: COPY to a relative destination while no WORKDIR is set in the stage. */
import type { Instruction } from "../src/ast/types.js";
import type { Rule } from "../src/engine/types.js";
import { semanticModel, stageLineage, wordValue } from "./support/semantic.js";

const isAbsolute = (p: string) => p.startsWith("/") || p.startsWith("\\") || /^[A-Za-z]:/.test(p);

const isWorkdir = (ins: Instruction, triggers: boolean) => ins.kind === "WORKDIR" || (triggers && ins.kind === "ONBUILD" && ins.trigger?.kind === "WORKDIR");

const rule: Rule = {
  meta: {
    id: "copy-relative-destination",
    aliases: ["DL3045"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "COPY to a relative destination while the stage sets no WORKDIR",
      why:
        "A relative COPY destination is resolved against the working directory, which, without a WORKDIR in the " +
        "stage or the stages it builds FROM, is whatever the base image chose (often /). A new base image version " +
        "can move the files. Set WORKDIR first or copy to an absolute path. ONBUILD COPY is covered by an earlier " +
        "WORKDIR or ONBUILD WORKDIR; a destination from a variable is checked when its value is known.",
      bad: "FROM python:3.13-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n",
      good: "FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n",
    },
  },
  create(context) {
    return {
      COPY(node) {
        const dest = node.destination;
        if (!dest) return;
        const model = semanticModel(context.ast);
        const stage = model.stageOf(node);
        if (!stage) return;
        let path = dest.value.replace(/^(["'])(.*)\1$/s, "$2");
        if (path.includes("$")) {
          if (node.onbuild) return;
          const { value } = wordValue(context.ast, node, dest);
          if (value === undefined) return;
          path = value;
        }
        if (isAbsolute(path)) return;
        // The ONBUILD holding this COPY, whose position in the stage counts.
        const at = node.onbuild ? stage.instructions.find((i) => i.kind === "ONBUILD" && i.trigger === node) ?? node : node;
        for (const s of stageLineage(stage)) {
          const own = s === stage;
          if (s.instructions.some((i) => isWorkdir(i, !own || node.onbuild) && (!own || i.range.start.offset < at.range.start.offset))) return;
        }
        context.report({
          range: dest.range,
          message: `COPY to relative destination "${path}" without a WORKDIR: it depends on the base image's working directory; set WORKDIR or use an absolute path`,
        });
      },
    };
  },
};

export default rule;
