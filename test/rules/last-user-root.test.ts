import rule from "../../rules/last-user-root.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "non-root user", code: "FROM scratch\nUSER foo\n" },
    { name: "switches back to non-root", code: "FROM scratch\nUSER root\nRUN something\nUSER foo\n" },
    { name: "no USER at all", code: "FROM debian:12\nRUN something\n" },
    { name: "switching in the base stage", code: "FROM debian:12 AS base\nUSER root\nRUN something\nUSER foo\nFROM base\nRUN something else\n" },
    { name: "builder stage as root is not shipped", code: "FROM golang:1.23 AS build\nUSER root\nRUN go build -o /app .\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app\nUSER 65532\n" },
    { name: "group root only", code: "FROM debian:12\nUSER 1000:0\n" },
    { name: "uid starting with 0 is not root", code: "FROM debian:12\nUSER 01000\n" },
    { name: "unknown variable", code: "FROM debian:12\nARG RUNAS\nUSER $RUNAS\n" },
    { name: "ONBUILD USER root is for child images", code: "FROM debian:12\nUSER app\nONBUILD USER root\n" },
  ],
  invalid: [
    {
      name: "USER root",
      code: "FROM scratch\nUSER root\n",
      findings: [{ line: 2, column: 6, endLine: 2, endColumn: 10, message: 'Last USER should not be root: the image runs as "root"; switch to an unprivileged user' }],
    },
    { name: "UID 0", code: "FROM scratch\nUSER 0\n", findings: [{ line: 2, column: 6, endLine: 2, endColumn: 7 }] },
    { name: "root:root", code: "FROM scratch\nUSER root:root\n", findings: [{ line: 2, column: 6, endLine: 2, endColumn: 15 }] },
    { name: "0:0, quoted", code: 'FROM scratch\nUSER "0:0"\n', findings: [{ line: 2, column: 6, endLine: 2, endColumn: 11, message: /runs as "0:0"/ }] },
    {
      name: "inherited from the base stage",
      code: "FROM debian:12 AS base\nUSER root\nRUN something\nFROM base\nRUN something else\n",
      findings: [{ line: 2, column: 6, endLine: 2, endColumn: 10, message: /inherited by the stage on line 4/ }],
    },
    {
      name: "an unused stage ships too (hadolint: warns on multiple stages)",
      code: "FROM debian:12 AS base\nUSER root\nRUN something\nFROM scratch\nUSER foo\nRUN something else\n",
      findings: [{ line: 2, column: 6, endLine: 2, endColumn: 10 }],
    },
    { name: "from a variable with a known value", code: "FROM debian:12\nARG RUNAS=root\nUSER ${RUNAS}\n", findings: [{ line: 3, column: 6, endLine: 3, endColumn: 14 }] },
    {
      name: "two shipping stages on one base: reported once",
      code: "FROM debian:12 AS base\nUSER root\nFROM base AS a\nFROM base AS b\n",
      findings: [{ line: 2, column: 6, endLine: 2, endColumn: 10 }],
    },
  ],
});
