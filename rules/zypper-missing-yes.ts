/**
 * `zypper install` without `-n`/`--non-interactive` or `-y`/`--no-confirm` (DL3034): zypper asks for
 * confirmation and the build fails. hadolint's install/remove/source-install/patch (and their short
 * aliases `in`, `rm`, `si`) are checked, plus update and dist-upgrade, which prompt the same way.
 * `yes |` in front counts as an answer.
 */
import { answeredByYes } from "../src/analysis/package-extras.js";
import { hasOption } from "../src/shell/options.js";
import { missingYesRule } from "./support/package-manager.js";

const PROMPTING = new Set(["install", "remove", "source-install", "patch", "update", "dist-upgrade", "install-new-recommends"]);

export default missingYesRule({
  meta: {
    id: "zypper-missing-yes",
    aliases: ["DL3034"],
    severity: "warning",
    category: "correctness",
    docs: {
      description: "zypper install runs without a non-interactive switch",
      why:
        "Without `-n` (`--non-interactive`) or `-y` (`--no-confirm`) zypper asks for confirmation before changing " +
        "packages; a build has no terminal to answer, so zypper aborts and the RUN fails.",
      bad: "FROM opensuse/leap:15.6\nRUN zypper install httpd=2.4.58 && zypper clean\n",
      good: "FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.58 && zypper clean\n",
    },
  },
  tools: ["zypper"],
  prompts: (call) => {
    const sub = call.parsed.subcommandName;
    return sub !== undefined && PROMPTING.has(sub) ? sub : undefined;
  },
  assumesYes: (call) => hasOption(call.parsed, "non-interactive", "n", "no-confirm", "y") || answeredByYes(call.found),
  word: (call) => call.parsed.subcommand,
});
