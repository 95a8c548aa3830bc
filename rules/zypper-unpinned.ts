/**
 * `zypper install pkg` without a version (DL3037). `=`, `>=`, `>`, `<=` and `<` pin (as in hadolint);
 * `.rpm` files, paths and URLs are fine; `-t pattern|product|patch|srcpackage` installs and
 * `pattern:name` style capabilities are not packages; words that are only a variable are not judged.
 * An unquoted `pkg>=1.2` is reported with the reason: the shell reads `>=1.2` as a redirection.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { getOption } from "../src/shell/options.js";
import { wordShape } from "../src/shell/words.js";
import { packageArgs } from "../src/analysis/packages.js";
import { spanRange, subcommandCalls } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

const rule: Rule = {
  meta: {
    id: "zypper-unpinned",
    aliases: ["DL3037"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "zypper install names a package without a version",
      why:
        "Without a version zypper installs whatever the repositories serve on the day of the build, so the same " +
        "Dockerfile gives different images and a rebuild can break without any change. Pin as `name=version` " +
        "(quote ranges such as `'name>=1.2'`, or the shell reads `>` as a redirection).",
      bad: "FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean\n",
      good: "FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const call of subcommandCalls(node, context.ast, ["zypper"], "install")) {
          const type = getOption(call.parsed, "type", "t")?.value;
          if (type !== undefined && wordShape(type) !== "package") continue;
          for (const word of packageArgs(call)) {
            const shape = wordShape(word);
            if (word.value === undefined && /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$|^\$\(|^`/.test(shape)) continue;
            if (/[<>=]/.test(shape) || /\.rpm$/.test(shape) || /^[./~]/.test(shape) || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(shape)) continue;
            const redirect = call.found.command.redirections.find((r) => r.start === word.end && (r.operator === ">" || r.operator === "<"));
            context.report({
              range: spanRange(call.found, word),
              message:
                redirect !== undefined
                  ? `Package '${shape}' is installed without a version: the shell reads the unquoted '${call.found.source.script.text.slice(redirect.start, redirect.end)}' as a redirection; quote the requirement`
                  : `Package '${shape}' is installed without a version; pin it as ${shape}=<version>`,
            });
          }
        }
      },
    };
  },
};

export default rule;
