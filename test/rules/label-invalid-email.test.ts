import rule from "../../rules/label-invalid-email.js";
import { cases } from "./harness.js";

const settings = { labelSchema: { maintainer: "email" as const } };
const F = "FROM alpine:3.20\n";

cases(rule, {
  valid: [
    { name: "address", code: F + 'LABEL maintainer="abcd@google.com"\n', settings },
    { name: "other label", code: F + 'LABEL other="doo"\n', settings },
    { name: "plus, dots and subdomains", code: F + "LABEL maintainer=first.last+docker@mail.example.org\n", settings },
    { name: "quoted local part", code: F + 'LABEL maintainer="\\"jane doe\\"@example.com"\n', settings },
    { name: "legacy form", code: F + "LABEL maintainer team@example.com\n", settings },
  ],
  invalid: [
    { name: "not an address", code: F + 'LABEL maintainer="not-email"\n', settings, findings: [{ line: 2, column: 18, endLine: 2, endColumn: 29, message: 'Label "maintainer" is not a valid e-mail address: it has no @' }] },
    { name: "with a display name", code: F + 'LABEL maintainer="Jane <jane@example.com>"\n', settings, findings: [{ line: 2, column: 18, endLine: 2, endColumn: 43, message: 'Label "maintainer" is not a valid e-mail address: it has a display name: give only the address, jane@example.com' }] },
    { name: "two @", code: F + "LABEL maintainer=a@b@example.com\n", settings, findings: [{ line: 2, column: 18, endLine: 2, endColumn: 33 }] },
    { name: "domain with a trailing dot", code: F + "LABEL maintainer=a@example.\n", settings, findings: [{ line: 2, column: 18 }] },
    { name: "ONBUILD LABEL", code: F + "ONBUILD LABEL maintainer=nobody\n", settings, findings: [{ line: 2, column: 26, endLine: 2, endColumn: 32 }] },
  ],
});
