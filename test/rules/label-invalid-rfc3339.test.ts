import rule from "../../rules/label-invalid-rfc3339.js";
import { cases } from "./harness.js";

const settings = { labelSchema: { datelabel: "rfc3339" as const } };
const F = "FROM alpine:3.20\n";

cases(rule, {
  valid: [
    { name: "RFC 3339 with fraction and offset", code: F + 'LABEL datelabel="2021-03-10T10:26:33.564595127+01:00"\n', settings },
    { name: "UTC", code: F + "LABEL datelabel=2024-05-01T12:30:00Z\n", settings },
    { name: "lower-case t and z", code: F + "LABEL datelabel=2024-05-01t12:30:00z\n", settings },
    { name: "29 February in a leap year", code: F + "LABEL datelabel=2024-02-29T00:00:00Z\n", settings },
    { name: "other label", code: F + 'LABEL other="doo"\n', settings },
    { name: "build arg", code: F + "ARG BUILD_DATE\nLABEL datelabel=$BUILD_DATE\n", settings },
  ],
  invalid: [
    { name: "not a date", code: F + 'LABEL datelabel="not-date"\n', settings, findings: [{ line: 2, column: 17, endLine: 2, endColumn: 27, message: /^Label "datelabel" is not a valid RFC 3339 time: it is not of the form/ }] },
    { name: "date only", code: F + "LABEL datelabel=2024-05-01\n", settings, findings: [{ line: 2, column: 17, endLine: 2, endColumn: 27 }] },
    { name: "no time zone", code: F + "LABEL datelabel=2024-05-01T12:30:00\n", settings, findings: [{ line: 2, column: 17 }] },
    { name: "29 February in a common year", code: F + "LABEL datelabel=2023-02-29T00:00:00Z\n", settings, findings: [{ line: 2, column: 17, message: /day 29 does not exist/ }] },
    { name: "hour 24", code: F + "LABEL datelabel=2024-05-01T24:00:00Z\n", settings, findings: [{ line: 2, column: 17, message: /out of range/ }] },
  ],
});
