import rule from "../../rules/ln-to-bin-sh.js";
import { cases } from "./harness.js";

const MSG = "ln replaces /bin/sh, which changes the shell for everything in the image; use SHELL to change the shell of RUN";

cases(rule, {
  valid: [
    "FROM debian:12\nRUN ln -sf /bin/true /sbin/initctl\n",
    { name: "/bin/sh as an argument of another command", code: "FROM debian:12\nRUN ln -s foo bar && unrelated && something_with /bin/sh\n" },
    { name: "linking to /bin/sh elsewhere (hadolint reports it)", code: "FROM debian:12\nRUN ln -s /bin/sh /usr/local/bin/sh\n" },
    { name: "one operand links into the current directory", code: "FROM debian:12\nRUN ln -s /bin/sh\n" },
    { name: "-t with other names", code: "FROM debian:12\nRUN ln -sf /usr/bin/python3 -t /usr/local/bin\n" },
  ],
  invalid: [
    { code: "FROM debian:12\nRUN ln -sfv /bin/bash /bin/sh\n", findings: [{ line: 2, column: 23, endLine: 2, endColumn: 30, message: MSG }] },
    { name: "/usr/bin/sh, relative source", code: "FROM debian:12\nRUN ln -sf bash /usr/bin/sh\n", findings: [{ line: 2, column: 17, endLine: 2, endColumn: 28 }] },
    {
      name: "-t /bin; continuation",
      code: "FROM debian:12\nRUN rm /bin/sh && \\\n    ln -s -t /bin/ sh\n",
      findings: [{ line: 3, column: 20, endLine: 3, endColumn: 22 }],
    },
    {
      name: "exec-form sh -c, heredoc, ONBUILD with sudo",
      code: 'FROM debian:12\nRUN ["sh", "-c", "ln -sf /bin/bash /bin/sh"]\nRUN <<EOF\nln -sf /bin/dash /bin/sh\nEOF\nONBUILD RUN sudo ln -s bash /bin/sh\n',
      findings: [
        { line: 2, column: 36, endLine: 2, endColumn: 43 },
        { line: 4, column: 18, endLine: 4, endColumn: 25 },
        { line: 6, column: 29, endLine: 6, endColumn: 36 },
      ],
    },
  ],
});
