/**
 * `apt-get install` in a RUN that does not delete `/var/lib/apt/lists/*` (DL3009): the package index
 * (tens of MB) stays in the layer. Like hadolint, only stages that end up in the final image are
 * checked (the last stage and the stages it is built `FROM`), plus ONBUILD triggers; a RUN with a cache
 * mount on `/var/lib/apt` or `/var/lib/apt/lists` keeps the lists out of the layer and is fine.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { commandsOf, shellScripts } from "../src/analysis/shell.js";
import { finalStageIndexes, hasCacheMount, spanRange, stageInfo, subcommandCalls } from "../src/analysis/queries.js";
import { wordShape } from "../src/shell/words.js";
import type { Fix, Rule, RuleContext } from "../src/engine/types.js";

const LISTS = "/var/lib/apt/lists";
/** `apt-get dist-clean` (apt 2.7+) removes the package lists too. */
const DIST_CLEAN = /^dist-?clean$/;

/** Appends ` && rm -rf /var/lib/apt/lists/*` after the last command of a shell-form RUN. */
function appendCleanup(context: RuleContext, node: RunInstruction): Fix | undefined {
  if (node.command.form !== "shell" || node.heredocs.length > 0) return undefined;
  const source = shellScripts(node, context.ast)[0];
  if (source === undefined || source.kind !== "shell-form" || source.script.errors.length > 0) return undefined;
  const last = source.script.body.items.at(-1);
  if (last === undefined || last.background) return undefined;
  const end = source.toRange(last.start, last.end).end.offset;
  return { description: "Remove the apt lists at the end of the RUN", safe: false, edits: [{ start: end, end, text: " && rm -rf /var/lib/apt/lists/*" }] };
}

const rule: Rule = {
  meta: {
    id: "apt-lists-not-removed",
    aliases: ["DL3009"],
    severity: "info",
    category: "performance",
    fix: { safe: false },
    docs: {
      description: "apt-get install leaves the package lists in the layer",
      why:
        "`apt-get update` downloads package lists into /var/lib/apt/lists; unless the same RUN deletes them they " +
        "stay in the image layer (often 20-50 MB) and a later deletion cannot shrink it. End the RUN with " +
        "`rm -rf /var/lib/apt/lists/*`, or use a cache mount. Only stages that reach the final image are checked. " +
        "The fix appends the removal to the RUN; it is unsafe because a later RUN that installs without running " +
        "`apt-get update` first relies on the lists and would then fail.",
      bad: "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5\n",
      good:
        "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*\n",
    },
  },
  create(context) {
    let finals: Set<number> | null = null;
    return {
      RUN(node: RunInstruction) {
        const installs = subcommandCalls(node, context.ast, ["apt-get", "apt"], "install");
        if (installs.length === 0) return;
        if (hasCacheMount(node, LISTS)) return;
        if (!node.onbuild) {
          const stage = stageInfo(node, context.ast);
          finals ??= finalStageIndexes(context.ast);
          if (stage !== null && !finals.has(stage.index)) return;
        }
        const last = installs.at(-1)!;
        const cleaned = commandsOf(node, context.ast).some(
          (c) =>
            c.source === last.found.source &&
            c.command.start > last.found.command.start &&
            (c.args.some((a) => wordShape(a).startsWith(LISTS)) || ((c.name === "apt-get" || c.name === "apt") && c.args.some((a) => DIST_CLEAN.test(wordShape(a))))),
        );
        if (cleaned) return;
        const fix = appendCleanup(context, node);
        context.report({
          range: spanRange(last.found, last.parsed.subcommand!),
          message: "The apt package lists stay in the layer; end the RUN with rm -rf /var/lib/apt/lists/*",
          ...(fix ? { fix } : {}),
        });
      },
    };
  },
};

export default rule;
