/**
 * Both curl and wget used in one stage (DL4001): one download tool is enough. As in hadolint the stage
 * is the unit (a new FROM starts over), ONBUILD triggers form their own pool, and each RUN that uses one
 * of the tools once both have been seen is reported, at the first use that completes the pair in it
 * (the later tool). Commands are found through `sudo`/`env` wrappers, heredocs and `sh -c`.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { commandsOf } from "../src/analysis/shell.js";
import { spanRange, stageInfo } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

const rule: Rule = {
  meta: {
    id: "curl-and-wget",
    aliases: ["DL4001"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "A stage uses both curl and wget",
      why:
        "curl and wget do the same job; using both means installing and maintaining two tools (and their " +
        "libraries and CVEs) in the image, with different flags for failing on HTTP errors and retrying. " +
        "Pick one for the whole stage.",
      bad: "FROM debian:12\nRUN wget -q https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz\n",
      good: "FROM debian:12\nRUN curl -fsSLO https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz\n",
    },
  },
  create(context) {
    /** Per stage (and ONBUILD pool): the line where each tool was first used. */
    const seen = new Map<string, Map<string, number>>();
    return {
      RUN(node: RunInstruction) {
        const key = `${stageInfo(node, context.ast)?.index ?? -1}${node.onbuild ? ":onbuild" : ""}`;
        let tools = seen.get(key);
        if (tools === undefined) {
          tools = new Map();
          seen.set(key, tools);
        }
        let reported = false;
        for (const found of commandsOf(node, context.ast)) {
          if (found.name !== "curl" && found.name !== "wget") continue;
          const range = spanRange(found, found.nameWord);
          if (!tools.has(found.name)) tools.set(found.name, range.start.line);
          if (tools.size < 2 || reported) continue;
          reported = true;
          const other = found.name === "curl" ? "wget" : "curl";
          context.report({
            range,
            message: `Both curl and wget are used in this stage (${other} on line ${tools.get(other)}); use one of them`,
          });
        }
      },
    };
  },
};

export default rule;
