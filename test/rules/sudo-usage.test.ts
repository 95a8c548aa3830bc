import rule from "../../rules/sudo-usage.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM debian:12\nUSER root\nRUN apt-get update\n",
    { name: "the word sudo as an argument", code: "FROM debian:12\nRUN apt-get install -y sudo && echo 'app ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/app\n" },
    { name: "CMD is not a RUN", code: "FROM debian:12\nCMD sudo -u app ./start\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN sudo apt-get update\n",
      findings: [{ line: 2, column: 5, endLine: 2, endColumn: 9, message: "sudo is used in RUN; use USER to change the user that runs build commands" }],
    },
    {
      name: "behind env, in a subshell, after a continuation",
      code: "FROM debian:12\nRUN env A=1 sudo -u app make && \\\n  (cd /x && /usr/bin/sudo make install)\n",
      findings: [
        { line: 2, column: 13, endLine: 2, endColumn: 17 },
        { line: 3, column: 13, endLine: 3, endColumn: 26 },
      ],
    },
    {
      name: "exec form, heredoc, ONBUILD",
      code: 'FROM debian:12\nRUN ["sh", "-c", "sudo ls"]\nRUN <<EOF\nsudo ls\nEOF\nONBUILD RUN sudo ls\n',
      findings: [
        { line: 2, column: 19, endLine: 2, endColumn: 23 },
        { line: 4, column: 1, endLine: 4, endColumn: 5 },
        { line: 6, column: 13, endLine: 6, endColumn: 17 },
      ],
    },
  ],
});
