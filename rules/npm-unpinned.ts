/**
 * `npm install pkg` without `@version` (DL3016). Like hadolint: `npm install` / `npm ci` without
 * packages (the lock file pins), `@tag`s and ranges, tarballs (`.tgz`, `.tar`, `.tar.gz`), local
 * folders and git URLs with `#commit` or `#semver:` are fine; git URLs without `#` are reported.
 * Beyond hadolint: the install aliases (`npm i`, `npm add`) are checked, `.`/`..`/`file:` are
 * local, GitHub shorthands (`user/repo`, `github:user/repo`) need a `#commit` like git URLs, and words
 * that are only a variable are not judged.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { parseToolInvocation } from "../src/shell/commands.js";
import { wordShape } from "../src/shell/words.js";
import { commandsOf } from "../src/analysis/shell.js";
import { spanRange } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

const GIT = /^(git:\/\/|git\+[a-z]+:\/\/|git@|github:|gitlab:|bitbucket:|gist:)/;
const TARBALL = /\.(tar|tar\.gz|tgz)$/;

/** How an npm package word stands: pinned, a git source lacking `#ref`, or unpinned. */
export function npmPin(spec: string): "pinned" | "git-unpinned" | "unpinned" {
  if (TARBALL.test(spec)) return "pinned";
  if (/^(\/|\.\/|\.\.\/|~\/|file:)/.test(spec) || spec === "." || spec === "..") return "pinned";
  if (GIT.test(spec) || /^https?:\/\//.test(spec) || /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(#.*)?$/.test(spec)) {
    return spec.includes("#") ? "pinned" : "git-unpinned";
  }
  const unscoped = spec.startsWith("@") ? spec.slice(spec.indexOf("/") + 1) : spec;
  return unscoped.includes("@") ? "pinned" : "unpinned";
}

const rule: Rule = {
  meta: {
    id: "npm-unpinned",
    aliases: ["DL3016"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "npm install names a package without a version",
      why:
        "Without `@version` npm installs the newest release on every build, so the same Dockerfile gives " +
        "different images and a new major release can break the build. Pin with `pkg@1.2.3`, or install from " +
        "package.json and the lock file with `npm ci`.",
      bad: "FROM node:22-slim\nRUN npm install -g typescript\n",
      good: "FROM node:22-slim\nRUN npm install -g typescript@5.6.3\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const found of commandsOf(node, context.ast)) {
          if (found.name !== "npm") continue;
          const inv = parseToolInvocation(found);
          if (inv === undefined || inv.parsed.subcommandName !== "install") continue;
          for (const word of inv.parsed.operands) {
            const spec = wordShape(word);
            const pin = npmPin(spec);
            if (pin === "pinned" || (word.value === undefined && pin === "unpinned")) continue;
            context.report({
              range: spanRange(found, word),
              message:
                pin === "unpinned"
                  ? `Package '${spec}' is installed without a version; pin it as ${spec}@<version>`
                  : `'${spec}' is installed from git without a commit or tag; add #<commit> or #semver:<range>`,
            });
          }
        }
      },
    };
  },
};

export default rule;
