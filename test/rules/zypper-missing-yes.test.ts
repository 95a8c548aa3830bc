import rule from "../../rules/zypper-missing-yes.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM opensuse/leap:15.6\nRUN zypper install -n httpd=2.4.24 && zypper clean\n",
    { name: "--non-interactive, -y, --no-confirm", code: "FROM opensuse/leap:15.6\nRUN zypper install --non-interactive a=1 && zypper install -y b=1 && zypper install --no-confirm c=1\n" },
    { name: "global -n before the subcommand, aliases", code: "FROM opensuse/leap:15.6\nRUN zypper -n in a=1 && zypper --non-interactive rm b && zypper -n si c\n" },
    { name: "yes piped in", code: "FROM opensuse/leap:15.6\nRUN yes | zypper install a=1\n" },
    { name: "commands that do not prompt", code: "FROM opensuse/leap:15.6\nRUN zypper refresh && zypper clean -a && zypper search x\n" },
  ],
  invalid: [
    {
      code: "FROM opensuse/leap:15.6\nRUN zypper install httpd=2.4.24 && zypper clean\n",
      findings: [{ line: 2, column: 12, endLine: 2, endColumn: 19, message: "zypper install runs without -y, so it stops at the confirmation prompt and the build fails" }],
    },
    {
      name: "aliases rm, si and patch",
      code: "FROM opensuse/leap:15.6\nRUN zypper rm a && zypper si b && zypper patch\n",
      findings: [
        { line: 2, column: 12, endLine: 2, endColumn: 14, message: /^zypper remove runs without -y/ },
        { line: 2, column: 27, endLine: 2, endColumn: 29 },
        { line: 2, column: 42, endLine: 2, endColumn: 47 },
      ],
    },
    {
      name: "update and dist-upgrade prompt too; continuation",
      code: "FROM opensuse/leap:15.6\nRUN zypper update \\\n && zypper dup\n",
      findings: [
        { line: 2, column: 12, endLine: 2, endColumn: 18 },
        { line: 3, column: 12, endLine: 3, endColumn: 15 },
      ],
    },
    {
      name: "exec-form bash -c, heredoc, ONBUILD with sudo",
      code: 'FROM opensuse/leap:15.6\nRUN ["bash", "-c", "zypper in a"]\nRUN <<EOF\nzypper install b\nEOF\nONBUILD RUN sudo zypper install c\n',
      findings: [
        { line: 2, column: 28, endLine: 2, endColumn: 30 },
        { line: 4, column: 8, endLine: 4, endColumn: 15 },
        { line: 6, column: 25, endLine: 6, endColumn: 32 },
      ],
    },
  ],
});
