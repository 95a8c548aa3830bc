import rule from "../../rules/apt-no-install-recommends.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n",
    { name: "apt option turning recommends off", code: "FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y curl\n" },
    {
      name: "apt configuration written by an earlier RUN of the stage",
      code: "FROM debian:12\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/99norecommends\nRUN apt-get install -y curl\n",
    },
    { name: "not an install", code: "FROM debian:12\nRUN apt-get update && apt-get purge -y curl\n" },
    { name: "powershell SHELL: no POSIX analysis", code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN apt-get install -y curl\n' },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
      findings: [{ line: 2, column: 31, endLine: 2, endColumn: 38, message: "apt-get install runs without --no-install-recommends, so recommended packages are installed too" }],
      output: "FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl\n",
    },
    {
      name: "continuation lines and sudo",
      code: "FROM debian:12\nRUN sudo apt-get \\\n    install -y \\\n    curl\n",
      findings: [{ line: 3, column: 5, endLine: 3, endColumn: 12 }],
      output: "FROM debian:12\nRUN sudo apt-get \\\n    install --no-install-recommends -y \\\n    curl\n",
    },
    {
      name: "exec form bash -c without escapes gets the fix",
      code: 'FROM ubuntu:16.04\nRUN ["/bin/bash","-c","apt-get install -y nginx"]\n',
      findings: [{ line: 2, column: 32, endLine: 2, endColumn: 39 }],
      output: 'FROM ubuntu:16.04\nRUN ["/bin/bash","-c","apt-get install --no-install-recommends -y nginx"]\n',
    },
    {
      name: "exec form with a JSON escape: whole element, no fix",
      code: 'FROM ubuntu:16.04\nRUN ["sh","-c","apt-get install -y \\"nginx\\""]\n',
      findings: [{ line: 2, column: 16, endLine: 2, endColumn: 46 }],
    },
    {
      name: "heredoc script",
      code: "FROM debian:12\nRUN <<EOF\nset -e\napt-get install -y curl\nEOF\n",
      findings: [{ line: 4, column: 9, endLine: 4, endColumn: 16 }],
      output: "FROM debian:12\nRUN <<EOF\nset -e\napt-get install --no-install-recommends -y curl\nEOF\n",
    },
    {
      name: "ONBUILD trigger",
      code: "FROM debian:12\nONBUILD RUN apt-get install -y curl\n",
      findings: [{ line: 2, column: 21, endLine: 2, endColumn: 28 }],
      output: "FROM debian:12\nONBUILD RUN apt-get install --no-install-recommends -y curl\n",
    },
  ],
});
