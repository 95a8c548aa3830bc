/** BuildKit's ReservedStageName: a stage named `scratch` or `context`. */
import type { Rule } from "../src/engine/types.js";

const RESERVED = new Set(["context", "scratch"]);

const rule: Rule = {
  meta: {
    id: "reserved-stage-name",
    aliases: ["ReservedStageName", "DL3063"],
    severity: "warning",
    category: "correctness",
    docs: {
      description: "A stage is named scratch or context, names BuildKit reserves",
      why:
        "`scratch` is the empty base image and `context` the build context; BuildKit resolves both before stage " +
        "names, so `FROM scratch AS scratch` or a stage called `context` cannot be referred to as intended and " +
        "confuses readers about what `FROM scratch` or `--from=context` mean. Pick another name.",
      bad: "FROM alpine:3.20 AS scratch\nRUN echo hi > /hi\n",
      good: "FROM alpine:3.20 AS base\nRUN echo hi > /hi\n",
    },
  },
  create(context) {
    return {
      FROM(node) {
        if (node.onbuild || !node.stageName) return;
        const name = node.stageName.value.toLowerCase();
        if (!RESERVED.has(name)) return;
        context.report({ range: node.stageName.range, message: `Stage name should not use the same name as reserved stage "${name}"` });
      },
    };
  },
};

export default rule;
