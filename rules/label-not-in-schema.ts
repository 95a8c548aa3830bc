/** hadolint DL3050: with `strict-labels`, a label the label schema does not list. */
import type { Rule } from "../src/engine/types.js";
import { DOCS_LABEL_SCHEMA, labelPairs } from "./support/labels.js";

const rule: Rule = {
  meta: {
    id: "label-not-in-schema",
    aliases: ["DL3050"],
    severity: "info",
    category: "maintainability",
    docs: {
      description: "With strict-labels on, a LABEL sets a key the label schema does not list",
      why:
        "A team that agrees on a label schema (`label-schema` in the config) can turn on `strict-labels: true` so " +
        "that only those labels are used: typos such as `org.opencontainers.image.licence` and ad-hoc keys are " +
        "reported instead of silently published. The rule does nothing unless `strict-labels` is on. Each key is " +
        "reported on its own. Examples use `strict-labels: true` and:\n" +
        DOCS_LABEL_SCHEMA,
      bad: "FROM alpine:3.20\nLABEL org.opencontainers.image.licence=MIT\n",
      good: "FROM alpine:3.20\nLABEL org.opencontainers.image.licenses=MIT\n",
    },
  },
  create(context) {
    if (!context.settings.strictLabels) return {};
    const schema = context.settings.labelSchema;
    return {
      LABEL(node) {
        for (const p of labelPairs(context.ast, node)) {
          if (p.key === undefined || Object.hasOwn(schema, p.key)) continue;
          context.report({ range: p.pair.key.range, message: `Label "${p.key}" is not in the label schema (strict-labels is on)` });
        }
      },
    };
  },
};

export default rule;
