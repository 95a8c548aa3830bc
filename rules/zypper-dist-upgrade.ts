/**
 * `zypper dist-upgrade` / `zypper dup` in a RUN (DL3035): it moves the image to whatever the
 * repositories hold that day, possibly a new distribution release, instead of the base image's.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { packageCommands, spanRange } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

const rule: Rule = {
  meta: {
    id: "zypper-dist-upgrade",
    aliases: ["DL3035"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "zypper dist-upgrade runs in the image build",
      why:
        "`zypper dist-upgrade` upgrades every package to what the repositories hold on the day of the build and " +
        "may switch vendors or even the distribution release, so the same Dockerfile builds different systems. " +
        "Pick a newer base image instead, and install or update the packages you need by name.",
      bad: "FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade && zypper clean\n",
      good: "FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 && zypper clean\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const call of packageCommands(node, context.ast, "zypper")) {
          if (call.parsed.subcommandName !== "dist-upgrade" || call.parsed.subcommand === undefined) continue;
          context.report({
            range: spanRange(call.found, call.parsed.subcommand),
            message: "zypper dist-upgrade upgrades the whole distribution during the build; use a newer base image instead",
          });
        }
      },
    };
  },
};

export default rule;
