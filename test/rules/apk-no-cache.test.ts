import rule from "../../rules/apk-no-cache.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
    { name: "cache removed later in the RUN", code: "FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*\n" },
    { name: "cache mount", code: "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n" },
    { name: "option before the subcommand", code: "FROM alpine:3.20\nRUN apk --no-cache add curl\n" },
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nRUN apk update && apk add curl\n",
      findings: [{ line: 2, column: 23, endLine: 2, endColumn: 26, message: "apk add runs without --no-cache, so the package index stays in the layer" }],
    },
    {
      name: "removal before the add does not count; continuation",
      code: "FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* \\\n && apk add --update curl\n",
      findings: [{ line: 3, column: 9, endLine: 3, endColumn: 12 }],
    },
    {
      name: "exec form, heredoc, ONBUILD, sudo",
      code: 'FROM alpine:3.20\nRUN ["sh", "-c", "apk add curl"]\nRUN <<EOF\nsudo apk add git\nEOF\nONBUILD RUN apk add vim\n',
      findings: [
        { line: 2, column: 23, endLine: 2, endColumn: 26 },
        { line: 4, column: 10, endLine: 4, endColumn: 13 },
        { line: 6, column: 17, endLine: 6, endColumn: 20 },
      ],
    },
  ],
});
