/**
 * `ln` replacing /bin/sh (DL4005), e.g. `ln -sf /bin/bash /bin/sh`: use SHELL to pick the shell of
 * RUN instead. Unlike hadolint, which reports any `ln` with a `/bin/sh` argument, only a link whose
 * destination is /bin/sh (or /usr/bin/sh, or `sh` in `-t /bin`) is reported: `ln -s /bin/sh
 * /usr/local/bin/sh` does not touch the system shell.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { getOption, parseOptions, type OptionSpec } from "../src/shell/options.js";
import { wordShape } from "../src/shell/words.js";
import { commandsOf } from "../src/analysis/shell.js";
import { spanRange } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

const LN: OptionSpec = {
  shortWithValue: "tS",
  longWithValue: ["target-directory", "suffix"],
  aliases: { t: "target-directory", S: "suffix", s: "symbolic", f: "force", T: "no-target-directory" },
};
const SHELLS = new Set(["/bin/sh", "/usr/bin/sh"]);

const rule: Rule = {
  meta: {
    id: "ln-to-bin-sh",
    aliases: ["DL4005"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "ln replaces /bin/sh to change the shell",
      why:
        "Linking /bin/sh to bash changes the shell of every later RUN, but also of every script and program in " +
        "the image that runs `sh`, and it is invisible to readers of the Dockerfile. `SHELL [\"/bin/bash\", " +
        "\"-c\"]` changes the shell of RUN, CMD and ENTRYPOINT only, and says so.",
      bad: "FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n",
      good: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\n',
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const found of commandsOf(node, context.ast)) {
          if (found.name !== "ln") continue;
          const parsed = parseOptions(found.args, LN);
          const dir = getOption(parsed, "target-directory")?.value;
          const targets =
            dir !== undefined
              ? SHELLS.has(wordShape(dir).replace(/\/+$/, "") + "/sh")
                ? parsed.operands.filter((w) => /(^|\/)sh$/.test(wordShape(w)))
                : []
              : parsed.operands.length >= 2
                ? parsed.operands.slice(-1).filter((w) => SHELLS.has(wordShape(w)))
                : [];
          for (const word of targets) {
            context.report({
              range: spanRange(found, word),
              message: "ln replaces /bin/sh, which changes the shell for everything in the image; use SHELL to change the shell of RUN",
            });
          }
        }
      },
    };
  },
};

export default rule;
