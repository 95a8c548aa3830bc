import rule from "../../rules/env-legacy-format.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM alpine:3.20\nENV LANG=C.UTF-8\n",
    'FROM alpine:3.20\nENV A=1 B="two words"\n',
    'FROM alpine:3.20\nLABEL description="A small image"\n',
    "FROM alpine:3.20\nARG VERSION\n",
    "FROM alpine:3.20\nONBUILD ENV A=1\n",
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nENV LANG C.UTF-8\n",
      findings: [{ line: 2, column: 5, endLine: 2, endColumn: 9, message: 'ENV LANG uses the legacy "key value" form; write ENV LANG=value' }],
      output: "FROM alpine:3.20\nENV LANG=C.UTF-8\n",
    },
    {
      code: "FROM alpine:3.20\nLABEL description A small   image\n",
      findings: [{ line: 2, column: 7, endColumn: 18 }],
      output: 'FROM alpine:3.20\nLABEL description="A small   image"\n',
    },
    {
      code: "FROM alpine:3.20\nenv PATH /root/bin:$PATH\r\n",
      findings: [{ line: 2, column: 5, message: /^env PATH uses the legacy/ }],
      output: "FROM alpine:3.20\nenv PATH=/root/bin:$PATH\r\n",
    },
    {
      code: 'FROM alpine:3.20\nENV GREETING "hello world"\n',
      findings: [{ line: 2, column: 5 }],
      output: 'FROM alpine:3.20\nENV GREETING="hello world"\n',
      name: "an already quoted single word is kept",
    },
    {
      code: "FROM alpine:3.20\nONBUILD ENV MSG hi $USER\n",
      findings: [{ line: 2, column: 13 }],
      output: 'FROM alpine:3.20\nONBUILD ENV MSG="hi $USER"\n',
    },
    { code: "FROM alpine:3.20\nENV MSG it's \"x\" y\n", findings: [{ line: 2, column: 5 }], name: "quotes with spaces: no fix" },
    { code: "FROM alpine:3.20\nENV MSG a\\ b c\n", findings: [{ line: 2, column: 5 }], name: "escapes with spaces: no fix" },
    { code: "FROM alpine:3.20\nENV PATH /x:$PATH  # comment\n", findings: [{ line: 2, column: 5 }], name: "inline comment: inline-comment fixes first" },
    { code: "FROM alpine:3.20\nENV A \\\n  1\n", findings: [{ line: 2, column: 5 }], name: "continued: no fix" },
    {
      code: "# escape=`\nFROM alpine:3.20\nENV DIR C:\\Program Files\\app\n",
      findings: [{ line: 3, column: 5 }],
      output: '# escape=`\nFROM alpine:3.20\nENV DIR="C:\\Program Files\\app"\n',
      name: "backslashes are plain with the backtick escape",
    },
  ],
});
