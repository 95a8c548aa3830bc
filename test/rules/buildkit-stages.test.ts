/**
 * BuildKit's stage checks: StageNameCasing, FromAsCasing, ConsistentInstructionCasing, DuplicateStageName,
 * ReservedStageName. Inputs marked "BuildKit" are the ones of frontend/dockerfile/dockerfile_check_test.go
 * (testStageName, testConsistentInstructionCasing, testDuplicateStageName, testReservedStageName,
 * testRuleCheckOption); BuildKit reports the FROM line, we the name or keyword on it.
 */
import consistentInstructionCasing from "../../rules/consistent-instruction-casing.js";
import duplicateStageName from "../../rules/duplicate-stage-name.js";
import fromAsCasing from "../../rules/from-as-casing.js";
import reservedStageName from "../../rules/reserved-stage-name.js";
import stageNameCasing from "../../rules/stage-name-casing.js";
import { cases } from "./harness.js";

cases(stageNameCasing, {
  valid: [
    { name: "BuildKit: lower-case names", code: "\nFROM scratch as base2\n\nFROM scratch AS base3\n" },
    "FROM scratch\n",
    "FROM alpine:3.20 AS build-2_x.y\n",
    { name: "BuildKit: check=skip", code: "# check=skip=StageNameCasing\nFROM scratch AS BadStageName\n" },
    { name: "check=skip=all", code: "#check=skip=all\nFROM scratch AS BadStageName\n" },
  ],
  invalid: [
    {
      name: "BuildKit: testStageName",
      code: "\n# warning: stage name should be lowercase\n#\nFROM scratch AS BadStageName\n\n# warning: 'as' should match 'FROM' cmd casing.\n#\nFROM scratch as base2\n\nFROM scratch AS base3\n",
      findings: [{ line: 4, column: 17, endLine: 4, endColumn: 29, message: "Stage name 'BadStageName' should be lowercase" }],
      output: "\n# warning: stage name should be lowercase\n#\nFROM scratch AS badstagename\n\n# warning: 'as' should match 'FROM' cmd casing.\n#\nFROM scratch as base2\n\nFROM scratch AS base3\n",
    },
    {
      name: "BuildKit: testWarningsBeforeError",
      code: "\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\n",
      findings: [{ line: 2, column: 17, endColumn: 29, message: "Stage name 'BadStageName' should be lowercase" }],
      output: "\nFROM scratch AS badstagename\nMAINTAINER me@example.org\n",
    },
    {
      name: "references keep working: BuildKit lower-cases names",
      code: "FROM --platform=$BUILDPLATFORM golang:1.23 AS Builder\nFROM scratch\nCOPY --from=Builder /app /app\n",
      findings: [{ line: 1, column: 47, endColumn: 54 }],
      output: "FROM --platform=$BUILDPLATFORM golang:1.23 AS builder\nFROM scratch\nCOPY --from=Builder /app /app\n",
    },
    {
      name: "an invalid name (BuildKit fails on it) is reported without a fix",
      code: "FROM alpine AS ${FIRST_STAGE}\n",
      findings: [{ line: 1, column: 16, endColumn: 30, message: "Stage name '${FIRST_STAGE}' should be lowercase" }],
    },
    {
      name: "CRLF and a name continued on the next line",
      code: "FROM alpine AS \\\r\n  Build\r\nRUN true\r\n",
      findings: [{ line: 2, column: 3, endLine: 2, endColumn: 8, message: "Stage name 'Build' should be lowercase" }],
      output: "FROM alpine AS \\\r\n  build\r\nRUN true\r\n",
    },
  ],
});

cases(fromAsCasing, {
  valid: [
    "FROM scratch AS base\n",
    "from scratch as base\n",
    { name: "BuildKit: mixed-case FROM is left to ConsistentInstructionCasing", code: "From scratch as base\n" },
    "FROM scratch\n",
    { name: "BuildKit: check=skip with error=true", code: "#check=skip=ConsistentInstructionCasing,FromAsCasing;error=true\nFROM scratch as base\ncopy Dockerfile .\n" },
  ],
  invalid: [
    {
      name: "BuildKit: 'as' after 'FROM'",
      code: "\nFROM scratch AS BadStageName\nFROM scratch as base2\n",
      findings: [{ line: 3, column: 14, endLine: 3, endColumn: 16, message: "'as' and 'FROM' keywords' casing do not match" }],
      output: "\nFROM scratch AS BadStageName\nFROM scratch AS base2\n",
    },
    {
      name: "BuildKit: 'AS' after 'from'",
      code: "\n# warning: 'AS' should match 'from' cmd casing.\n#\nfrom scratch AS base\n\nfrom scratch as base2\n",
      findings: [{ line: 4, column: 14, endColumn: 16, message: "'AS' and 'from' keywords' casing do not match" }],
      output: "\n# warning: 'AS' should match 'from' cmd casing.\n#\nfrom scratch as base\n\nfrom scratch as base2\n",
    },
    {
      name: "BuildKit: skipping the other check leaves this one",
      code: "#check=skip=ConsistentInstructionCasing\nFROM scratch As base\ncopy Dockerfile .\n",
      findings: [{ line: 2, column: 14, endColumn: 16, message: "'As' and 'FROM' keywords' casing do not match" }],
      output: "#check=skip=ConsistentInstructionCasing\nFROM scratch AS base\ncopy Dockerfile .\n",
    },
    {
      name: "with --platform",
      code: "FROM --platform=$BUILDPLATFORM golang:1.23 as build\n",
      findings: [{ line: 1, column: 44, endColumn: 46 }],
      output: "FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n",
    },
  ],
});

cases(consistentInstructionCasing, {
  valid: [
    { name: "BuildKit: all lower", code: "\nfrom scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\n" },
    { name: "BuildKit: all upper", code: "\nFROM scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\n" },
    { name: "BuildKit: heredoc body is not an instruction", code: "\nFROM alpine\nRUN <<'EOT'\nenv\nEOT\n" },
    { name: "ARGs before the first FROM do not count", code: "arg VERSION=1\nFROM alpine\nRUN true\n" },
    { name: "ONBUILD triggers do not count", code: "FROM alpine\nONBUILD run true\n" },
    { name: "check=skip", code: "# check=skip=ConsistentInstructionCasing\nFROM alpine\nrun true\ncopy a b\n" },
  ],
  invalid: [
    {
      name: "BuildKit: mixed-case From",
      code: "\n# warning: 'FROM' should be either lowercased or uppercased\n#\nFrom scratch as base\nFROM scratch AS base2\n",
      findings: [{ line: 4, column: 1, endLine: 4, endColumn: 5, message: "Command 'From' should match the case of the command majority (uppercase)" }],
      output: "\n# warning: 'FROM' should be either lowercased or uppercased\n#\nFROM scratch AS base\nFROM scratch AS base2\n",
    },
    {
      name: "BuildKit: copy in an upper-case file (tie goes to upper case)",
      code: "\nFROM scratch\n# warning: 'copy' should match command majority's casing (uppercase)\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n",
      findings: [{ line: 4, column: 1, endColumn: 5, message: "Command 'copy' should match the case of the command majority (uppercase)" }],
      output: "\nFROM scratch\n# warning: 'copy' should match command majority's casing (uppercase)\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\n",
    },
    {
      name: "BuildKit: frOM in a lower-case file",
      code: "\n# warning: 'frOM' should be either lowercased or uppercased\n#\nfrOM scratch as base\nfrom scratch as base2\n",
      findings: [{ line: 4, column: 1, endColumn: 5, message: "Command 'frOM' should match the case of the command majority (lowercase)" }],
      output: "\n# warning: 'frOM' should be either lowercased or uppercased\n#\nfrom scratch as base\nfrom scratch as base2\n",
    },
    {
      name: "BuildKit: COPY in a lower-case file",
      code: "\nfrom scratch\n# warning: 'COPY' should match command majority's casing (lowercase)\nCOPY Dockerfile /foo\ncopy Dockerfile /bar\n",
      findings: [{ line: 4, column: 1, endColumn: 5, message: "Command 'COPY' should match the case of the command majority (lowercase)" }],
      output: "\nfrom scratch\n# warning: 'COPY' should match command majority's casing (lowercase)\ncopy Dockerfile /foo\ncopy Dockerfile /bar\n",
    },
    {
      name: "BuildKit: from in an upper-case file",
      code: "\n# warning: 'from' should match command majority's casing (uppercase)\n#\nfrom scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\nCOPY Dockerfile /baz\n",
      findings: [{ line: 4, column: 1, endColumn: 5, message: "Command 'from' should match the case of the command majority (uppercase)" }],
      output: "\n# warning: 'from' should match command majority's casing (uppercase)\n#\nFROM scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\nCOPY Dockerfile /baz\n",
    },
    {
      name: "BuildKit: FROM in a lower-case file",
      code: "\n# warning: 'FROM' should match command majority's casing (lowercase)\n#\nFROM scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\ncopy Dockerfile /baz\n",
      findings: [{ line: 4, column: 1, endColumn: 5, message: "Command 'FROM' should match the case of the command majority (lowercase)" }],
      output: "\n# warning: 'FROM' should match command majority's casing (lowercase)\n#\nfrom scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\ncopy Dockerfile /baz\n",
    },
    {
      name: "BuildKit testRuleCheckOption: only ConsistentInstructionCasing skipped elsewhere",
      code: "#check=skip=FromAsCasing\nFROM scratch as base\ncopy Dockerfile .\n",
      findings: [{ line: 3, column: 1, endColumn: 5, message: "Command 'copy' should match the case of the command majority (uppercase)" }],
      output: "#check=skip=FromAsCasing\nFROM scratch as base\nCOPY Dockerfile .\n",
    },
    {
      name: "FROM fix also recases AS; ONBUILD keyword counts",
      code: "from alpine AS build\nRUN true\nONBUILD RUN true\nCMD [\"x\"]\n",
      findings: [{ line: 1, column: 1, endColumn: 5 }],
      output: "FROM alpine AS build\nRUN true\nONBUILD RUN true\nCMD [\"x\"]\n",
    },
  ],
});

cases(duplicateStageName, {
  valid: [
    { name: "BuildKit: distinct names", code: "\nFROM scratch AS b1\nFROM scratch AS b2\n" },
    "FROM scratch\nFROM scratch\n",
    "FROM alpine AS a\nFROM a AS b\n",
    { name: "check=skip", code: "# check=skip=DuplicateStageName\nFROM scratch AS b\nFROM scratch AS b\n" },
  ],
  invalid: [
    {
      name: "BuildKit: testDuplicateStageName",
      code: "\nFROM scratch AS b\nFROM scratch AS b\n",
      findings: [{ line: 3, column: 17, endLine: 3, endColumn: 18, message: 'Duplicate stage name "b", stage names should be unique' }],
    },
    {
      name: "names compare case-insensitively",
      code: "FROM alpine AS Build\nRUN true\nFROM alpine AS build\n",
      findings: [{ line: 3, column: 16, endColumn: 21, message: 'Duplicate stage name "build", stage names should be unique' }],
    },
    {
      name: "every repetition",
      code: "FROM a AS x\nFROM b AS x\nFROM c AS y\nFROM d AS X\n",
      findings: [{ line: 2, column: 11 }, { line: 4, column: 11, message: 'Duplicate stage name "x", stage names should be unique' }],
    },
  ],
});

cases(reservedStageName, {
  valid: [
    { name: "BuildKit: reserved name as the base", code: "\nFROM scratch\nFROM scratch AS a\n" },
    "FROM alpine AS scratchpad\n",
    "FROM alpine AS build-context\n",
    { name: "check=skip", code: "# check=skip=ReservedStageName\nFROM alpine AS context\n" },
  ],
  invalid: [
    {
      name: "BuildKit: testReservedStageName",
      code: "\nFROM scratch AS scratch\nFROM scratch AS context\n",
      findings: [
        { line: 2, column: 17, endLine: 2, endColumn: 24, message: 'Stage name should not use the same name as reserved stage "scratch"' },
        { line: 3, column: 17, endLine: 3, endColumn: 24, message: 'Stage name should not use the same name as reserved stage "context"' },
      ],
    },
    { name: "any case", code: "FROM alpine AS Scratch\n", findings: [{ line: 1, column: 16, message: 'Stage name should not use the same name as reserved stage "scratch"' }] },
    { name: "lower-case as", code: "from alpine as context\n", findings: [{ line: 1, column: 16, endColumn: 23 }] },
  ],
});
