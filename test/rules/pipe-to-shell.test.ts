import rule from "../../rules/pipe-to-shell.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM debian:12\nRUN curl -fsSLo /tmp/i.sh https://x/i.sh && echo 'abc  /tmp/i.sh' | sha256sum -c - && sh /tmp/i.sh\n",
    { name: "downloads piped into data tools", code: "FROM debian:12\nRUN curl -fsSL https://x/a.tgz | tar -xz && curl -s https://x/v.json | python3 -c 'import json,sys; print(json.load(sys.stdin))'\n" },
    { name: "wget to a file, then a pipe from cat", code: "FROM debian:12\nRUN wget -O /tmp/i.sh https://x/i.sh && cat /tmp/i.sh | sh\n" },
    { name: "curl -o file with a pipe after", code: "FROM debian:12\nRUN curl -o /tmp/x https://x/x | sh\n" },
    { name: "interpreter running a named script", code: "FROM debian:12\nRUN curl -s https://x/data | bash ./process.sh\n" },
  ],
  invalid: [
    {
      code: "FROM ubuntu:16.04\nRUN curl -L https://raw.githubusercontent.com/pyenv/pyenv-installer/master/bin/pyenv-installer | bash\n",
      findings: [{ line: 2, column: 96, endLine: 2, endColumn: 97, message: "The output of curl is piped into bash, running a downloaded script without verifying it" }],
    },
    {
      name: "wget -O - into zsh || true; sudo bash -s over a continuation",
      code: "FROM debian:12\nRUN wget https://x/install.sh -O - | zsh || true\nRUN curl -fsSL https://x/setup \\\n  | sudo -E bash -s -- --yes\n",
      findings: [
        { line: 2, column: 36, endLine: 2, endColumn: 37, message: "The output of wget is piped into zsh, running a downloaded script without verifying it" },
        { line: 4, column: 3, endLine: 4, endColumn: 4 },
      ],
    },
    {
      name: "command and process substitution",
      code: 'FROM debian:12\nRUN sh -c "$(curl -fsSL https://x/i.sh)" && bash <(wget -qO- https://x/j.sh)\n',
      findings: [
        { line: 2, column: 12, endLine: 2, endColumn: 40, message: "sh runs a script downloaded by curl without verifying it" },
        { line: 2, column: 50, endLine: 2, endColumn: 77 },
      ],
    },
    {
      name: "exec form, heredoc, ONBUILD, python",
      code: 'FROM debian:12\nRUN ["bash", "-c", "curl -s https://x | python3"]\nRUN <<EOF\nwget -qO- https://x | sh\nEOF\nONBUILD RUN curl https://x | perl\n',
      findings: [
        { line: 2, column: 39, endLine: 2, endColumn: 40 },
        { line: 4, column: 21, endLine: 4, endColumn: 22 },
        { line: 6, column: 28, endLine: 6, endColumn: 29 },
      ],
    },
  ],
});
