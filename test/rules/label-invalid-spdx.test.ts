import rule from "../../rules/label-invalid-spdx.js";
import { cases } from "./harness.js";

const settings = { labelSchema: { spdxlabel: "spdx" as const } };
const F = "FROM alpine:3.20\n";

cases(rule, {
  valid: [
    { name: "SPDX identifier", code: F + 'LABEL spdxlabel="BSD-3-Clause"\n', settings },
    { name: "other label", code: F + 'LABEL other="fooo"\n', settings },
    { name: "expression with AND, OR, WITH and parentheses", code: F + 'LABEL spdxlabel="MIT AND (Apache-2.0 OR GPL-2.0-only WITH Classpath-exception-2.0)"\n', settings },
    { name: "LicenseRef", code: F + "LABEL spdxlabel=LicenseRef-Proprietary\n", settings },
    { name: "or-later suffix and case-insensitive id", code: F + 'LABEL spdxlabel="gpl-2.0+ OR mit"\n', settings },
  ],
  invalid: [
    { name: "not SPDX", code: F + 'LABEL spdxlabel="not-spdx"\n', settings, findings: [{ line: 2, column: 17, endLine: 2, endColumn: 27, message: 'Label "spdxlabel" is not a valid SPDX license expression: "not-spdx" is not an SPDX license identifier' }] },
    { name: "license name instead of id", code: F + 'LABEL spdxlabel="Apache License 2.0"\n', settings, findings: [{ line: 2, column: 17, message: /"Apache" is not/ }] },
    { name: "lower-case operator", code: F + 'LABEL spdxlabel="MIT and Apache-2.0"\n', settings, findings: [{ line: 2, column: 17, message: /must be written in upper case/ }] },
    { name: "unknown exception", code: F + 'LABEL spdxlabel="GPL-2.0-only WITH Nothing-1.0"\n', settings, findings: [{ line: 2, column: 17, message: /not an SPDX license exception/ }] },
    { name: "unclosed parenthesis", code: F + 'LABEL spdxlabel="(MIT OR ISC"\n', settings, findings: [{ line: 2, column: 17, message: /parenthesis is not closed/ }] },
  ],
});
