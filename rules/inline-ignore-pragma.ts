/** hadolint DL1001: an inline `# hadolint ignore=` / `# shipshape ignore=` comment (off by default). */
import type { Rule } from "../src/engine/types.js";

/** An inline pragma: `# shipshape ignore=...` or `# hadolint ignore=...` (not `global ignore`). */
const INLINE_PRAGMA = /^#[ \t]*((shipshape|hadolint)[ \t]+ignore[ \t]*=[ \t]*[^\s,]+(?:[ \t]*,[ \t]*[^\s,]+)*)/i;

const rule: Rule = {
  meta: {
    id: "inline-ignore-pragma",
    aliases: ["DL1001"],
    severity: "info",
    category: "maintainability",
    disabledByDefault: true,
    docs: {
      description: "An inline ignore comment suppresses findings on the next instruction",
      why:
        "Teams that want every exception to be visible in one place (the config's `rules` or hadolint's `ignored`) " +
        "can enable this rule to report each `# shipshape ignore=...` and `# hadolint ignore=...` comment. " +
        "`global ignore` comments, other hadolint pragmas (`# hadolint shell=...`) and ordinary comments are not " +
        "reported. Off by default, as in hadolint.",
      bad: "FROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add --no-cache curl\n",
      good: "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0\n",
    },
  },
  create(context) {
    return {
      Dockerfile(ast) {
        for (const comment of ast.comments) {
          const start = comment.range.start.offset;
          const m = INLINE_PRAGMA.exec(context.text.slice(start, comment.range.end.offset));
          if (!m) continue;
          const at = start + m[0].length - m[1].length;
          context.report({
            range: context.rangeOf(at, at + m[1].length),
            message: `Inline ${m[2].toLowerCase()} ignore comment: prefer configuring exceptions in the config file`,
          });
        }
      },
    };
  },
};

export default rule;
