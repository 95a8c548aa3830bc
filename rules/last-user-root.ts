/** hadolint DL3002: the image runs as root because the last USER of the stage that ships is root. */
import type { Instruction } from "../src/ast/types.js";
import type { Rule } from "../src/engine/types.js";
import { semanticModel, shippingStages, stageLineage, wordValue } from "./support/semantic.js";

/** `root`, `0`, `root:group`, `0:group`. */
export function isRootUser(user: string): boolean {
  return user === "root" || user === "0" || user.startsWith("root:") || user.startsWith("0:");
}

const rule: Rule = {
  meta: {
    id: "last-user-root",
    aliases: ["DL3002"],
    severity: "warning",
    category: "security",
    docs: {
      description: "The image runs as root: the last USER of a stage that ships is root",
      why:
        "A container running as root turns any escape or file-write bug into root on the container, and often on " +
        "shared volumes. Switch back to an unprivileged user after the steps that need root. Only stages whose " +
        "image ships are checked (the final stage and stages no other stage builds FROM, copies or mounts from); " +
        "a builder stage that runs as root is fine. The last USER may come from a stage the final one builds FROM. " +
        "`root`, `0`, `root:<group>` and `0:<group>` count as root; a USER from a variable counts when its value " +
        "is known.",
      bad: "FROM node:22-alpine\nUSER root\nRUN apk add --no-cache tini\nCMD [\"node\", \"server.js\"]\n",
      good: "FROM node:22-alpine\nUSER root\nRUN apk add --no-cache tini\nUSER node\nCMD [\"node\", \"server.js\"]\n",
    },
  },
  create(context) {
    return {
      "Dockerfile:exit"(ast) {
        const model = semanticModel(ast);
        const reported = new Set<Instruction>();
        for (const stage of shippingStages(model)) {
          for (const s of stageLineage(stage)) {
            const user = s.instructions.filter((i) => i.kind === "USER").at(-1);
            if (!user || user.kind !== "USER") continue;
            if (user.value && !reported.has(user)) {
              const { value } = wordValue(ast, user, user.value);
              if (value !== undefined && isRootUser(value)) {
                reported.add(user);
                const via = s === stage ? "" : ` (inherited by the stage on line ${stage.from.startLine})`;
                context.report({
                  range: user.value.range,
                  message: `Last USER should not be root: the image runs as "${value}"${via}; switch to an unprivileged user`,
                });
              }
            }
            break;
          }
        }
      },
    };
  },
};

export default rule;
