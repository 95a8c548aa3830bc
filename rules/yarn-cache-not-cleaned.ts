/**
 * `yarn install` in a RUN that does not run `yarn cache clean` afterwards (DL3060). Like hadolint, only
 * stages that reach the final image are checked (the last stage and the stages it is built `FROM`),
 * plus ONBUILD triggers, and a cache or tmpfs mount over the yarn cache (`.../.cache/yarn`) is fine.
 * Beyond hadolint: `yarn add`, `yarn global add` and a bare `yarn` (which installs) count as installs;
 * the cache folder may also be named with `--cache-folder` or `ENV YARN_CACHE_FOLDER` (a mount over it,
 * or removing it, counts), and `rm -rf` of the cache counts as cleaning.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { hasOption, getOption } from "../src/shell/options.js";
import { parseToolInvocation, type ToolInvocation } from "../src/shell/commands.js";
import { wordShape } from "../src/shell/words.js";
import type { Word } from "../src/shell/types.js";
import { commandsOf } from "../src/analysis/shell.js";
import { spanRange } from "../src/analysis/queries.js";
import { mountKeepsOut, variableValueAt } from "../src/analysis/package-extras.js";
import type { Rule } from "../src/engine/types.js";
import { reachesFinalImage } from "./support/package-manager.js";

const FRAGMENT = ".cache/yarn";

/** The word to report when the call installs packages (`yarn`, `yarn install`, `yarn add`, `yarn global add`). */
function installWord(inv: ToolInvocation): Word | undefined {
  const p = inv.parsed;
  if (p.subcommand === undefined) return hasOption(p, "version", "v", "help", "h") ? undefined : inv.view.nameWord;
  if (p.subcommandName === "install" || p.subcommandName === "add") return p.subcommand;
  if (p.subcommandName === "global" && p.subcommandPath[1] === "add") return p.subcommand;
  return undefined;
}

const rule: Rule = {
  meta: {
    id: "yarn-cache-not-cleaned",
    aliases: ["DL3060"],
    severity: "info",
    category: "performance",
    docs: {
      description: "yarn install leaves its package cache in the layer",
      why:
        "yarn keeps a copy of every downloaded package in its cache (~/.cache/yarn, often hundreds of MB); " +
        "unless the same RUN runs `yarn cache clean`, it stays in the image layer. A cache mount on the yarn " +
        "cache also keeps it out, and speeds up rebuilds. Only stages that reach the final image are checked.",
      bad: "FROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\n",
      good: "FROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        const commands = commandsOf(node, context.ast);
        let last: { index: number; word: Word; found: (typeof commands)[number] } | undefined;
        const folders: string[] = [];
        const fromEnv = variableValueAt(context.ast, node, "YARN_CACHE_FOLDER");
        if (fromEnv !== undefined && fromEnv !== "") folders.push(fromEnv.replace(/\/+$/, ""));
        commands.forEach((found, index) => {
          if (found.name !== "yarn") return;
          const inv = parseToolInvocation(found);
          if (inv === undefined) return;
          const word = installWord(inv);
          if (word === undefined) return;
          last = { index, word, found };
          const folder = getOption(inv.parsed, "cache-folder")?.value;
          if (folder !== undefined && folder.value !== undefined) folders.push(folder.value.replace(/\/+$/, ""));
        });
        if (last === undefined) return;
        if (mountKeepsOut(node, folders, [FRAGMENT])) return;
        if (!reachesFinalImage(node, context.ast)) return;
        const cleaned = commands.slice(last.index + 1).some((c) => {
          if (c.name === "yarn") {
            const inv = parseToolInvocation(c);
            return inv?.parsed.subcommandName === "cache" && inv.parsed.operands[0]?.value === "clean";
          }
          if (c.name !== "rm") return false;
          return c.args.some((a) => {
            const path = wordShape(a).replace(/\/?\*+$/, "").replace(/\/+$/, "");
            return path.includes(FRAGMENT) || folders.some((f) => f === path || f.startsWith(path + "/"));
          });
        });
        if (cleaned) return;
        context.report({
          range: spanRange(last.found, last.word),
          message: "yarn's package cache stays in the layer; run yarn cache clean at the end of the RUN",
        });
      },
    };
  },
};

export default rule;
