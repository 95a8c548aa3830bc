import rule from "../../rules/apt-get-missing-yes.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get install -y curl\n",
    { name: "bundled -qy and --yes", code: "FROM debian:12\nRUN apt-get -qy install curl && apt-get install --yes git\n" },
    { name: "-qq and -q=2 imply yes", code: "FROM debian:12\nRUN apt-get -qq install curl && apt-get -q=2 install git\n" },
    { name: "--assume-yes and the apt option", code: "FROM debian:12\nRUN apt-get --assume-yes install curl && apt-get -o APT::Get::Assume-Yes=true install git\n" },
    { name: "update needs no -y", code: "FROM debian:12\nRUN apt-get update\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN apt-get update && apt-get install curl\n",
      findings: [{ line: 2, column: 31, endLine: 2, endColumn: 38, message: "apt-get install runs without -y, so it stops at the confirmation prompt" }],
    },
    {
      name: "a single -q is not enough; continuation",
      code: "FROM debian:12\nRUN apt-get -q \\\n  install curl\n",
      findings: [{ line: 3, column: 3, endLine: 3, endColumn: 10 }],
    },
    {
      name: "exec form, heredoc, ONBUILD",
      code: 'FROM debian:12\nRUN ["sh", "-c", "apt-get install curl"]\nRUN <<EOF\napt-get install git\nEOF\nONBUILD RUN sudo apt-get install vim\n',
      findings: [
        { line: 2, column: 27, endLine: 2, endColumn: 34 },
        { line: 4, column: 9, endLine: 4, endColumn: 16 },
        { line: 6, column: 26, endLine: 6, endColumn: 33 },
      ],
    },
  ],
});
