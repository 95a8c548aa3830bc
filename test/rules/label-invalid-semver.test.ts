import rule from "../../rules/label-invalid-semver.js";
import { cases } from "./harness.js";

const settings = { labelSchema: { semver: "semver" as const } };
const F = "FROM alpine:3.20\n";

cases(rule, {
  valid: [
    { name: "semantic version", code: F + 'LABEL semver="1.0.0"\n', settings },
    { name: "other label", code: F + 'LABEL other="foo"\n', settings },
    { name: "pre-release and build", code: F + "LABEL semver=1.0.0-rc.1+build.5\n", settings },
    { name: "ARG default that is valid", code: F + "ARG VERSION=2.3.4\nLABEL semver=$VERSION\n", settings },
    { name: "build arg without default", code: F + "ARG VERSION\nLABEL semver=$VERSION\n", settings },
  ],
  invalid: [
    { name: "not a version", code: F + 'LABEL semver="not-sem-ver"\n', settings, findings: [{ line: 2, column: 14, endLine: 2, endColumn: 27, message: 'Label "semver" is not a valid semantic version: it is not of the form MAJOR.MINOR.PATCH[-prerelease][+build]' }] },
    { name: "v prefix", code: F + "LABEL semver=v1.0.0\n", settings, findings: [{ line: 2, column: 14, endLine: 2, endColumn: 20, message: /no 'v' prefix/ }] },
    { name: "two components", code: F + "LABEL semver=1.0\n", settings, findings: [{ line: 2, column: 14, endLine: 2, endColumn: 17 }] },
    { name: "leading zero", code: F + "LABEL semver=1.02.0\n", settings, findings: [{ line: 2, column: 14 }] },
    { name: "ARG default that is invalid", code: F + "ARG VERSION=latest\nLABEL semver=$VERSION\n", settings, findings: [{ line: 3, column: 14, endLine: 3, endColumn: 22, message: /^Label "semver" \(= "latest"\) is not a valid semantic version/ }] },
  ],
});
