import rule from "../../rules/cd-instead-of-workdir.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM node:22-alpine\nWORKDIR /app\nRUN npm ci\n",
    { name: "cd in a subshell", code: "FROM debian:12\nRUN (cd /src && make) && make -C /other install\n" },
    { name: "final cd changes nothing that follows", code: "FROM debian:12\nRUN make install && cd /\n" },
    { name: "cd into a temporary directory", code: "FROM debian:12\nRUN cd \"$(mktemp -d)\" && curl -fsSLO https://x/a.tgz\n" },
    { name: "cd in a loop body", code: "FROM debian:12\nRUN for d in a b; do cd /src/$d && make; done\n" },
    { name: "cd -", code: "FROM debian:12\nRUN pushd /x; make; cd - && ls\n" },
  ],
  invalid: [
    {
      code: "FROM node:22-alpine\nCOPY . /app\nRUN cd /app && npm ci\n",
      findings: [{ line: 3, column: 5, endLine: 3, endColumn: 12, message: "cd changes the directory only within this RUN; use WORKDIR to set the working directory" }],
    },
    {
      name: "a lone cd has no effect at all",
      code: "FROM debian:12\nRUN cd /app\n",
      findings: [{ line: 2, column: 5, endLine: 2, endColumn: 12 }],
    },
    {
      name: "cd -P over a continuation, in the middle of the RUN",
      code: "FROM debian:12\nRUN mkdir -p /src && cd -P \\\n  /src && make\n",
      findings: [{ line: 2, column: 22, endLine: 3, endColumn: 7 }],
    },
    {
      name: "exec form, heredoc, ONBUILD",
      code: 'FROM debian:12\nRUN ["bash", "-c", "cd /x && make"]\nRUN <<EOF\ncd /y\nmake\nEOF\nONBUILD RUN cd /z && make\n',
      findings: [
        { line: 2, column: 21, endLine: 2, endColumn: 26 },
        { line: 4, column: 1, endLine: 4, endColumn: 6 },
        { line: 7, column: 13, endLine: 7, endColumn: 18 },
      ],
    },
  ],
});
