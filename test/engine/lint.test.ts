import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { allRules } from "../../rules/index.js";
import { lint, listRules, meetsThreshold } from "../../src/lint.js";
import { flagKind } from "./rules.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "shipshape-lint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rules = [flagKind("no-run", "RUN", { aliases: ["DL9000"] })];

describe("lint()", () => {
  it("names findings after the filename option, Dockerfile by default", () => {
    expect(lint("FROM a\nRUN b\n", { rules }).findings.map((f) => f.file)).toEqual(["Dockerfile"]);
    expect(lint("FROM a\nRUN b\n", { rules, filename: "x/Containerfile" }).findings.map((f) => f.file)).toEqual(["x/Containerfile"]);
  });

  it("accepts a config object, a resolved config or a path", () => {
    const file = path.join(dir, "c.yaml");
    writeFileSync(file, "rules:\n  DL9000: error\n");
    expect(lint("FROM a\nRUN b\n", { rules, config: file }).findings[0].severity).toBe("error");
    expect(lint("FROM a\nRUN b\n", { rules, config: { rules: { "no-run": "info" } } }).findings[0].severity).toBe("info");
    expect(lint("FROM a\nRUN b\n", { rules, config: { ignored: ["DL9000"] } }).findings).toEqual([]);
  });

  it("applies ruleOverrides on top of the config", () => {
    const findings = lint("FROM a\nRUN b\n", { rules, config: { rules: { "no-run": "info" } }, ruleOverrides: { DL9000: "style" } }).findings;
    expect(findings.map((f) => f.severity)).toEqual(["style"]);
    expect(() => lint("FROM a\n", { rules, ruleOverrides: { "no-rn": "off" } })).toThrow("unknown rule 'no-rn' (did you mean 'no-run'?)");
  });

  it("runs the registered rules by default", () => {
    // Every registered rule's documented bad example must not crash the engine.
    for (const rule of allRules) {
      const findings = lint(rule.meta.docs.bad).findings;
      expect(findings.filter((f) => f.rule === "internal-error"), rule.meta.id).toEqual([]);
    }
  });
});

describe("listRules()", () => {
  it("lists registered and built-in rules once each, sorted by id", () => {
    const ids = listRules(rules).map((r) => r.id);
    expect(ids).toContain("no-run");
    expect(ids).toContain("unused-suppression");
    expect(ids).toContain("syntax-error");
    expect(ids).toEqual([...new Set(ids)].sort());
    expect(listRules().map((r) => r.id)).toEqual([...new Set(listRules().map((r) => r.id))]);
  });
});

describe("meetsThreshold()", () => {
  it("compares severities, most serious first", () => {
    expect(meetsThreshold("error", "warning")).toBe(true);
    expect(meetsThreshold("warning", "warning")).toBe(true);
    expect(meetsThreshold("info", "warning")).toBe(false);
    expect(meetsThreshold("style", "style")).toBe(true);
    expect(meetsThreshold("error", "none")).toBe(false);
  });
});
