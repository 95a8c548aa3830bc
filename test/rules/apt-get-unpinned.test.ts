import rule from "../../rules/apt-get-unpinned.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u5 git=1:2.39.5-0+deb12u1\n",
    { name: "release pin and local .deb", code: "FROM debian:12\nRUN apt-get install -y -t bookworm-backports foo/bookworm-backports ./pkg.deb\n" },
    { name: "variables are not judged", code: "FROM debian:12\nRUN apt-get install -y $PACKAGES \"curl=${CURL_VERSION}\"\n" },
    { name: "option values are not packages", code: "FROM debian:12\nRUN apt-get -o Dpkg::Options::=--force-confnew install -y curl=1.0\n" },
    { name: "apt-get remove is not an install", code: "FROM debian:12\nRUN apt-get remove -y curl\n" },
    { name: "text mentioning apt-get", code: "FROM debian:12\nRUN echo apt-get install curl\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl wget=1.21\n",
      findings: [{ line: 2, column: 42, endLine: 2, endColumn: 46, message: "Package 'curl' is installed without a version; pin it as curl=<version>" }],
    },
    {
      name: "one finding per package across continuation lines",
      code: "FROM debian:12\nRUN apt-get install -y \\\n      curl \\\n      git\n",
      findings: [
        { line: 3, column: 7, endLine: 3, endColumn: 11 },
        { line: 4, column: 7, endLine: 4, endColumn: 10 },
      ],
    },
    {
      name: "exec form bash -c",
      code: 'FROM ubuntu:16.04\nRUN ["/bin/bash","-c","apt-get install -y nginx"]\n',
      findings: [{ line: 2, column: 43, endLine: 2, endColumn: 48 }],
    },
    {
      name: "sudo and env wrappers, ONBUILD trigger",
      code: "FROM debian:12\nONBUILD RUN sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y curl\n",
      findings: [{ line: 2, column: 72, endLine: 2, endColumn: 76 }],
    },
    {
      name: "heredoc script",
      code: "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n",
      findings: [{ line: 4, column: 20, endLine: 4, endColumn: 24 }],
    },
    {
      name: "escape directive backtick",
      code: "# escape=`\nFROM debian:12\nRUN apt-get install -y `\n  vim\n",
      findings: [{ line: 4, column: 3, endLine: 4, endColumn: 6 }],
    },
    {
      name: "apt install counts too",
      code: "FROM debian:12\nRUN apt install -y jq\n",
      findings: [{ line: 2, column: 20, endLine: 2, endColumn: 22 }],
    },
  ],
});
