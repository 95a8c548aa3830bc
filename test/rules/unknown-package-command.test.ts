import rule from "../../rules/unknown-package-command.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get -y update && apt-get -y dist-upgrade && apt-get install -y curl\n",
    { name: "zypper aliases and apk subcommands", code: "FROM opensuse/leap:15.6\nRUN zypper ref && zypper in -y curl && zypper --non-interactive dup\n" },
    { name: "gem accepts unique prefixes", code: "FROM ruby:3.3\nRUN gem inst rake:13.2.1\n" },
    { name: "dynamic subcommand", code: "FROM alpine:3.20\nRUN apk $ACTION curl\n" },
    { name: "pip via python -m", code: "FROM python:3.12\nRUN python -m pip install -U pip==24.2 && pip3 list\n" },
  ],
  invalid: [
    {
      code: "FROM ubuntu:16.04\nRUN apt-get -y dist-update\n",
      findings: [{ line: 2, column: 16, endLine: 2, endColumn: 27, message: "apt-get has no subcommand 'dist-update' (did you mean 'dist-upgrade'?)" }],
    },
    {
      name: "typos of apk, yum and pip",
      code: "FROM alpine:3.20\nRUN apk ad curl && yum instal -y git && pip isntall flask\n",
      findings: [
        { line: 2, column: 9, endLine: 2, endColumn: 11, message: "apk has no subcommand 'ad' (did you mean 'add'?)" },
        { line: 2, column: 24, endLine: 2, endColumn: 30, message: "yum has no subcommand 'instal' (did you mean 'install'?)" },
        { line: 2, column: 45, endLine: 2, endColumn: 52, message: "pip has no subcommand 'isntall' (did you mean 'install'?)" },
      ],
    },
    {
      name: "exec form, heredoc, ONBUILD with sudo, continuation",
      code: 'FROM debian:12\nRUN ["bash", "-c", "apt-get instal -y x"]\nRUN <<EOF\napt-get udpate\nEOF\nONBUILD RUN sudo apt-get \\\n  upgrdae\n',
      findings: [
        { line: 2, column: 29, endLine: 2, endColumn: 35 },
        { line: 4, column: 9, endLine: 4, endColumn: 15 },
        { line: 7, column: 3, endLine: 7, endColumn: 10 },
      ],
    },
  ],
});
