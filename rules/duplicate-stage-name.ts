/** BuildKit's DuplicateStageName: two stages with the same name (compared case-insensitively). */
import type { Rule } from "../src/engine/types.js";

const rule: Rule = {
  meta: {
    id: "duplicate-stage-name",
    aliases: ["DuplicateStageName", "DL3024", "DS012", "CKV_DOCKER_11"],
    severity: "warning",
    category: "correctness",
    docs: {
      description: "Two stages have the same name",
      why:
        "`COPY --from=name`, `FROM name` and `--target name` pick one of the stages by name, so a second stage with " +
        "the same name (BuildKit compares names case-insensitively) makes it unclear which one is meant, and " +
        "renaming or reordering stages silently changes what gets copied. Give every stage a unique name.",
      bad: "FROM node:22 AS build\nRUN npm ci\n\nFROM node:22 AS build\nRUN npm run build\n",
      good: "FROM node:22 AS deps\nRUN npm ci\n\nFROM deps AS build\nRUN npm run build\n",
    },
  },
  create(context) {
    return {
      "Dockerfile:exit"(ast) {
        const seen = new Set<string>();
        for (const ins of ast.instructions) {
          if (ins.kind !== "FROM" || !ins.stageName) continue;
          const name = ins.stageName.value.toLowerCase();
          if (seen.has(name)) {
            context.report({ range: ins.stageName.range, message: `Duplicate stage name "${name}", stage names should be unique` });
          }
          seen.add(name);
        }
      },
    };
  },
};

export default rule;
