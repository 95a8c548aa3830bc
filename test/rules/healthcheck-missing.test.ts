import { describe, expect, it } from "vitest";
import rule from "../../rules/healthcheck-missing.js";
import { lint } from "../../src/lint.js";
import { cases } from "./harness.js";

describe("healthcheck-missing is off by default (hadolint: ignore)", () => {
  const code = "FROM nginx:1.27\n";
  it("does not run with the default config", () => {
    expect(rule.meta.disabledByDefault).toBe(true);
    expect(lint(code, { rules: [rule] }).findings).toEqual([]);
  });
  it("runs when enabled by its hadolint code", () => {
    expect(lint(code, { rules: [rule], config: { rules: { DL3057: "on" } } }).findings.map((f) => [f.rule, f.line])).toEqual([["healthcheck-missing", 1]]);
  });
});

cases({ ...rule, meta: { ...rule.meta, disabledByDefault: false } }, {
  valid: [
    { name: "HEALTHCHECK present", code: 'FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n' },
    { name: "HEALTHCHECK NONE is a decision", code: "FROM nginx:1.27\nHEALTHCHECK NONE\n" },
    { name: "inherited from the base stage", code: "FROM nginx:1.27 AS base\nHEALTHCHECK CMD curl -f http://localhost/\nFROM base\nRUN true\n" },
    { name: "builder stage without one", code: "FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\nHEALTHCHECK CMD /app -check\n" },
    { name: "ONBUILD HEALTHCHECK of the base stage", code: "FROM nginx:1.27 AS base\nONBUILD HEALTHCHECK CMD curl -f http://localhost/\nFROM base\n" },
  ],
  invalid: [
    { name: "single stage", code: "FROM nginx:1.27\n", findings: [{ line: 1, column: 6, endLine: 1, endColumn: 16, message: "The image this stage builds has no HEALTHCHECK" }] },
    { name: "only in a builder stage", code: "FROM nginx:1.27 AS build\nHEALTHCHECK NONE\nFROM alpine:3.20\nCOPY --from=build /a /a\n", findings: [{ line: 3, column: 6, endLine: 3, endColumn: 17 }] },
    { name: "two unrelated stages", code: "FROM nginx:1.27 AS a\nFROM alpine:3.20 AS b\n", findings: [{ line: 1, column: 6, endLine: 1, endColumn: 16 }, { line: 2, column: 6, endLine: 2, endColumn: 17 }] },
    { name: "a child stage has one, the base's other child not", code: "FROM nginx:1.27 AS base\nFROM base AS a\nHEALTHCHECK NONE\nFROM base AS b\n", findings: [{ line: 4, column: 6, endLine: 4, endColumn: 10 }] },
    { name: "ONBUILD HEALTHCHECK does not cover its own stage", code: "FROM nginx:1.27\nONBUILD HEALTHCHECK NONE\n", findings: [{ line: 1, column: 6, endLine: 1, endColumn: 16 }] },
  ],
});
