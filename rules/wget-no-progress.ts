/**
 * `wget` without `--progress` (DL3047): its default progress bar falls back to one line of dots per
 * 8 KB in a build log, which floods the log for large downloads. As in hadolint, `-q`/`--quiet`,
 * `-nv`/`--no-verbose` and sending the log elsewhere (`-o`/`--output-file`, `-a`/`--append-output`) are
 * fine; beyond hadolint, `--spider`, `--version` and `--help` (nothing is downloaded) are too.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { parseToolInvocation } from "../src/shell/commands.js";
import { hasOption } from "../src/shell/options.js";
import { commandsOf } from "../src/analysis/shell.js";
import { spanRange } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

const rule: Rule = {
  meta: {
    id: "wget-no-progress",
    aliases: ["DL3047"],
    severity: "info",
    category: "maintainability",
    docs: {
      description: "wget runs without --progress or -q",
      why:
        "Without a terminal wget prints its progress as a line of dots for every few kilobytes, so downloading " +
        "a large file floods the build log with thousands of lines. Use `--progress=dot:giga`, or `-q` / `-nv` " +
        "to print nothing or one line.",
      bad: "FROM debian:12\nRUN wget https://example.com/tool.tar.gz\n",
      good: "FROM debian:12\nRUN wget --progress=dot:giga https://example.com/tool.tar.gz\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const found of commandsOf(node, context.ast)) {
          if (found.name !== "wget") continue;
          const inv = parseToolInvocation(found);
          if (inv === undefined) continue;
          if (hasOption(inv.parsed, "progress", "quiet", "no-verbose", "output-file", "append-output", "spider", "version", "V", "help", "h")) continue;
          context.report({
            range: spanRange(found, found.nameWord),
            message: "wget without --progress fills the build log with progress dots; add --progress=dot:giga, or -q / -nv",
          });
        }
      },
    };
  },
};

export default rule;
