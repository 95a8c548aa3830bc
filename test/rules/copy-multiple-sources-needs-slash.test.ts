import rule from "../../rules/copy-multiple-sources-needs-slash.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM node:22-alpine\nCOPY package.json package-lock.json /app/\n",
    "FROM node:22-alpine\nCOPY package.json /app\n",
    "FROM node:22-alpine\nCOPY a b .\n",
    "FROM node:22-alpine\nCOPY a b ./\n",
    "FROM node:22-alpine\nCOPY a b $DEST\n",
    'FROM node:22-alpine\nCOPY ["a", "b", "/app/"]\n',
    "FROM alpine:3.20\nCOPY helloworld /usr/local/bin   # a comment: inline-comment reports it\n",
    "FROM alpine:3.20\nCOPY --chmod 777 a.txt /tmp\n",
    "FROM golang:{{ .version }}\nCOPY --from=golang:{{ .version }} /usr/local/go /usr/local/goroot\n",
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY a b C:\\app\\\n",
  ],
  invalid: [
    {
      code: "FROM node:22-alpine\nCOPY package.json package-lock.json /app\n",
      findings: [{ line: 2, column: 37, endLine: 2, endColumn: 41, message: 'COPY has 2 sources, so the destination "/app" must be a directory ending in "/"' }],
    },
    { code: 'FROM node:22-alpine\nadd ["a.txt", "b.txt", "/data"]\n', findings: [{ line: 2, column: 24, endColumn: 31, message: /^add has 2 sources/ }] },
    { code: "FROM node:22-alpine\nCOPY --from=build \\\n  /a /b \\\n  /c\n", findings: [{ line: 4, column: 3, endColumn: 5 }] },
    { code: "FROM node:22-alpine\nONBUILD COPY a b c\n", findings: [{ line: 2, column: 18 }] },
    { code: "FROM node:22-alpine\nCOPY <<A <<B /etc/conf\nx\nA\ny\nB\n", findings: [{ line: 2, column: 14, endColumn: 23 }] },
  ],
});
