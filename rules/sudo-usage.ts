/**
 * `sudo` in a RUN (DL3004): the build already runs as the USER of the stage; sudo adds a setuid binary
 * and a TTY-dependent, often unconfigured, privilege layer. Each use is reported at the `sudo` word.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { commandLevels } from "../src/shell/commands.js";
import { commandsOf } from "../src/analysis/shell.js";
import { spanRange } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

const rule: Rule = {
  meta: {
    id: "sudo-usage",
    aliases: ["DL3004", "DS010", "CKV2_DOCKER_1"],
    severity: "error",
    category: "security",
    docs: {
      description: "sudo is used in a RUN",
      why:
        "RUN commands already execute as the stage's USER; to run something as root, switch with `USER root` " +
        "and back. sudo is usually not installed in base images (the RUN fails), needs a sudoers setup that " +
        "stays in the image, and behaves unpredictably without a terminal. Use `gosu` or `su-exec` to drop " +
        "privileges at runtime.",
      bad: "FROM debian:12\nRUN sudo apt-get update\n",
      good: "FROM debian:12\nUSER root\nRUN apt-get update\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const found of commandsOf(node, context.ast)) {
          for (const level of commandLevels(found.command)) {
            if (level.name !== "sudo") continue;
            context.report({ range: spanRange(found, level.nameWord), message: "sudo is used in RUN; use USER to change the user that runs build commands" });
          }
        }
      },
    };
  },
};

export default rule;
