import rule from "../../rules/wget-no-progress.js";
import { cases } from "./harness.js";

const MSG = "wget without --progress fills the build log with progress dots; add --progress=dot:giga, or -q / -nv";

cases(rule, {
  valid: [
    "FROM node as foo\nRUN wget --progress=dot:giga my.xyz\n",
    { name: "-q and --quiet", code: "FROM debian:12\nRUN wget -q my.xyz && wget --quiet my.xyz && wget -qO- my.xyz | tar xz\n" },
    { name: "-nv and --no-verbose", code: "FROM debian:12\nRUN wget -nv my.xyz && wget --no-verbose my.xyz\n" },
    { name: "log elsewhere", code: "FROM debian:12\nRUN wget --output-file=/tmp/wget.log my.xyz && wget -o /tmp/wget.log my.xyz && wget --append-output=/tmp/l x && wget -a /tmp/l x\n" },
    { name: "nothing downloaded", code: "FROM debian:12\nRUN wget --version && wget --spider https://example.com\n" },
    { name: "curl is another tool", code: "FROM debian:12\nRUN curl -fsSLO https://example.com/x\n" },
  ],
  invalid: [
    { code: "FROM node as foo\nRUN wget my.xyz\n", findings: [{ line: 2, column: 5, endLine: 2, endColumn: 9, message: MSG }] },
    { name: "-O is not -o", code: "FROM debian:12\nRUN wget -O /tmp/x.tgz https://example.com/x.tgz\n", findings: [{ line: 2, column: 5, endLine: 2, endColumn: 9 }] },
    {
      name: "in a pipeline; continuation",
      code: "FROM debian:12\nRUN set -e; \\\n    wget -O- https://example.com/x.tgz | tar xz\n",
      findings: [{ line: 3, column: 5, endLine: 3, endColumn: 9 }],
    },
    {
      name: "exec-form bash -c, heredoc, ONBUILD with sudo",
      code: 'FROM debian:12\nRUN ["bash", "-c", "wget a"]\nRUN <<EOF\ncd /tmp && wget b\nEOF\nONBUILD RUN sudo wget c\n',
      findings: [
        { line: 2, column: 21, endLine: 2, endColumn: 25 },
        { line: 4, column: 12, endLine: 4, endColumn: 16 },
        { line: 6, column: 18, endLine: 6, endColumn: 22 },
      ],
    },
  ],
});
