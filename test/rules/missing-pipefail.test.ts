import rule from "../../rules/missing-pipefail.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://x/app.tgz | tar -xz\n',
    { name: "bundled -eo pipefail in SHELL, inherited by a child stage", code: 'FROM alpine:3.20 AS base\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nFROM base\nRUN wget -qO- https://x/a.tgz | tar -xz\n' },
    { name: "set -euo pipefail first", code: "FROM debian:12\nRUN set -euo pipefail && curl -fsSL https://x/a.tgz | tar -xz\n" },
    { name: "exec form is not checked", code: 'FROM debian:12\nRUN ["bash", "-c", "curl -fsSL https://x/a.tgz | tar -xz"]\n' },
    { name: "masked pipeline", code: "FROM debian:12\nRUN dpkg -l | grep -q foo || true\n" },
    { name: "no pipe, only ||", code: "FROM debian:12\nRUN make || make test\n" },
    { name: "only echo feeds the pipe", code: 'FROM debian:12\nRUN echo "$SUM *app.tgz" | sha256sum -c -\n' },
    { name: "only printf feeds the pipe, in a continued line", code: "FROM debian:12\nRUN set -e; \\\n  printf '%s\\n' a b | xargs -n1 echo\n" },
    { name: "PowerShell SHELL", code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["pwsh", "-Command"]\nRUN Get-ChildItem | Select-Object Name\n' },
  ],
  invalid: [
    {
      name: "echo feeding a command that reads a file still needs pipefail",
      code: "FROM debian:12\nRUN echo x < /missing | cat\n",
      findings: [{ line: 2, column: 23, endLine: 2, endColumn: 24 }],
    },
    {
      code: "FROM debian:12\nRUN curl -fsSL https://x/app.tgz | tar -xz -C /opt\n",
      findings: [{ line: 2, column: 34, endLine: 2, endColumn: 35, message: "This pipe hides failures of the commands before it; set -o pipefail in SHELL or at the start of the command" }],
    },
    {
      name: "SHELL without pipefail; continuation; one finding per RUN, at the first pipe fed by a fallible command",
      code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN echo a \\\n  | sort | uniq\n',
      findings: [{ line: 4, column: 10, endLine: 4, endColumn: 11 }],
    },
    {
      name: "SHELL set in another stage does not count",
      code: 'FROM debian:12 AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian:12\nRUN cat /etc/os-release |& grep ID\n',
      findings: [{ line: 4, column: 25, endLine: 4, endColumn: 27 }],
    },
    {
      name: "heredoc script and ONBUILD",
      code: "FROM debian:12\nRUN <<EOF\nls | wc -l\nEOF\nONBUILD RUN ps aux | grep x\n",
      findings: [
        { line: 3, column: 4, endLine: 3, endColumn: 5 },
        { line: 5, column: 20, endLine: 5, endColumn: 21 },
      ],
    },
    {
      name: "set -o pipefail after the pipe is too late",
      code: "# escape=`\nFROM debian:12\nRUN curl -s x | sh && set -o pipefail\n",
      findings: [{ line: 3, column: 15, endLine: 3, endColumn: 16 }],
    },
  ],
});
