import rule, { whyNotJson } from "../../rules/invalid-exec-form.js";
import { describe, expect, it } from "vitest";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    'FROM alpine:3.20\nCMD ["/app", "--serve"]\n',
    'FROM alpine:3.20\nENTRYPOINT [ "/app" ]\n',
    "FROM alpine:3.20\nCMD /app --serve\n",
    'FROM alpine:3.20\nRUN ["/bin/sh", "-c", "echo hi"]\n',
    'FROM alpine:3.20\nCOPY ["a b", "/c/"]\n',
    'FROM alpine:3.20\nVOLUME ["/data"]\n',
    "FROM alpine:3.20\nRUN echo [not json]\n",
    "FROM alpine:3.20\nRUN [ -u /usr/local/bin/top ]\n",
    "FROM alpine:3.20\nRUN [ \"$(id -u)\" = 0 ] && echo root\n",
    "FROM alpine:3.20\nRUN [[ -f /x ]] || exit 1\n",
    "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12\n",
    'FROM alpine:3.20\nONBUILD CMD ["x"]\n',
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nCMD ['/app', '--serve']\n",
      findings: [{ line: 2, column: 5, endLine: 2, endColumn: 24, message: "CMD arguments are not a valid JSON array (single quotes: JSON strings need double quotes), so CMD runs it as a shell command: /bin/sh -c '['/app', '--serve']'" }],
    },
    {
      code: 'FROM alpine:3.20\nCMD ["helloworld"] # run it\n',
      findings: [{ line: 2, column: 5, endColumn: 28, message: /a comment follows the array; comments must be on their own line/ }],
    },
    { code: 'FROM alpine:3.20\nentrypoint ["/app", "-v",]\n', findings: [{ line: 2, column: 12, message: /a trailing comma before \]/ }] },
    { code: 'FROM alpine:3.20\nRUN ["/bin/sh", "-c", "make"\n', findings: [{ line: 2, column: 5, message: /the array is never closed/ }] },
    { code: 'FROM alpine:3.20\nCOPY ["a", "b"] # x\n', findings: [{ line: 2, column: 6, endColumn: 20, message: /COPY splits it on spaces and uses the pieces, brackets and quotes included, as paths/ }] },
    { code: "FROM alpine:3.20\nSHELL [/bin/bash, -c]\n", findings: [{ line: 2, column: 7, message: /items must be double-quoted strings\), so SHELL accepts only JSON/ }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK --interval=5s CMD ["curl" "-f"]\n', findings: [{ line: 2, column: 31, message: /a missing comma between items/ }] },
    { code: 'FROM alpine:3.20\nONBUILD ENTRYPOINT ["C:\\app"]\n', findings: [{ line: 2, column: 20, message: /invalid backslash escape/ }] },
    {
      code: 'FROM alpine:3.20\nCMD [ \\\n  "a", \\\n  "b", ]\n',
      findings: [{ line: 2, column: 5, endLine: 4, endColumn: 9, message: /trailing comma before \]\), so CMD runs it as a shell command: \/bin\/sh -c '\[   "a",   "b", \]'/ }],
    },
    { code: "FROM alpine:3.20\nENTRYPOINT [${NPM_CLI_PACKAGE}]\n", findings: [{ line: 2, column: 12, message: /items must be double-quoted strings/ }] },
    { code: "# escape=`\nFROM alpine:3.20\nVOLUME [\u201c/data\u201d]\n", findings: [{ line: 3, column: 8, message: /typographic quotes/ }] },
  ],
});

describe("whyNotJson", () => {
  it("names the usual mistakes", () => {
    expect(whyNotJson('["a",, "b"]')).toMatch(/empty item/);
    expect(whyNotJson('["a" ] && x')).toMatch(/text follows the closing \]/);
    expect(whyNotJson('["a')).toMatch(/string is never closed/);
  });
});
