/** BuildKit's RedundantTargetPlatform: `FROM --platform=$TARGETPLATFORM`, which is the default anyway. */
import type { Rule } from "../src/engine/types.js";
import { expandFromWord, predefinedPlaceholder } from "./support/buildkit.js";

const rule: Rule = {
  meta: {
    id: "redundant-target-platform",
    aliases: ["RedundantTargetPlatform", "DL3065"],
    severity: "warning",
    category: "maintainability",
    fix: { safe: true },
    docs: {
      description: "FROM sets --platform to $TARGETPLATFORM, which is already the default",
      why:
        "Every stage is built for the target platform unless `--platform` says otherwise, so " +
        "`--platform=$TARGETPLATFORM` changes nothing. It suggests the author meant `$BUILDPLATFORM` (run the stage " +
        "natively and cross-compile), which is a very different build. The fix removes the flag.",
      bad: "FROM --platform=$TARGETPLATFORM alpine:3.20\nRUN apk add --no-cache curl\n",
      good: "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
    },
  },
  create(context) {
    return {
      FROM(node) {
        const flag = node.platform;
        if (node.onbuild || !flag || flag.value === null) return;
        const result = expandFromWord(context.ast, node, flag.value);
        const names = new Set(result.references.map((r) => r.name));
        if (names.size !== 1 || !names.has("TARGETPLATFORM") || result.unresolved.length > 0) return;
        const scopeValue = expandFromWord(context.ast, node, "$TARGETPLATFORM").value;
        if (result.value === undefined || result.value !== scopeValue) return;
        // Only offer the fix when the target value is BuildKit's own (not a global ARG overriding it).
        const safe = scopeValue === predefinedPlaceholder("TARGETPLATFORM");
        // Remove `--platform=...` and the blanks after it, when it sits on one line.
        let end = flag.range.end.offset;
        while (context.text[end] === " " || context.text[end] === "\t") end++;
        const oneLine = flag.range.start.line === flag.range.end.line;
        context.report({
          range: flag.range,
          message: `Setting platform to predefined ${flag.value} in FROM is redundant as this is the default behavior`,
          ...(safe && oneLine ? { fix: { description: "Remove the --platform flag", safe: true, edits: [{ start: flag.range.start.offset, end, text: "" }] } } : {}),
        });
      },
    };
  },
};

export default rule;
