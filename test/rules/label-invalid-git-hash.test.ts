import rule from "../../rules/label-invalid-git-hash.js";
import { cases } from "./harness.js";

const settings = { labelSchema: { githash: "hash" as const } };
const F = "FROM alpine:3.20\n";

cases(rule, {
  valid: [
    { name: "short hash", code: F + 'LABEL githash="2dbfae9"\n', settings },
    { name: "long hash", code: F + 'LABEL githash="43c572f1272b6b3171dd1db9e41b7027128ce080"\n', settings },
    { name: "12-digit abbreviation", code: F + "LABEL githash=43c572f1272b\n", settings },
    { name: "SHA-256 object name", code: F + `LABEL githash=${"ab".repeat(32)}\n`, settings },
    { name: "other label", code: F + 'LABEL other="foo"\n', settings },
    { name: "build arg", code: F + "ARG GIT_SHA\nLABEL githash=$GIT_SHA\n", settings },
  ],
  invalid: [
    { name: "not a hash", code: F + 'LABEL githash="not-git-hash"\n', settings, findings: [{ line: 2, column: 15, endLine: 2, endColumn: 29, message: 'Label "githash" is not a valid git hash: it has characters other than lower-case hexadecimal digits' }] },
    { name: "too short", code: F + "LABEL githash=2dbfae\n", settings, findings: [{ line: 2, column: 15, endLine: 2, endColumn: 21, message: /6 digits/ }] },
    { name: "upper case", code: F + "LABEL githash=2DBFAE9\n", settings, findings: [{ line: 2, column: 15 }] },
    { name: "41 digits", code: F + `LABEL githash=${"a".repeat(41)}\n`, settings, findings: [{ line: 2, column: 15, message: /41 digits/ }] },
    { name: "branch name", code: F + "LABEL githash=main\n", settings, findings: [{ line: 2, column: 15, endLine: 2, endColumn: 19 }] },
  ],
});
