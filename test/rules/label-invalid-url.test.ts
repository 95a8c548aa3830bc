import rule from "../../rules/label-invalid-url.js";
import { cases } from "./harness.js";

const settings = { labelSchema: { urllabel: "url" as const } };
const F = "FROM alpine:3.20\n";

cases(rule, {
  valid: [
    { name: "URL", code: F + 'LABEL urllabel="http://example.com"\n', settings },
    { name: "other label", code: F + 'LABEL other="foo"\n', settings },
    { name: "URL with path, query, port and escapes", code: F + "LABEL urllabel=https://example.com:8443/a%20b?x=1#top\n", settings },
    { name: "non-http scheme", code: F + "LABEL urllabel=mailto:team@example.com\n", settings },
    { name: "unknown variable", code: F + "ARG REPO\nLABEL urllabel=$REPO\n", settings },
    { name: "empty is label-empty's", code: F + 'LABEL urllabel=""\n', settings },
    { name: "no schema", code: F + 'LABEL urllabel="not-url"\n' },
  ],
  invalid: [
    { name: "not a URL", code: F + 'LABEL urllabel="not-url"\n', settings, findings: [{ line: 2, column: 16, endLine: 2, endColumn: 25, message: 'Label "urllabel" is not a valid URL: it has no scheme (such as https:)' }] },
    { name: "space inside", code: F + 'LABEL urllabel="https://example.com/a b"\n', settings, findings: [{ line: 2, column: 16, endLine: 2, endColumn: 41, message: /characters a URL cannot hold/ }] },
    { name: "bad port", code: F + "LABEL urllabel=http://example.com:80a/\n", settings, findings: [{ line: 2, column: 16, endLine: 2, endColumn: 39, message: /port is not a number/ }] },
    { name: "bad percent-escape", code: F + "LABEL urllabel=http://example.com/%zz\n", settings, findings: [{ line: 2, column: 16, message: /percent-escape/ }] },
    { name: "variable with a known bad value", code: F + "ARG REPO=github.com/acme/app\nLABEL urllabel=${REPO}\n", settings, findings: [{ line: 3, column: 16, endLine: 3, endColumn: 23 }] },
    { name: "ONBUILD LABEL", code: F + "ONBUILD LABEL urllabel=x\n", settings, findings: [{ line: 2, column: 24, endLine: 2, endColumn: 25 }] },
  ],
});
