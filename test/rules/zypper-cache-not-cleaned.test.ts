import rule from "../../rules/zypper-cache-not-cleaned.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM opensuse/leap:15.6\nRUN zypper install -y mariadb=10.4 && zypper clean\n",
    { name: "cc alias and clean -a", code: "FROM opensuse/leap:15.6\nRUN zypper in -y m=10.4 && zypper cc\nRUN zypper in -y m=10.4 && zypper clean -a\n" },
    { name: "cache mount", code: "FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper install -y mariadb\n" },
    { name: "tmpfs mount", code: "FROM opensuse/leap:15.6\nRUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y mariadb\n" },
    { name: "cache removed", code: "FROM opensuse/leap:15.6\nRUN zypper install -y m=1 && rm -rf /var/cache/zypp/*\n" },
    { name: "a builder stage", code: "FROM opensuse/leap:15.6 AS build\nRUN zypper install -y gcc=7\nFROM scratch\n" },
  ],
  invalid: [
    {
      code: "FROM opensuse/leap:15.6\nRUN zypper install -y mariadb=10.4\n",
      findings: [{ line: 2, column: 12, endLine: 2, endColumn: 19, message: "The zypper cache stays in the layer; end the RUN with zypper clean -a" }],
    },
    { name: "clean before install", code: "FROM opensuse/leap:15.6\nRUN zypper clean && zypper install -y mariadb=10.4\n", findings: [{ line: 2, column: 28, endLine: 2, endColumn: 35 }] },
    {
      name: "a mount elsewhere; update fills the cache too; continuation",
      code: "FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/lib/foobar zypper -n up \\\n && zypper -n in x=1\n",
      findings: [{ line: 3, column: 15, endLine: 3, endColumn: 17 }],
    },
    {
      name: "exec-form bash -c, heredoc, ONBUILD",
      code: 'FROM opensuse/leap:15.6\nRUN ["bash", "-c", "zypper in -y a=1"]\nRUN <<EOF\nsudo zypper -n install b=1\nEOF\nONBUILD RUN zypper in -y c=1\n',
      findings: [
        { line: 2, column: 28, endLine: 2, endColumn: 30 },
        { line: 4, column: 16, endLine: 4, endColumn: 23 },
        { line: 6, column: 20, endLine: 6, endColumn: 22 },
      ],
    },
  ],
});
