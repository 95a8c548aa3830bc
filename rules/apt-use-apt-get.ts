/**
 * `apt` in a RUN (DL3027): apt is the interactive front end; its output and behaviour are not a stable
 * interface for scripts ("WARNING: apt does not have a stable CLI interface").
 */
import type { RunInstruction } from "../src/ast/types.js";
import { packageCommands, spanRange } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

const rule: Rule = {
  meta: {
    id: "apt-use-apt-get",
    aliases: ["DL3027", "CKV_DOCKER_9"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "apt is used in a RUN instead of apt-get",
      why:
        "`apt` is the front end for people at a terminal: it prints \"WARNING: apt does not have a stable CLI " +
        "interface. Use with caution in scripts.\", and its defaults and output may change between releases. " +
        "`apt-get` and `apt-cache` are the stable interfaces meant for scripts.",
      bad: "FROM debian:12\nRUN apt update && apt install -y curl\n",
      good: "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const call of packageCommands(node, context.ast, "apt")) {
          context.report({
            range: spanRange(call.found, call.found.nameWord),
            message: "apt is meant for interactive use; use apt-get or apt-cache in a Dockerfile",
          });
        }
      },
    };
  },
};

export default rule;
