import rule from "../../rules/zypper-dist-upgrade.js";
import { cases } from "./harness.js";

const MSG = "zypper dist-upgrade upgrades the whole distribution during the build; use a newer base image instead";

cases(rule, {
  valid: [
    "FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0\n",
    { name: "update is not dist-upgrade", code: "FROM opensuse/leap:15.6\nRUN zypper -n up && zypper -n update\n" },
    { name: "a package named dup", code: "FROM opensuse/leap:15.6\nRUN zypper -n install dup\n" },
    { name: "apt-get dist-upgrade is another tool", code: "FROM debian:12\nRUN apt-get -y dist-upgrade\n" },
  ],
  invalid: [
    { code: "FROM opensuse/leap:15.6\nRUN zypper dist-upgrade\n", findings: [{ line: 2, column: 12, endLine: 2, endColumn: 24, message: MSG }] },
    { name: "dup alias after a global option", code: "FROM opensuse/leap:15.6\nRUN zypper -n dup\n", findings: [{ line: 2, column: 15, endLine: 2, endColumn: 18 }] },
    { name: "continuation and sudo", code: "FROM opensuse/leap:15.6\nRUN zypper ref && \\\n    sudo zypper dup -y\n", findings: [{ line: 3, column: 17, endLine: 3, endColumn: 20 }] },
    {
      name: "exec-form sh -c, heredoc, ONBUILD",
      code: 'FROM opensuse/leap:15.6\nRUN ["sh", "-c", "zypper dup"]\nRUN <<EOF\nzypper -n dist-upgrade\nEOF\nONBUILD RUN zypper dup\n',
      findings: [
        { line: 2, column: 26, endLine: 2, endColumn: 29 },
        { line: 4, column: 11, endLine: 4, endColumn: 23 },
        { line: 6, column: 20, endLine: 6, endColumn: 23 },
      ],
    },
  ],
});
