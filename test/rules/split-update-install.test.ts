import rule from "../../rules/split-update-install.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
    { name: "apk update then add", code: "FROM alpine:3.20\nRUN apk update && apk add curl\n" },
    { name: "heredoc script with both", code: "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n" },
    { name: "apt update and apt-get install share an index", code: "FROM debian:12\nRUN apt update && apt-get install -y curl\n" },
    { name: "dnf makecache then install", code: "FROM fedora:40\nRUN dnf makecache && dnf install -y curl\n" },
    { name: "index removed again in the same RUN", code: "FROM debian:12\nRUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*\nRUN dnf makecache && dnf upgrade -y && dnf clean all\n" },
    { name: "xx-apt-get installs for the target platform", code: "FROM debian:12\nRUN apt-get update && xx-apt-get install -y gcc\n" },
    { name: "zypper ref alias then in", code: "FROM opensuse/leap:15.6\nRUN zypper ref && zypper in -y curl\n" },
  ],
  invalid: [
    {
      name: "lone update merged into the next installing RUN",
      code: "FROM ubuntu:16.04\nRUN        apt-get -y update  # first update\n\n# ruby\nRUN apt-get -y install ruby\n",
      findings: [{ line: 2, column: 12, endLine: 2, endColumn: 29, message: "'apt-get update' runs without an install after it in the same RUN, so later installs can use a stale cached index" }],
      output: "FROM ubuntu:16.04\n\n# ruby\nRUN apt-get -y update && apt-get -y install ruby\n",
    },
    {
      name: "update followed by upgrade only (no fix: the RUN does more than update)",
      code: "FROM node:10.19-alpine\nRUN apk update && apk upgrade\nRUN apk --no-cache add python\n",
      findings: [{ line: 2, column: 5, endLine: 2, endColumn: 15 }],
    },
    {
      name: "install before the update does not count; CRLF",
      code: "FROM debian:12\r\nRUN apt-get install -y curl && apt-get update\r\n",
      findings: [{ line: 2, column: 32, endLine: 2, endColumn: 46 }],
    },
    {
      name: "lone update with CRLF and sudo, fixed",
      code: "FROM debian:12\r\nRUN sudo apt-get update\r\nENV A=1\r\nRUN apt-get install -y curl\r\n",
      findings: [{ line: 2, column: 10, endLine: 2, endColumn: 24 }],
      output: "FROM debian:12\r\nENV A=1\r\nRUN sudo apt-get update && apt-get install -y curl\r\n",
    },
    {
      name: "no fix across a USER change",
      code: "FROM debian:12\nRUN apt-get update\nUSER app\nRUN apt-get install -y curl\n",
      findings: [{ line: 2, column: 5, endLine: 2, endColumn: 19 }],
    },
    {
      name: "exec form bash -c and ONBUILD",
      code: 'FROM debian:12\nRUN ["bash", "-c", "apt-get update"]\nONBUILD RUN zypper refresh\n',
      findings: [
        { line: 2, column: 21, endLine: 2, endColumn: 35 },
        { line: 3, column: 13, endLine: 3, endColumn: 27 },
      ],
    },
    {
      name: "continuation and escape directive",
      code: "# escape=`\nFROM debian:12\nRUN apt-get `\n  update\nRUN apk add curl\n",
      findings: [{ line: 3, column: 5, endLine: 4, endColumn: 9 }],
    },
  ],
});
