import rule from "../../rules/cmd-ignored.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    'FROM nginx:1.27\nENTRYPOINT ["nginx"]\nCMD ["-g", "daemon off;"]\n',
    "FROM nginx:1.27\nCMD nginx -g 'daemon off;'\n",
    "FROM nginx:1.27\nENTRYPOINT nginx -g 'daemon off;'\n",
    "FROM alpine:3.20 AS base\nENTRYPOINT run\nFROM alpine:3.20\nCMD [\"x\"]\n",
    "FROM alpine:3.20 AS base\nENTRYPOINT run\nFROM base\nENTRYPOINT [\"/app\"]\nCMD [\"x\"]\n",
    "FROM alpine:3.20\nENTRYPOINT run\nCMD []\n",
    "FROM alpine:3.20\nONBUILD ENTRYPOINT run\nCMD [\"x\"]\n",
    "FROM windowsservercore:10.0.14300.1000\nENTRYPOINT powershell -Command \\bin\\swarm.exe\nCMD [\"--help\"]\n",
    "# escape=`\nFROM base:1\nENTRYPOINT app.exe\nCMD [\"--help\"]\n",
  ],
  invalid: [
    {
      code: "FROM ubuntu:16.04\nCMD nginx -g 'daemon off;'\nENTRYPOINT nginx -g 'daemon off;'\n",
      findings: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: "CMD is ignored: the ENTRYPOINT on line 3 is in shell form, which runs /bin/sh -c and never passes CMD on" }],
    },
    { code: 'FROM nginx:1.27\nentrypoint nginx\ncmd ["-g", "daemon off;"]\n', findings: [{ line: 3, column: 1, endColumn: 4, message: /^cmd is ignored: the ENTRYPOINT on line 2/ }] },
    {
      code: "FROM alpine:3.20 AS base\nENTRYPOINT \\\n  /app serve\nFROM base\nCMD [\"--port\", \"80\"]\n",
      findings: [{ line: 5, column: 1, message: /ENTRYPOINT on line 2 \(inherited\)/ }],
    },
    { code: 'FROM alpine:3.20\nENTRYPOINT ["/app", \'x\']\nCMD ["y"]\n', findings: [{ line: 3, column: 1 }], name: "a broken exec form is shell form too" },
    { code: 'FROM alpine:3.20\nENTRYPOINT run\nCMD ["a"]\nCMD ["b"]\n', findings: [{ line: 4, column: 1 }], name: "only the CMD in force is reported" },
  ],
});
