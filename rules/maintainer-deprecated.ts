/** MAINTAINER is deprecated; a `maintainer` label carries the same information. */
import type { Rule } from "../src/engine/types.js";
import { isSingleLine, keywordLike } from "./support/text.js";

const rule: Rule = {
  meta: {
    id: "maintainer-deprecated",
    aliases: ["DL4000", "MaintainerDeprecated", "DS022", "CKV_DOCKER_6"],
    severity: "error",
    category: "maintainability",
    fix: { safe: true },
    docs: {
      description: "MAINTAINER is deprecated",
      why:
        "MAINTAINER only fills the obsolete `Author` field of the image config, which tools no longer show. " +
        "A label (`LABEL maintainer=...` or `org.opencontainers.image.authors`) is the supported place and can be " +
        "queried with `docker inspect`. The fix writes the same text into a `maintainer` label, escaping quotes, " +
        "`$` and the escape character so the label holds exactly what MAINTAINER held.",
      bad: "FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n",
      good: 'FROM alpine:3.20\nLABEL maintainer="Jane Doe <jane@example.com>"\n',
    },
  },
  create(context) {
    const esc = context.ast.escapeChar;
    return {
      MAINTAINER(node) {
        const value = node.value;
        const fixable = value !== null && !node.onbuild && isSingleLine(node);
        const quoted = value
          ? '"' + [...value.value].map((ch) => (ch === '"' || ch === "$" || ch === esc ? esc + ch : ch)).join("") + '"'
          : "";
        context.report({
          range: node.keyword.range,
          message: `${node.keyword.value} is deprecated; use LABEL maintainer=${quoted || '"..."'} instead`,
          ...(fixable && value
            ? {
                fix: {
                  description: "Replace MAINTAINER with a maintainer label",
                  safe: true,
                  edits: [{ start: node.keyword.range.start.offset, end: value.range.end.offset, text: `${keywordLike("LABEL", node.keyword.value)} maintainer=${quoted}` }],
                },
              }
            : {}),
        });
      },
    };
  },
};

export default rule;
