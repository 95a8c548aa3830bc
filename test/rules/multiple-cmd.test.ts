import multipleCmd from "../../rules/multiple-cmd.js";
import multipleEntrypoint from "../../rules/multiple-entrypoint.js";
import { cases } from "./harness.js";

cases(multipleCmd, {
  valid: [
    'FROM alpine:3.20\nCMD ["a"]\n',
    'FROM alpine:3.20 AS a\nCMD ["a"]\nFROM alpine:3.20\nCMD ["b"]\n',
    'FROM alpine:3.20\nONBUILD CMD ["a"]\nCMD ["b"]\n',
    "FROM alpine:3.20\nRUN a\nRUN b\n",
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n',
      findings: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: "CMD is overridden by the CMD on line 3; only the last CMD in a stage takes effect" }],
    },
    { code: "FROM alpine:3.20\ncmd a\nCMD \\\n  b\ncmd c\n", findings: [{ line: 2, column: 1, message: /^cmd is overridden by the CMD on line 5/ }, { line: 3, column: 1 }] },
    { code: 'FROM alpine:3.20 AS a\nCMD ["a"]\nCMD ["b"]\nFROM a\nCMD ["c"]\n', findings: [{ line: 2, column: 1 }] },
  ],
});

cases(multipleEntrypoint, {
  valid: [
    'FROM alpine:3.20\nENTRYPOINT ["a"]\nCMD ["b"]\n',
    'FROM alpine:3.20 AS a\nENTRYPOINT ["a"]\nFROM a\nENTRYPOINT ["b"]\n',
    'FROM alpine:3.20\nONBUILD ENTRYPOINT ["a"]\nENTRYPOINT ["b"]\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nENTRYPOINT ["/setup.sh"]\nENTRYPOINT ["/app"]\n', findings: [{ line: 2, column: 1, endColumn: 11, message: /overridden by the ENTRYPOINT on line 3/ }] },
    { code: "FROM alpine:3.20\nentrypoint a\nentrypoint b\nENTRYPOINT c\n", findings: [{ line: 2, column: 1 }, { line: 3, column: 1 }] },
    { code: "# escape=`\nFROM alpine:3.20\nENTRYPOINT a `\n  b\nENTRYPOINT c\n", findings: [{ line: 3, column: 1 }] },
  ],
});
