/**
 * `gem install name` without a version (DL3028). `-v`/`--version` pins the gems of that command (as in
 * hadolint); `name:1.2.3` pins one gem; local `.gem` files and words with variables are not reported.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { hasOption } from "../src/shell/options.js";
import { packageArgs } from "../src/analysis/packages.js";
import { spanRange, subcommandCalls } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

const rule: Rule = {
  meta: {
    id: "gem-unpinned",
    aliases: ["DL3028"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "gem install names a gem without a version",
      why:
        "Without a version RubyGems installs the newest release on every build, so rebuilding the same " +
        "Dockerfile gives a different image and a new major release can break it. Pin with `gem install " +
        "bundler:2.5.22` or `gem install bundler -v 2.5.22`.",
      bad: "FROM ruby:3.3\nRUN gem install bundler\n",
      good: "FROM ruby:3.3\nRUN gem install bundler:2.5.22\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const call of subcommandCalls(node, context.ast, ["gem"], "install")) {
          if (hasOption(call.parsed, "v", "version")) continue;
          for (const word of packageArgs(call)) {
            const name = word.value;
            if (name === undefined || name.includes(":") || name.endsWith(".gem") || name.includes("/")) continue;
            context.report({
              range: spanRange(call.found, word),
              message: `Gem '${name}' is installed without a version; pin it as ${name}:<version>`,
            });
          }
        }
      },
    };
  },
};

export default rule;
