import rule from "../../rules/copy-from-own-stage.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "other stage", code: "FROM scratch AS build\nRUN foo\nFROM node:22 AS run\nCOPY --from=build foo .\nRUN baz\n" },
    { name: "same name as a later stage's image", code: "FROM node:22 AS node\nFROM alpine:3.20\nCOPY --from=node /usr/local/bin/node /usr/local/bin/\n" },
    { name: "external image", code: "FROM node:22 AS app\nCOPY --from=node:22 /usr/local/bin/node /tmp/\n" },
    { name: "index of an earlier stage", code: "FROM node:22\nFROM alpine:3.20\nCOPY --from=0 /a /a\n" },
  ],
  invalid: [
    {
      name: "own alias",
      code: "FROM node:22 AS foo\nCOPY --from=foo bar .\n",
      findings: [{ line: 2, column: 13, endLine: 2, endColumn: 16, message: 'COPY --from="foo" names the stage it is in; a stage cannot copy from itself' }],
    },
    { name: "own alias in another case", code: "FROM node:22 AS Build\nCOPY --from=build bar .\n", findings: [{ line: 2, column: 13, endLine: 2, endColumn: 18 }] },
    { name: "own index", code: "FROM node:22\nFROM alpine:3.20\nCOPY --from=1 /a /a\n", findings: [{ line: 3, column: 13, endLine: 3, endColumn: 14 }] },
    { name: "mount from its own stage", code: "FROM golang:1.23 AS build\nRUN --mount=from=build,target=/src go build\n", findings: [{ line: 2, column: 13, endLine: 2, endColumn: 35, message: /^RUN --mount from="build" names the stage it is in/ }] },
  ],
});
