import rule from "../../rules/copy-from-undefined-stage.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "stage defined before", code: "FROM scratch AS build\nRUN foo\nFROM node:22\nCOPY --from=build foo .\nRUN baz\n" },
    { name: "external image with a tag", code: "FROM node:22\nCOPY --from=haskell:latest bar .\n" },
    { name: "external image with a path", code: "FROM node:22\nCOPY --from=ghcr.io/acme/tools /bin/tool /usr/local/bin/\n" },
    { name: "external image with a digest", code: "FROM node:22\nCOPY --from=busybox@sha256:3fbc632167424a6d997e74f52b878d7cc478225cffac6bc977eedfe51c7f4e79 /bin/busybox /bin/\n" },
    { name: "well-known official image", code: "FROM node:22\nCOPY --from=busybox /bin/busybox /bin/\n" },
    { name: "valid stage index", code: "FROM scratch AS build\nRUN foo\nFROM node:22\nCOPY --from=0 foo .\n" },
    { name: "stage name compared case-insensitively", code: "FROM scratch AS Build\nFROM node:22\nCOPY --from=BUILD foo .\n" },
    { name: "template placeholder", code: "FROM node:22\nCOPY --from={{ copy_from }} /a /a\nCOPY --from={{baseImage}} /b /b\n" },
    { name: "mount from an earlier stage", code: "FROM golang:1.23 AS deps\nFROM golang:1.23\nRUN --mount=type=cache,from=deps,target=/go/pkg go build\n" },
  ],
  invalid: [
    {
      name: "missing stage, with a suggestion",
      code: "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=biuld /app /app\n",
      findings: [{ line: 3, column: 13, endLine: 3, endColumn: 18, message: 'COPY --from="biuld" is not a stage defined before this one, so BuildKit pulls an image of that name; did you mean "build"?' }],
    },
    { name: "missing alias in a single-stage file", code: "FROM node:22\nCOPY --from=foo bar .\n", findings: [{ line: 2, column: 13, endLine: 2, endColumn: 16, message: /"foo" is not a stage defined before this one/ }] },
    {
      name: "stage defined after",
      code: "FROM scratch\nCOPY --from=build foo .\nFROM node:22 AS build\nRUN baz\n",
      findings: [{ line: 2, column: 13, endLine: 2, endColumn: 18, message: 'COPY --from="build" names a stage defined later (line 3); only earlier stages can be used' }],
    },
    { name: "stage index that does not exist", code: "FROM node:22\nCOPY --from=3 bar .\n", findings: [{ line: 2, column: 13, endLine: 2, endColumn: 14, message: /there is no stage 3/ }] },
    { name: "stage index of a later stage", code: "FROM node:22\nCOPY --from=1 bar .\nFROM alpine:3.20\n", findings: [{ line: 2, column: 13, endLine: 2, endColumn: 14, message: /defined later \(line 3\)/ }] },
    { name: "variable in --from", code: "ARG BASE=build\nFROM node:22\nCOPY --from=$BASE bar .\n", findings: [{ line: 3, column: 13, endLine: 3, endColumn: 18, message: /uses a variable, which BuildKit does not expand in --from/ }] },
    { name: "mount from a missing stage", code: "FROM golang:1.23\nRUN --mount=type=cache,from=deps,target=/go/pkg go build\n", findings: [{ line: 2, column: 13, endLine: 2, endColumn: 48, message: /^RUN --mount from="deps" is not a stage/ }] },
  ],
});
