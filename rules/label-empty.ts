/** hadolint DL3051: a label the label schema lists is set to an empty value. */
import type { Rule } from "../src/engine/types.js";
import { DOCS_LABEL_SCHEMA, labelPairs, valueRange } from "./support/labels.js";

const rule: Rule = {
  meta: {
    id: "label-empty",
    aliases: ["DL3051"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "A label the label schema lists is set to an empty value",
      why:
        "A label in the schema (`label-schema` in the config) is there because tools or people rely on it; setting " +
        "it to an empty string satisfies the missing-label check while telling nobody anything. A value that comes " +
        "from a variable is not reported (its value is given at build time). Examples use:\n" +
        DOCS_LABEL_SCHEMA,
      bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=""\n',
      good: "FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.4.0\n",
    },
  },
  create(context) {
    const schema = context.settings.labelSchema;
    if (Object.keys(schema).length === 0) return {};
    return {
      LABEL(node) {
        for (const p of labelPairs(context.ast, node)) {
          if (p.key === undefined || !Object.hasOwn(schema, p.key) || p.dynamicValue || p.value !== "") continue;
          context.report({ range: valueRange(p.pair), message: `Label "${p.key}" is empty` });
        }
      },
    };
  },
};

export default rule;
