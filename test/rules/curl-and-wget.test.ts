import rule from "../../rules/curl-and-wget.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM node as foo\nRUN wget my.xyz\n",
    { name: "different stages", code: "FROM node as foo\nRUN wget my.xyz\nFROM scratch\nRUN curl localhost\n" },
    { name: "package names are not uses", code: "FROM debian:12\nRUN apt-get install -y curl wget && curl -fsSLO https://example.com/x\n" },
    { name: "ONBUILD triggers are a pool of their own", code: "FROM debian:12\nRUN wget -q x\nONBUILD RUN curl -fsSLO y\n" },
    { name: "other instructions are not RUN", code: 'FROM debian:12\nRUN wget -q x\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n' },
  ],
  invalid: [
    {
      code: "FROM node as foo\nRUN wget my.xyz\nRUN curl localhost\n",
      findings: [{ line: 3, column: 5, endLine: 3, endColumn: 9, message: "Both curl and wget are used in this stage (wget on line 2); use one of them" }],
    },
    { name: "same instruction: the later tool", code: "FROM node as foo\nRUN wget my.xyz && curl localhost\n", findings: [{ line: 2, column: 20, endLine: 2, endColumn: 24 }] },
    {
      name: "only the stage with both; one finding per RUN after both are seen",
      code: "FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com && wget bar.com\nFROM scratch\nRUN curl localhost\n",
      findings: [
        { line: 3, column: 5, endLine: 3, endColumn: 9 },
        { line: 5, column: 5, endLine: 5, endColumn: 9, message: "Both curl and wget are used in this stage (curl on line 3); use one of them" },
      ],
    },
    {
      name: "continuation, exec-form sh -c, heredoc, sudo",
      code: 'FROM debian:12\nRUN set -e \\\n && wget -q a\nRUN ["sh", "-c", "curl -fsSO b"]\nRUN <<EOF\nsudo wget -q c\nEOF\n',
      findings: [
        { line: 4, column: 19, endLine: 4, endColumn: 23 },
        { line: 6, column: 6, endLine: 6, endColumn: 10 },
      ],
    },
    {
      name: "ONBUILD pool",
      code: "FROM debian:12\nONBUILD RUN curl -fsSO a\nONBUILD RUN wget -q b\n",
      findings: [{ line: 3, column: 13, endLine: 3, endColumn: 17 }],
    },
  ],
});
