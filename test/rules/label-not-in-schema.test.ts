import rule from "../../rules/label-not-in-schema.js";
import { cases } from "./harness.js";

const settings = { labelSchema: { required: "text" as const }, strictLabels: true };
const F = "FROM alpine:3.20\n";

cases(rule, {
  valid: [
    { name: "no label", code: F, settings },
    { name: "required label", code: F + 'LABEL required="foo"\n', settings },
    { name: "strict-labels off", code: F + 'LABEL other="bar"\n', settings: { labelSchema: { required: "text" as const } } },
    { name: "quoted schema key", code: F + 'LABEL "required"="foo"\n', settings },
    { name: "key from an unknown variable", code: F + "ARG K\nLABEL $K=1\n", settings },
  ],
  invalid: [
    { name: "just another label", code: F + 'LABEL other="bar"\n', settings, findings: [{ line: 2, column: 7, endLine: 2, endColumn: 12, message: 'Label "other" is not in the label schema (strict-labels is on)' }] },
    { name: "another label next to the required one", code: F + 'LABEL required="foo" other="bar"\n', settings, findings: [{ line: 2, column: 22, endLine: 2, endColumn: 27 }] },
    { name: "ONBUILD LABEL", code: F + 'ONBUILD LABEL other="bar"\n', settings, findings: [{ line: 2, column: 15, endLine: 2, endColumn: 20 }] },
    { name: "empty schema with strict-labels: every label", code: F + "LABEL a=1 b=2\n", settings: { strictLabels: true }, findings: [{ line: 2, column: 7 }, { line: 2, column: 11 }] },
    { name: "case matters", code: F + "LABEL Required=x\n", settings, findings: [{ line: 2, column: 7, endLine: 2, endColumn: 15 }] },
  ],
});
