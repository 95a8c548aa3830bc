/** hadolint DL3023: `COPY --from` names the stage the COPY is in. */
import type { Rule } from "../src/engine/types.js";
import { semanticModel } from "./support/semantic.js";

const rule: Rule = {
  meta: {
    id: "copy-from-own-stage",
    aliases: ["DL3023"],
    severity: "error",
    category: "correctness",
    docs: {
      description: "COPY --from names the stage it is in",
      why:
        "A stage cannot copy from itself: BuildKit fails with a circular dependency. Usually a stage was renamed " +
        "or the COPY was moved into the wrong stage; copy from the earlier stage that builds the files, or copy " +
        "within the stage with RUN cp. Both names (case-insensitively, as BuildKit compares them) and stage " +
        "indexes are recognised, and RUN `--mount=from=` is checked too.",
      bad: "FROM node:22 AS build\nRUN npm ci && npm run build\nCOPY --from=build /app/dist /srv\n",
      good: "FROM node:22 AS build\nRUN npm ci && npm run build\n\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n",
    },
  },
  create(context) {
    return {
      "Dockerfile:exit"(ast) {
        const seen = new Set<string>();
        for (const ref of semanticModel(ast).stageReferences) {
          if (!ref.self || ref.onbuild) continue;
          const key = `${ref.range.start.offset}:${ref.text}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const where = ref.kind === "copy-from" ? "COPY --from" : "RUN --mount from";
          context.report({ range: ref.range, message: `${where}="${ref.text}" names the stage it is in; a stage cannot copy from itself` });
        }
      },
    };
  },
};

export default rule;
