/** hadolint DL3049: an image is missing a label the label schema requires. */
import type { Rule } from "../src/engine/types.js";
import { DOCS_LABEL_SCHEMA, labelPairs } from "./support/labels.js";
import { semanticModel, shippingStages, stageLineage } from "./support/semantic.js";

const rule: Rule = {
  meta: {
    id: "label-missing",
    aliases: ["DL3049"],
    severity: "info",
    category: "maintainability",
    docs: {
      description: "An image lacks a label the label schema requires",
      why:
        "Every label in the config's `label-schema` is required on the images the Dockerfile produces, so that " +
        "registries, scanners and people can rely on them. A stage counts as producing an image when no other " +
        "stage builds FROM it, copies from it or mounts it (the final stage, and stages left for `--target`); " +
        "labels set in the stages it builds FROM count. Builder stages are not checked, so `FROM base` followed " +
        "by a labelled final stage is reported once, on the final stage (hadolint also reports the base). " +
        "Labels set by ONBUILD apply to child images only and do not count. Examples use:\n" +
        DOCS_LABEL_SCHEMA,
      bad: "FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.4.0\n",
      good:
        "FROM alpine:3.20\n" +
        "LABEL org.opencontainers.image.source=https://github.com/acme/app \\\n" +
        "      org.opencontainers.image.created=2024-05-01T12:30:00Z \\\n" +
        "      org.opencontainers.image.licenses=Apache-2.0 \\\n" +
        "      org.opencontainers.image.revision=43c572f \\\n" +
        "      org.opencontainers.image.version=1.4.0 \\\n" +
        "      org.opencontainers.image.authors=platform@example.com\n",
    },
  },
  create(context) {
    const required = Object.keys(context.settings.labelSchema);
    if (required.length === 0) return {};
    return {
      "Dockerfile:exit"(ast) {
        const model = semanticModel(ast);
        for (const stage of shippingStages(model)) {
          const present = new Set<string>();
          let unknownKey = false;
          for (const s of stageLineage(stage)) {
            for (const ins of s.instructions) {
              if (ins.kind !== "LABEL") continue;
              for (const p of labelPairs(ast, ins)) {
                if (p.key === undefined) unknownKey = true;
                else present.add(p.key);
              }
            }
          }
          // A key built from a variable might be the missing one.
          if (unknownKey) continue;
          const from = stage.from;
          for (const label of required) {
            if (present.has(label)) continue;
            context.report({
              range: from.image?.range ?? from.keyword.range,
              message: `Label "${label}" is missing from the image this stage builds (the label schema requires it)`,
            });
          }
        }
      },
    };
  },
};

export default rule;
