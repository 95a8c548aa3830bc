import rule from "../../rules/zypper-unpinned.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat=9.0.39 && zypper clean\n",
    { name: "escaped and quoted ranges", code: "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat\\>=9.0 tomcat\\>9.0 'tomcat<=9.0' \"tomcat<9.0\" && zypper clean\n" },
    { name: "rpm files, paths and URLs", code: "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat-9.0.39-1.rpm /tmp/x.rpm https://example.com/y.rpm\n" },
    { name: "patterns and capabilities", code: "FROM opensuse/leap:15.6\nRUN zypper in -y -t pattern devel_basis && zypper in -y pattern:devel_C_C++\n" },
    { name: "a list in a variable", code: "FROM opensuse/leap:15.6\nRUN zypper in -y $PACKAGES\n" },
  ],
  invalid: [
    {
      code: "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat && zypper clean\n",
      findings: [{ line: 2, column: 23, endLine: 2, endColumn: 29, message: "Package 'tomcat' is installed without a version; pin it as tomcat=<version>" }],
    },
    {
      name: "an unquoted range is a redirection",
      code: "FROM opensuse/leap:15.6\nRUN zypper in -y tomcat>=9.0\n",
      findings: [{ line: 2, column: 18, endLine: 2, endColumn: 24, message: "Package 'tomcat' is installed without a version: the shell reads the unquoted '>=9.0' as a redirection; quote the requirement" }],
    },
    {
      name: "-t package is still packages; continuation",
      code: "FROM opensuse/leap:15.6\nRUN zypper -n in -t package \\\n    curl vim=9\n",
      findings: [{ line: 3, column: 5, endLine: 3, endColumn: 9 }],
    },
    {
      name: "exec-form sh -c, heredoc, ONBUILD with sudo",
      code: 'FROM opensuse/leap:15.6\nRUN ["sh", "-c", "zypper in -y a"]\nRUN <<EOF\nzypper install -y b\nEOF\nONBUILD RUN sudo zypper in -y c\n',
      findings: [
        { line: 2, column: 32, endLine: 2, endColumn: 33 },
        { line: 4, column: 19, endLine: 4, endColumn: 20 },
        { line: 6, column: 31, endLine: 6, endColumn: 32 },
      ],
    },
  ],
});
