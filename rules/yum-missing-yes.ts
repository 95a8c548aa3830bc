/**
 * `yum install` without `-y` (DL3030): yum asks "Is this ok [y/d/N]", reads end-of-file in a build and
 * exits with "Operation aborted". Besides hadolint's install/groupinstall/localinstall, the other calls
 * that prompt (update, remove, downgrade, `group install`, `module install|enable`...) are reported too.
 * `-y`, `--assumeyes`, `--setopt=assumeyes=1` and `yes |` count.
 */
import { rpmAction, rpmActionText, RPM_PROMPTING, rpmAssumesYes } from "../src/analysis/package-extras.js";
import { missingYesRule } from "./support/package-manager.js";

export default missingYesRule({
  meta: {
    id: "yum-missing-yes",
    aliases: ["DL3030"],
    severity: "warning",
    category: "correctness",
    docs: {
      description: "yum install runs without -y",
      why:
        "Without `-y` yum asks for confirmation before changing packages; a build has no terminal to answer, so " +
        "yum aborts and the RUN fails. `-y` (or `--assumeyes`) answers yes.",
      bad: "FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all\n",
      good: "FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n",
    },
  },
  tools: ["yum"],
  prompts: (call) => {
    const a = rpmAction(call);
    return a.action !== undefined && RPM_PROMPTING.has(a.action) ? rpmActionText(a) : undefined;
  },
  assumesYes: rpmAssumesYes,
  word: (call) => rpmAction(call).actionWord,
});
