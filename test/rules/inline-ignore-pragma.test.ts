import { describe, expect, it } from "vitest";
import rule from "../../rules/inline-ignore-pragma.js";
import { lint } from "../../src/lint.js";
import { cases } from "./harness.js";

describe("inline-ignore-pragma is off by default (hadolint: ignore)", () => {
  const code = "FROM debian:12\n# hadolint ignore=DL3003\nRUN cd /tmp\n";
  it("does not run with the default config", () => {
    expect(rule.meta.disabledByDefault).toBe(true);
    expect(lint(code, { rules: [rule] }).findings.filter((f) => f.rule === "inline-ignore-pragma")).toEqual([]);
  });
  it("runs when enabled by its hadolint code", () => {
    const found = lint(code, { rules: [rule], config: { rules: { DL1001: "on" } } }).findings.filter((f) => f.rule === "inline-ignore-pragma");
    expect(found.map((f) => [f.line, f.severity])).toEqual([[2, "info"]]);
  });
});

// The cases run the rule as if enabled.
cases({ ...rule, meta: { ...rule.meta, disabledByDefault: false } }, {
  valid: [
    { name: "other hadolint pragma", code: "# hadolint shell=powershell\nFROM alpine:3.20\nRUN foo bar\n" },
    { name: "ordinary comment", code: "# foobar\nFROM alpine:3.20\nRUN foo bar\n" },
    { name: "no pragma", code: "FROM debian:12\nRUN foo bar\n" },
    { name: "global ignore is configuration, not inline", code: "# hadolint global ignore=DL3003\nFROM debian:12\nRUN cd /tmp\n" },
    { name: "shipshape global ignore", code: "# shipshape global ignore=from-latest\nFROM debian:latest\n" },
    { name: "mention of a pragma in prose", code: "# see the docs on hadolint ignore comments\nFROM debian:12\n" },
  ],
  invalid: [
    {
      name: "hadolint inline pragma",
      code: "FROM debian:12\n# hadolint ignore=DL3003\nRUN cd /tmp\n",
      findings: [{ line: 2, column: 3, endLine: 2, endColumn: 25, message: "Inline hadolint ignore comment: prefer configuring exceptions in the config file" }],
    },
    {
      name: "shipshape inline pragma with a list",
      code: "FROM debian:12\n#shipshape ignore=cd-instead-of-workdir, DL3003\nRUN cd /tmp\n",
      findings: [{ line: 2, column: 2, endLine: 2, endColumn: 48, message: /^Inline shipshape ignore comment/ }],
    },
    {
      name: "pragma before the first FROM, with a trailing reason",
      code: "# hadolint ignore=DL3006 # we pin by digest elsewhere\nFROM debian\n",
      findings: [{ line: 1, column: 3, endLine: 1, endColumn: 25 }],
    },
    {
      name: "pragma inside a continued instruction, upper case",
      code: "FROM debian:12\nRUN apt-get update && \\\n  # HADOLINT IGNORE=DL3008\n  apt-get install -y curl\n",
      findings: [{ line: 3, column: 5, endLine: 3, endColumn: 27 }],
    },
  ],
});
