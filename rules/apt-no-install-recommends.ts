/**
 * `apt-get install` without `--no-install-recommends` pulls in every "Recommends" package (DL3015).
 * Silent when `-o APT::Install-Recommends=false` is given or an earlier RUN of the stage wrote an apt
 * configuration turning recommends off.
 */
import type { Dockerfile, Instruction, RunInstruction } from "../src/ast/types.js";
import { hasOption } from "../src/shell/options.js";
import { wordShape } from "../src/shell/words.js";
import { spanRange, stageInfo, subcommandCalls } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

const RECOMMENDS_OFF = /Install-Recommends\b\W{0,4}(0|false|no|off)\b/i;

/** An earlier RUN in the stage configured apt not to install recommends (`APT::Install-Recommends "0";`). */
function configuredOff(node: Instruction, ast: Dockerfile): boolean {
  const stage = stageInfo(node, ast);
  if (stage === null) return false;
  return stage.instructions.slice(0, stage.position).some((ins) => ins.kind === "RUN" && RECOMMENDS_OFF.test(ins.raw));
}

const rule: Rule = {
  meta: {
    id: "apt-no-install-recommends",
    aliases: ["DL3015", "DS029"],
    severity: "info",
    category: "performance",
    fix: { safe: false },
    docs: {
      description: "apt-get install runs without --no-install-recommends",
      why:
        "By default apt also installs every package the requested ones merely recommend: documentation, " +
        "optional tools and their libraries, often doubling the layer. `--no-install-recommends` installs only " +
        "what is required. The fix inserts the flag after `install`; it is unsafe because a program may rely on " +
        "a recommended package being present.",
      bad: "FROM debian:12\nRUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*\n",
      good:
        "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const call of subcommandCalls(node, context.ast, ["apt-get", "apt"], "install")) {
          if (hasOption(call.parsed, "no-install-recommends")) continue;
          if (call.parsed.options.some((o) => (o.name === "o" || o.name === "option") && o.value && RECOMMENDS_OFF.test(wordShape(o.value).replace("=", " ")))) continue;
          if (configuredOff(node, context.ast)) continue;
          const install = call.parsed.subcommand!;
          const range = spanRange(call.found, install);
          context.report({
            range,
            message: `${call.tool} install runs without --no-install-recommends, so recommended packages are installed too`,
            ...(call.found.source.exact
              ? { fix: { description: "Insert --no-install-recommends", safe: false, edits: [{ start: range.end.offset, end: range.end.offset, text: " --no-install-recommends" }] } }
              : {}),
          });
        }
      },
    };
  },
};

export default rule;
