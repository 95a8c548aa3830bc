import rule from "../../rules/apk-unpinned.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0 git~2.45\n",
    { name: "constraints, files, variables", code: "FROM alpine:3.20\nRUN apk add 'python3>3.11' ./local.apk $EXTRA\n" },
    { name: "apk del and apk upgrade", code: "FROM alpine:3.20\nRUN apk del curl && apk upgrade\n" },
  ],
  invalid: [
    {
      name: "the --virtual name is not a package",
      code: "FROM node:10.19-alpine\nRUN apk --no-cache add --virtual builds-deps build-base python\n",
      findings: [
        { line: 2, column: 46, endLine: 2, endColumn: 56, message: "Package 'build-base' is installed without a version; pin it as build-base=<version>" },
        { line: 2, column: 57, endLine: 2, endColumn: 63 },
      ],
    },
    {
      name: "continuation with sudo",
      code: "FROM alpine:3.20\nRUN sudo apk add -t .deps \\\n    curl=8.9.1-r0 \\\n    jq\n",
      findings: [{ line: 4, column: 5, endLine: 4, endColumn: 7 }],
    },
    {
      name: "exec form, heredoc and ONBUILD",
      code: 'FROM alpine:3.20\nRUN ["/bin/sh", "-c", "apk add curl"]\nRUN <<EOF\napk add git\nEOF\nONBUILD RUN apk add vim\n',
      findings: [
        { line: 2, column: 32, endLine: 2, endColumn: 36 },
        { line: 4, column: 9, endLine: 4, endColumn: 12 },
        { line: 6, column: 21, endLine: 6, endColumn: 24 },
      ],
    },
  ],
});
