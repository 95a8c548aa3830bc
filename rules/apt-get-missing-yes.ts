/**
 * `apt-get install` without `-y` (DL3014): apt asks for confirmation, gets no answer in a build and
 * aborts. `-y`, `--yes`, `--assume-yes`, `-qq`/`-q=2` (which imply `-y`) and
 * `-o APT::Get::Assume-Yes=true` count.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { hasOption } from "../src/shell/options.js";
import { wordShape } from "../src/shell/words.js";
import type { PackageCommand } from "../src/analysis/packages.js";
import { spanRange, subcommandCalls } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

/** True when the apt call will not prompt. */
export function assumesYes(call: PackageCommand): boolean {
  const p = call.parsed;
  if (hasOption(p, "yes")) return true;
  if (p.options.filter((o) => o.name === "q" || o.name === "quiet").length >= 2) return true;
  for (const o of p.options) {
    const shape = wordShape(o.word);
    if (/^(-q=|--quiet=)[2-9]/.test(shape)) return true;
    if ((o.name === "o" || o.name === "option") && o.value && /^APT::Get::Assume-Yes=(true|1|yes)$/i.test(wordShape(o.value))) return true;
  }
  return false;
}

const rule: Rule = {
  meta: {
    id: "apt-get-missing-yes",
    aliases: ["DL3014", "DS021"],
    severity: "warning",
    category: "correctness",
    docs: {
      description: "apt-get install runs without -y",
      why:
        "Without `-y` apt asks \"Do you want to continue? [Y/n]\" whenever the install needs more than the named " +
        "packages; a build has no terminal to answer, so apt aborts and the build fails as soon as a dependency " +
        "changes. `-y` (or `-qq`, which implies it) answers yes.",
      bad: "FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl=7.88.1-10+deb12u5\n",
      good: "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const call of subcommandCalls(node, context.ast, ["apt-get", "apt"], "install")) {
          if (assumesYes(call)) continue;
          context.report({
            range: spanRange(call.found, call.parsed.subcommand!),
            message: `${call.tool} install runs without -y, so it stops at the confirmation prompt`,
          });
        }
      },
    };
  },
};

export default rule;
