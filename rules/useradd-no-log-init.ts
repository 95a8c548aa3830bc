/**
 * `useradd -u <high uid>` without `-l` (DL3046): useradd records the user in /var/log/lastlog and
 * faillog, sparse files indexed by UID, which an image layer stores at full size. As in hadolint a UID of
 * more than 5 digits is "high". A UID given as a variable is judged by its ARG/ENV value when it is
 * known, and not judged otherwise (hadolint reports every `-u $UID`).
 */
import type { RunInstruction } from "../src/ast/types.js";
import { parseToolInvocation } from "../src/shell/commands.js";
import { getOption, hasOption } from "../src/shell/options.js";
import { parametersOfWord } from "../src/shell/walk.js";
import { commandsOf } from "../src/analysis/shell.js";
import { spanRange } from "../src/analysis/queries.js";
import { variableValueAt } from "../src/analysis/package-extras.js";
import type { Rule } from "../src/engine/types.js";

const rule: Rule = {
  meta: {
    id: "useradd-no-log-init",
    aliases: ["DL3046"],
    severity: "warning",
    category: "performance",
    docs: {
      description: "useradd with a high UID runs without -l",
      why:
        "useradd writes the new user's entry into /var/log/lastlog and /var/log/faillog at an offset " +
        "proportional to the UID. On disk they are sparse, but image layers store them in full: a UID of " +
        "123456789 adds tens of gigabytes. `-l` (`--no-log-init`) skips these databases.",
      bad: "FROM debian:12\nRUN useradd -u 123456 app\n",
      good: "FROM debian:12\nRUN useradd -l -u 123456 app\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const found of commandsOf(node, context.ast)) {
          if (found.name !== "useradd") continue;
          const inv = parseToolInvocation(found);
          if (inv === undefined || hasOption(inv.parsed, "no-log-init")) continue;
          const uid = getOption(inv.parsed, "uid")?.value;
          if (uid === undefined) continue;
          let value = uid.value;
          if (value === undefined) {
            const params = parametersOfWord(uid);
            if (params.length !== 1 || params[0].operator !== undefined || uid.text.replace(/"/g, "") !== params[0].text) continue;
            value = variableValueAt(context.ast, node, params[0].name);
          }
          if (value === undefined || !/^[0-9]{6,}$/.test(value)) continue;
          context.report({
            range: spanRange(found, uid),
            message: `useradd with UID ${value} and without -l makes /var/log/lastlog and faillog huge in the layer; add -l (--no-log-init)`,
          });
        }
      },
    };
  },
};

export default rule;
