/**
 * `apk add` without `--no-cache` (DL3019): the downloaded index stays in /var/cache/apk in the layer.
 * Silent when the RUN mounts a cache on /var/cache/apk or removes /var/cache/apk afterwards.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { hasOption } from "../src/shell/options.js";
import { wordShape } from "../src/shell/words.js";
import { commandsOf } from "../src/analysis/shell.js";
import { hasCacheMount, spanRange, subcommandCalls } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

const CACHE = "/var/cache/apk";

const rule: Rule = {
  meta: {
    id: "apk-no-cache",
    aliases: ["DL3019", "DS025"],
    severity: "info",
    category: "performance",
    docs: {
      description: "apk add runs without --no-cache",
      why:
        "`apk add` (after `apk update` or with `--update`) keeps the repository index in /var/cache/apk, which " +
        "then stays in the layer. `--no-cache` fetches the index into memory only, so neither `apk update` nor " +
        "`rm -rf /var/cache/apk/*` is needed. A cache mount on /var/cache/apk or a removal later in the same RUN " +
        "also avoids the problem.",
      bad: "FROM alpine:3.20\nRUN apk update && apk add curl=8.9.1-r0\n",
      good: "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        if (hasCacheMount(node, CACHE)) return;
        const commands = commandsOf(node, context.ast);
        for (const call of subcommandCalls(node, context.ast, ["apk"], "add")) {
          if (hasOption(call.parsed, "no-cache")) continue;
          const cleaned = commands.some(
            (c) => c.source === call.found.source && c.command.start > call.found.command.start && c.name === "rm" && c.args.some((a) => wordShape(a).startsWith(CACHE)),
          );
          if (cleaned) continue;
          context.report({
            range: spanRange(call.found, call.parsed.subcommand!),
            message: "apk add runs without --no-cache, so the package index stays in the layer",
          });
        }
      },
    };
  },
};

export default rule;
