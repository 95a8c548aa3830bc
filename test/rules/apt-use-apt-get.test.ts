import rule from "../../rules/apt-use-apt-get.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
    { name: "apt-cache and apt-key", code: "FROM debian:12\nRUN apt-cache policy curl && apt-key list\n" },
    { name: "the word apt as an argument", code: "FROM debian:12\nRUN echo apt && ls /etc/apt\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN apt update && apt install -y curl\n",
      findings: [
        { line: 2, column: 5, endLine: 2, endColumn: 8, message: "apt is meant for interactive use; use apt-get or apt-cache in a Dockerfile" },
        { line: 2, column: 19, endLine: 2, endColumn: 22 },
      ],
    },
    {
      name: "through sudo, in exec form and ONBUILD",
      code: 'FROM debian:12\nRUN ["bash", "-c", "sudo /usr/bin/apt install -y curl"]\nONBUILD RUN apt upgrade\n',
      findings: [
        { line: 2, column: 26, endLine: 2, endColumn: 38 },
        { line: 3, column: 13, endLine: 3, endColumn: 16 },
      ],
    },
    {
      name: "heredoc and escape directive",
      code: "# escape=`\nFROM debian:12\nRUN <<EOF\napt full-upgrade -y\nEOF\n",
      findings: [{ line: 4, column: 1, endLine: 4, endColumn: 4 }],
    },
  ],
});
