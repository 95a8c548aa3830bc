/** BuildKit's StageNameCasing: a stage name after `AS` is not lower case. */
import type { Rule } from "../src/engine/types.js";

const rule: Rule = {
  meta: {
    id: "stage-name-casing",
    aliases: ["StageNameCasing"],
    severity: "style",
    category: "style",
    fix: { safe: true },
    docs: {
      description: "A stage name is not lower case",
      why:
        "BuildKit lower-cases stage names, so `AS Builder` defines the stage `builder` and every `--from`, `FROM` " +
        "and `--target` reaches it in any case. Writing the name in mixed case suggests a distinction that does " +
        "not exist and makes references look inconsistent. The fix lower-cases the name after `AS`, which is " +
        "how BuildKit already reads it.",
      bad: "FROM golang:1.23 AS Builder\nRUN go build -o /app .\n\nFROM scratch\nCOPY --from=Builder /app /app\n",
      good: "FROM golang:1.23 AS builder\nRUN go build -o /app .\n\nFROM scratch\nCOPY --from=builder /app /app\n",
    },
  },
  create(context) {
    return {
      FROM(node) {
        // BuildKit checks the third argument whenever FROM has exactly three (`image AS name`).
        if (node.onbuild || node.args.length !== 3 || !node.stageName) return;
        const name = node.stageName;
        if (name.value === name.value.toLowerCase()) return;
        // Only valid names get a fix: BuildKit rejects others (`AS ${NAME}`), and recasing a variable renames it.
        const fixable = /^[A-Za-z][A-Za-z0-9-_.]*$/.test(name.value) && name.range.end.offset - name.range.start.offset === name.value.length;
        context.report({
          range: name.range,
          message: `Stage name '${name.value}' should be lowercase`,
          ...(fixable
            ? { fix: { description: "Lower-case the stage name", safe: true, edits: [{ start: name.range.start.offset, end: name.range.end.offset, text: name.value.toLowerCase() }] } }
            : {}),
        });
      },
    };
  },
};

export default rule;
