import rule from "../../rules/apt-lists-not-removed.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
    {
      name: "cache mount on the apt lists",
      code: "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n",
    },
    {
      name: "build stage that does not reach the final image",
      code: "FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM gcr.io/distroless/static\nCOPY --from=build /out /out\n",
    },
    {
      name: "cleanup in a heredoc script",
      code: "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n",
    },
    { name: "apt-get dist-clean removes the lists", code: "FROM debian:13\nRUN set -eux; apt-get update; apt-get install -y curl; apt-get dist-clean\n" },
    { name: "no install", code: "FROM debian:12\nRUN apt-get clean\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
      findings: [{ line: 2, column: 31, endLine: 2, endColumn: 38, message: "The apt package lists stay in the layer; end the RUN with rm -rf /var/lib/apt/lists/*" }],
      output: "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
    },
    {
      name: "fix goes before a trailing comment and after continuation lines",
      code: "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl  # tools\n",
      findings: [{ line: 3, column: 13, endLine: 3, endColumn: 20 }],
      output: "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl && rm -rf /var/lib/apt/lists/*  # tools\n",
    },
    {
      name: "cleanup before the install does not count",
      code: "FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl\n",
      findings: [{ line: 2, column: 62, endLine: 2, endColumn: 69 }],
      output: "FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
    },
    {
      name: "exec form bash -c: reported, no fix",
      code: 'FROM ubuntu:16.04\nRUN ["/bin/bash","-c","apt-get install -y nginx"]\n',
      findings: [{ line: 2, column: 32, endLine: 2, endColumn: 39 }],
    },
    {
      name: "ONBUILD trigger with sudo",
      code: "FROM debian:12 AS base\nONBUILD RUN sudo apt-get install -y curl\nFROM base\n",
      findings: [{ line: 2, column: 26, endLine: 2, endColumn: 33 }],
      output: "FROM debian:12 AS base\nONBUILD RUN sudo apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nFROM base\n",
    },
    {
      name: "a stage the final stage is built FROM",
      code: "FROM debian:12 AS base\nRUN apt-get install -y curl\nFROM base\nCMD [\"curl\"]\n",
      findings: [{ line: 2, column: 13, endLine: 2, endColumn: 20 }],
      output: "FROM debian:12 AS base\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nFROM base\nCMD [\"curl\"]\n",
    },
  ],
});
