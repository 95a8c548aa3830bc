/** BuildKit's UndefinedArgInFrom: a FROM image or `--platform` uses a variable no global ARG declares. */
import type { Rule } from "../src/engine/types.js";
import { modelOf } from "./support/buildkit.js";

const rule: Rule = {
  meta: {
    id: "undefined-arg-in-from",
    aliases: ["UndefinedArgInFrom"],
    severity: "warning",
    category: "correctness",
    docs: {
      description: "A FROM line uses a variable that no ARG before the first FROM declares",
      why:
        "Only ARGs declared before the first FROM (and BuildKit's predefined platform args such as " +
        "`BUILDPLATFORM` and `TARGETARCH`) are visible in FROM lines. Anything else expands to an empty string, " +
        "so the image name or platform silently changes, or the build fails with a confusing error. Usually the " +
        "ARG is declared after the FROM, or the name has a typo; the message suggests a close declared name.",
      bad: "FROM node:${NODE_VERSION}-alpine\nARG NODE_VERSION=22\n",
      good: "ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-alpine\n",
    },
  },
  create(context) {
    return {
      "Dockerfile:exit"(ast) {
        const seen = new Set<string>();
        for (const u of modelOf(ast).undefinedReferences) {
          if (u.context !== "from") continue;
          // BuildKit reports each name once per expanded word (the image, the platform).
          const key = `${u.instruction.range.start.offset}:${u.role}:${u.name}`;
          if (seen.has(key)) continue;
          seen.add(key);
          context.report({
            range: u.range,
            message: `FROM argument '${u.name}' is not declared${u.suggestion !== undefined ? ` (did you mean ${u.suggestion}?)` : ""}`,
          });
        }
      },
    };
  },
};

export default rule;
