/**
 * `pip install pkg` without a version specifier (DL3013). Requirement and constraint files (`-r`, `-c`),
 * editable installs, local paths, archives and wheels, VCS and URL requirements (`git+...`, `pkg @ url`)
 * and words with variables are not reported. `pip install --upgrade pip` (upgrading the installer
 * itself) is not reported either.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { hasOption } from "../src/shell/options.js";
import { packageArgs } from "../src/analysis/packages.js";
import { spanRange, subcommandCalls } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

/** True when a pip requirement word pins a version or does not name an index package. */
export function pipPinned(req: string): boolean {
  if (/(===?|~=|>=|<=|!=|<|>)/.test(req)) return true;
  if (req.includes("@") || req.includes("/") || req.includes("\\") || req.includes(":")) return true; // URLs, paths, pkg @ url
  if (/^[.~]/.test(req) || /\.(whl|tar\.gz|tgz|zip|tar\.bz2|egg)$/i.test(req)) return true;
  return false;
}

const rule: Rule = {
  meta: {
    id: "pip-unpinned",
    aliases: ["DL3013"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "pip install names a package without a version",
      why:
        "Without a version specifier pip installs the newest release on every build, so the same Dockerfile " +
        "gives different images and a new release can break the build or the application. Pin with " +
        "`pkg==1.2.3`, or install from a locked requirements file (`pip install -r requirements.txt`).",
      bad: "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n",
      good: "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const call of subcommandCalls(node, context.ast, ["pip"], "install")) {
          const upgrade = hasOption(call.parsed, "upgrade", "U");
          for (const word of packageArgs(call)) {
            if (word.value === undefined || pipPinned(word.value)) continue;
            if (upgrade && /^pip(\[.*\])?$/i.test(word.value)) continue;
            // `pip install numba>=0.43` unquoted: the shell reads `>=0.43` as a redirection to a file
            const redirect = call.found.command.redirections.find((r) => r.start === word.end && r.operator === ">" && r.target?.text.startsWith("="));
            context.report({
              range: spanRange(call.found, word),
              message: redirect
                ? `Package '${word.value}' is installed without a version: the shell reads the unquoted '${redirect.target?.text === undefined ? "" : ">" + redirect.target.text}' as a redirection; quote the requirement`
                : `Package '${word.value}' is installed without a version; pin it as ${word.value}==<version>`,
            });
          }
        }
      },
    };
  },
};

export default rule;
