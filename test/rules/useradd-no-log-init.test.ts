import rule from "../../rules/useradd-no-log-init.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM debian:12\nRUN useradd luser\n",
    { name: "short uid", code: "FROM debian:12\nRUN useradd -u 12345 luser\n" },
    { name: "long uid with -l / --no-log-init", code: "FROM debian:12\nRUN useradd -l -u 123456 luser && useradd --no-log-init --uid=1234567 b && useradd -lu 123456 c\n" },
    { name: "just -l", code: "FROM debian:12\nRUN useradd -l luser\n" },
    { name: "a uid variable with a short or unknown value (hadolint reports -u $UID)", code: "FROM debian:12\nARG UID=1000\nRUN useradd -u $UID a && useradd -u ${OTHER} b\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN useradd -u 123456 luser\n",
      findings: [{ line: 2, column: 16, endLine: 2, endColumn: 22, message: "useradd with UID 123456 and without -l makes /var/log/lastlog and faillog huge in the layer; add -l (--no-log-init)" }],
    },
    {
      name: "--uid=, --uid VALUE and bundled -ou",
      code: "FROM debian:12\nRUN useradd --uid=1234567 a && useradd --uid 2000000 b && useradd -ou 3000000 c\n",
      findings: [
        { line: 2, column: 19, endLine: 2, endColumn: 26 },
        { line: 2, column: 46, endLine: 2, endColumn: 53 },
        { line: 2, column: 71, endLine: 2, endColumn: 78 },
      ],
    },
    {
      name: "a uid from an ARG; continuation",
      code: 'FROM debian:12\nARG UID=1000001\nRUN groupadd -g "$UID" app \\\n && useradd -u "${UID}" -g app app\n',
      findings: [{ line: 4, column: 16, endLine: 4, endColumn: 24, message: /UID 1000001/ }],
    },
    {
      name: "exec-form sh -c, heredoc, ONBUILD with sudo",
      code: 'FROM debian:12\nRUN ["sh", "-c", "useradd -u 100000 a"]\nRUN <<EOF\nuseradd -m -u 100001 b\nEOF\nONBUILD RUN sudo useradd -u 100002 c\n',
      findings: [
        { line: 2, column: 30, endLine: 2, endColumn: 36 },
        { line: 4, column: 15, endLine: 4, endColumn: 21 },
        { line: 6, column: 29, endLine: 6, endColumn: 35 },
      ],
    },
  ],
});
