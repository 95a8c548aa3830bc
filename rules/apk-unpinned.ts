/**
 * `apk add pkg` without a version constraint (DL3018). `pkg=1.2.3-r0`, `pkg~1.2`, `pkg>1`, `pkg<2`,
 * local `.apk` files and words with variables are not reported; the `--virtual NAME` name is not a package.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { packageArgs } from "../src/analysis/packages.js";
import { spanRange, subcommandCalls } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

/** True when an apk package argument carries a version constraint or names a file. */
export function apkPinned(pkg: string): boolean {
  return /[=~<>]/.test(pkg) || pkg.endsWith(".apk") || pkg.includes("/");
}

const rule: Rule = {
  meta: {
    id: "apk-unpinned",
    aliases: ["DL3018"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "apk add names a package without a version",
      why:
        "Without a version constraint every build installs the newest package in the repository, so rebuilding " +
        "the same Dockerfile gives a different image and can break unexpectedly. Pin the version you tested " +
        "(`curl=8.9.1-r0`) or at least a series (`curl~8.9`). Words with variables are not judged.",
      bad: "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
      good: "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const call of subcommandCalls(node, context.ast, ["apk"], "add")) {
          for (const word of packageArgs(call)) {
            if (word.value === undefined || apkPinned(word.value)) continue;
            context.report({
              range: spanRange(call.found, word),
              message: `Package '${word.value}' is installed without a version; pin it as ${word.value}=<version>`,
            });
          }
        }
      },
    };
  },
};

export default rule;
