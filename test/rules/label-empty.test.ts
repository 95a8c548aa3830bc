import rule from "../../rules/label-empty.js";
import { cases } from "./harness.js";

const settings = { labelSchema: { emptylabel: "text" as const } };
const F = "FROM alpine:3.20\n";

cases(rule, {
  valid: [
    { name: "not empty", code: F + 'LABEL emptylabel="foo"\n', settings },
    { name: "other label empty", code: F + 'LABEL other=""\n', settings },
    { name: "from a variable given at build time", code: F + "ARG V\nLABEL emptylabel=$V\n", settings },
    { name: "no schema", code: F + 'LABEL emptylabel=""\n' },
    { name: "build arg with an empty default (set with --build-arg)", code: F + 'ARG V=""\nLABEL emptylabel=$V\n', settings },
    { name: "whitespace is a value", code: F + 'LABEL emptylabel=" "\n', settings },
  ],
  invalid: [
    { name: "empty double quotes", code: F + 'LABEL emptylabel=""\n', settings, findings: [{ line: 2, column: 18, endLine: 2, endColumn: 20, message: 'Label "emptylabel" is empty' }] },
    { name: "empty single quotes", code: F + "LABEL emptylabel=''\n", settings, findings: [{ line: 2, column: 18, endLine: 2, endColumn: 20 }] },
    { name: "nothing after =: the pair", code: F + "LABEL emptylabel= other=x\n", settings, findings: [{ line: 2, column: 7, endLine: 2, endColumn: 18 }] },
    { name: "ONBUILD LABEL", code: F + 'ONBUILD LABEL emptylabel=""\n', settings, findings: [{ line: 2, column: 26, endLine: 2, endColumn: 28 }] },
  ],
});
