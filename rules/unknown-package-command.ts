/**
 * A package-manager subcommand the tool does not have (`apt-get dist-update`, `apk ad`, `yum instal`):
 * the RUN fails with "Invalid operation" or a usage message. RubyGems accepts unique prefixes
 * (`gem inst`), so those are not reported.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { knownSubcommands } from "../src/analysis/packages.js";
import { packageCommands, spanRange } from "../src/analysis/queries.js";
import { didYouMean } from "../src/engine/suggest.js";
import type { Rule } from "../src/engine/types.js";

const rule: Rule = {
  meta: {
    id: "unknown-package-command",
    aliases: [],
    severity: "error",
    category: "correctness",
    docs: {
      description: "A package manager is called with a subcommand it does not have",
      why:
        "apt-get, apt, apk, yum, dnf, microdnf, zypper, pip and gem stop with an error on an unknown subcommand " +
        "(`E: Invalid operation dist-update`), so the build fails at this RUN; often it is a typo of the " +
        "intended subcommand, which the message suggests.",
      bad: "FROM ubuntu:24.04\nRUN apt-get -y dist-update\n",
      good: "FROM ubuntu:24.04\nRUN apt-get -y dist-upgrade\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const call of packageCommands(node, context.ast)) {
          const sub = call.parsed.subcommand;
          if (sub === undefined || sub.value === undefined || call.parsed.subcommandKnown) continue;
          const known = knownSubcommands(call.tool);
          if (call.tool === "gem" && known.filter((k) => k.startsWith(sub.value!)).length === 1) continue;
          context.report({
            range: spanRange(call.found, sub),
            message: `${call.tool} has no subcommand '${sub.value}'${didYouMean(sub.value, known)}`,
          });
        }
      },
    };
  },
};

export default rule;
