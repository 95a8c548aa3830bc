import rule from "../../rules/maintainer-deprecated.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    'FROM alpine:3.20\nLABEL maintainer="me@example.org"\n',
    'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="me@example.org"\n',
    "FROM alpine:3.20\nRUN echo MAINTAINER\n",
  ],
  invalid: [
    {
      code: "FROM scratch\nMAINTAINER me@example.org\n",
      findings: [{ line: 2, column: 1, endLine: 2, endColumn: 11, message: 'MAINTAINER is deprecated; use LABEL maintainer="me@example.org" instead' }],
      output: 'FROM scratch\nLABEL maintainer="me@example.org"\n',
    },
    {
      code: "FROM node:10.19-alpine\nMAINTAINER Jimmy KIM <jimmy@example.com>\n",
      findings: [{ line: 2, column: 1 }],
      output: 'FROM node:10.19-alpine\nLABEL maintainer="Jimmy KIM <jimmy@example.com>"\n',
    },
    {
      code: 'from alpine:3.20\nmaintainer   "Q" $HOME \\o/\r\n',
      findings: [{ line: 2, column: 1, endColumn: 11 }],
      output: 'from alpine:3.20\nlabel maintainer="\\"Q\\" \\$HOME \\\\o/"\r\n',
      name: "quotes, $ and the escape character are escaped; lower case kept; CRLF kept",
    },
    {
      code: '# escape=`\nFROM alpine:3.20\nMAINTAINER C:\\Users\\me "x"\n',
      findings: [{ line: 3, column: 1 }],
      output: '# escape=`\nFROM alpine:3.20\nLABEL maintainer="C:\\Users\\me `"x`""\n',
      name: "with the backtick escape, backslashes are plain",
    },
    { code: "FROM alpine:3.20\nMAINTAINER Jane \\\n  Doe\n", findings: [{ line: 2, column: 1 }], name: "continued: no fix" },
  ],
});
