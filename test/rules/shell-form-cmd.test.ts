import rule, { staticWords } from "../../rules/shell-form-cmd.js";
import { describe, expect, it } from "vitest";
import { cases } from "./harness.js";

const msg = (k: string) => `${k} in shell form runs under /bin/sh -c, so the process does not receive stop signals; use exec form ["executable", "arg", ...]`;

cases(rule, {
  valid: [
    'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]\n',
    'FROM alpine:3.20\nENTRYPOINT ["/app"]\n',
    "FROM scratch\nSHELL [\"/usr/bin/customshell\"]\nCMD mycommand\n",
    "FROM scratch\nSHELL [\"/usr/bin/customshell\"]\nENTRYPOINT mycommand\n",
    "FROM scratch AS base\nSHELL [\"/usr/bin/customshell\"]\n\nFROM base\nCMD mycommand\n",
    "FROM scratch AS base\nSHELL [\"/usr/bin/customshell\"]\n\nFROM base\nENTRYPOINT mycommand\n",
    "FROM alpine:3.20\nRUN echo hi\n",
    "FROM alpine:3.20\nCMD\n",
    "FROM alpine:3.20\nCMD ['x'] \n", // invalid exec form: reported by invalid-exec-form instead
    "FROM alpine:3.20\nonbuild cmd [\"x\"]\n",
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nCMD Write-Host hi\n",
  ],
  invalid: [
    {
      code: "FROM scratch\nCMD mycommand\n",
      findings: [{ line: 2, column: 5, endLine: 2, endColumn: 14, message: msg("CMD") }],
      output: 'FROM scratch\nCMD ["mycommand"]\n',
    },
    {
      code: "FROM nginx:1.27\nCMD nginx -g 'daemon off;'\n",
      findings: [{ line: 2, column: 5, endColumn: 27 }],
      output: 'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]\n',
    },
    {
      code: "FROM ruby:3.3\ncmd    bundle exec ruby app.rb -o 0.0.0.0\n",
      findings: [{ line: 2, column: 8, endColumn: 42, message: msg("cmd") }],
      output: 'FROM ruby:3.3\ncmd    ["bundle", "exec", "ruby", "app.rb", "-o", "0.0.0.0"]\n',
    },
    {
      code: "FROM alpine:3.20\nENTRYPOINT exec /usr/bin/app --port=8080 \"two words\"\n",
      findings: [{ line: 2, column: 12, endColumn: 53 }],
      output: 'FROM alpine:3.20\nENTRYPOINT ["/usr/bin/app", "--port=8080", "two words"]\n',
      name: "a leading exec is dropped; a static double-quoted word is kept",
    },
    {
      code: "FROM alpine:3.20\r\nCMD node \\\r\n    server.js\r\n",
      findings: [{ line: 2, column: 5, endLine: 3, endColumn: 14 }],
      output: 'FROM alpine:3.20\r\nCMD ["node", "server.js"]\r\n',
      name: "continuation and CRLF",
    },
    { code: "FROM ubuntu:22.04\nCMD  ~\n", findings: [{ line: 2, column: 6, endColumn: 7 }], name: "tilde needs the shell: no fix" },
    { code: "FROM alpine:3.20\nCMD echo $HOME && sleep 1\n", findings: [{ line: 2, column: 5 }], name: "expansion and && need the shell: no fix" },
    { code: "FROM alpine:3.20\nCMD cd /app; ./run\n", findings: [{ line: 2, column: 5 }], name: "builtin: no fix" },
    { code: "FROM alpine:3.20\nCMD A=1 ./run\n", findings: [{ line: 2, column: 5 }], name: "prefix assignment: no fix" },
    {
      code: "FROM alpine:3.20\nONBUILD CMD run-me\n",
      findings: [{ line: 2, column: 13, endColumn: 19 }],
      output: 'FROM alpine:3.20\nONBUILD CMD ["run-me"]\n',
    },
    {
      code: "FROM alpine:3.20\nCMD python \\\n# the app\n  app.py\n",
      findings: [{ line: 2, column: 5, endLine: 4, endColumn: 9 }],
      name: "a comment inside the instruction would be lost: no fix",
    },
    {
      code: "FROM alpine:3.20 AS a\nSHELL [\"/bin/bash\", \"-c\"]\nFROM alpine:3.20\nCMD run\n",
      findings: [{ line: 4, column: 5 }],
      output: 'FROM alpine:3.20 AS a\nSHELL ["/bin/bash", "-c"]\nFROM alpine:3.20\nCMD ["run"]\n',
      name: "SHELL in an unrelated stage does not count",
    },
    {
      code: "FROM alpine:3.20\nCMD run\nSHELL [\"/bin/bash\", \"-c\"]\n",
      findings: [{ line: 2, column: 5 }],
      output: 'FROM alpine:3.20\nCMD ["run"]\nSHELL ["/bin/bash", "-c"]\n',
      name: "SHELL after the CMD does not count",
    },
  ],
});

describe("staticWords", () => {
  it("splits plain words and removes static quotes", () => {
    expect(staticWords("nginx -g 'daemon off;'")).toEqual(["nginx", "-g", "daemon off;"]);
    expect(staticWords("a\t'b'\"c\"  d")).toEqual(["a", "bc", "d"]);
  });
  it("refuses anything the shell would interpret", () => {
    for (const s of ["a $B", "a | b", "a && b", "a; b", "a > f", "a *", "a ?", "a [x]", "a {b,c}", "~", "a # c", 'a "$x"', "a `b`", "a \\ b", "a 'b", "(a)", "X=1 a"]) {
      expect(staticWords(s), s).toBeNull();
    }
  });
});
