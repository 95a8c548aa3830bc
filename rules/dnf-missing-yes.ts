/**
 * `dnf install` / `microdnf install` without `-y` (DL3038): dnf asks for confirmation, reads end-of-file
 * in a build and aborts; so does microdnf where the distribution configures it to ask (UBI 9, Oracle
 * Linux 9 at times; hadolint reports microdnf too). Besides install, the other calls that
 * prompt (upgrade, remove, `group install`, `module enable`...) are reported too. `-y`,
 * `--assumeyes`, `--setopt=assumeyes=1` and `yes |` count.
 */
import { rpmAction, rpmActionText, RPM_PROMPTING, rpmAssumesYes } from "../src/analysis/package-extras.js";
import { missingYesRule } from "./support/package-manager.js";

export default missingYesRule({
  meta: {
    id: "dnf-missing-yes",
    aliases: ["DL3038"],
    severity: "warning",
    category: "correctness",
    docs: {
      description: "dnf or microdnf install runs without -y",
      why:
        "Without `-y` dnf (and microdnf on RHEL 9 and later) asks for confirmation before changing packages; a " +
        "build has no terminal to answer, so the command aborts and the RUN fails. `-y` (or `--assumeyes`) " +
        "answers yes.",
      bad: "FROM fedora:40\nRUN dnf install httpd-2.4.62 && dnf clean all\n",
      good: "FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n",
    },
  },
  tools: ["dnf", "microdnf"],
  prompts: (call) => {
    const a = rpmAction(call);
    return a.action !== undefined && RPM_PROMPTING.has(a.action) ? rpmActionText(a) : undefined;
  },
  assumesYes: rpmAssumesYes,
  word: (call) => rpmAction(call).actionWord,
});
