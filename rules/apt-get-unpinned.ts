/**
 * `apt-get install pkg` without `=version`: each build installs whatever the archive has that day.
 * Like hadolint's DL3008, a release pin (`pkg/bookworm-backports`) and a local `.deb` count as pinned;
 * words with expansions (`$PACKAGES`) are not judged. One finding per package.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { packageArgs } from "../src/analysis/packages.js";
import { spanRange, subcommandCalls } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

/** True when an apt package argument names a version, a release or a file. */
export function aptPinned(pkg: string): boolean {
  return pkg.includes("=") || pkg.includes("/") || pkg.endsWith(".deb");
}

const rule: Rule = {
  meta: {
    id: "apt-get-unpinned",
    aliases: ["DL3008"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "apt-get install names a package without a version",
      why:
        "Without `pkg=version` every build installs whatever version the archive serves that day, so the same " +
        "Dockerfile produces different images and a rebuild can break without any change. Pin the versions you " +
        "test with (`curl=7.88.1-10+deb12u5`), or a release (`pkg/bookworm-backports`). Words with variables are " +
        "not judged.",
      bad: "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n",
      good:
        "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const call of subcommandCalls(node, context.ast, ["apt-get", "apt"], "install")) {
          for (const word of packageArgs(call)) {
            if (word.value === undefined || aptPinned(word.value)) continue;
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
