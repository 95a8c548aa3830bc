/**
 * The SARIF report validates against the SARIF 2.1.0 JSON schema (see sarif-validator.ts for the
 * schema's source), on the fixed sample and on real lint runs over fixtures/ (real rule metadata and
 * fixes).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import sarif from "../../src/formatters/sarif.js";
import { RULE_DOCS_BASE } from "../../src/formatters/util.js";
import { lintFiles, listRules } from "../../src/lint.js";
import { repoRoot } from "../helpers.js";
import { CONTEXT, RESULTS } from "./sample.js";
import { regionProblems, sarifProblems, sarifValidator, type Validate } from "./sarif-validator.js";

let validate: Validate;
beforeAll(() => {
  validate = sarifValidator();
});

function expectValid(log: unknown): void {
  expect(sarifProblems(log)).toEqual([]);
}

interface Log {
  runs: {
    tool: { driver: { rules: { id: string; helpUri?: string; defaultConfiguration?: { level: string }; properties?: { tags: string[] } }[] } };
    results: { ruleId: string; ruleIndex: number; fixes?: unknown[]; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}

describe("SARIF 2.1.0 schema", () => {
  it("the validator rejects what the schema forbids", () => {
    const log = JSON.parse(sarif(RESULTS, CONTEXT)) as Record<string, unknown> & Log;
    expect(validate({ ...log, version: "2.0.0" })).toBe(false);
    const badLevel = structuredClone(log) as unknown as { runs: { results: { level: string }[] }[] };
    badLevel.runs[0].results[0].level = "info";
    expect(validate(badLevel)).toBe(false);
    const badRegion = structuredClone(log);
    (badRegion.runs[0].results[0].locations[0].physicalLocation as unknown as { region: { startLine: number } }).region.startLine = 0;
    expect(validate(badRegion)).toBe(false);
    // The final schema's rule that the rtm.5 file lacks: a region needs a start.
    const noStart = structuredClone(log);
    (noStart.runs[0].results[0].locations[0].physicalLocation as unknown as { region: object }).region = { endLine: 2 };
    expect(validate(noStart)).toBe(true);
    expect(regionProblems(noStart)).toEqual([{ endLine: 2 }]);
  });

  it("accepts the sample report (fix, multi-line and empty ranges, a rule without metadata)", () => {
    const log = JSON.parse(sarif(RESULTS, CONTEXT)) as Log;
    expectValid(log);
  });

  it("accepts an empty report", () => {
    const log = JSON.parse(sarif([{ file: "Dockerfile", findings: [] }], CONTEXT)) as Log;
    expectValid(log);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toEqual([]);
  });

  it("accepts real reports on every fixture, with the real rule metadata and fixes", async () => {
    const dir = path.join(repoRoot, "fixtures");
    const files = readdirSync(dir).filter((f) => f.endsWith(".Dockerfile")).map((f) => `fixtures/${f}`);
    expect(files.length).toBeGreaterThan(3);
    const { results } = await lintFiles(files, { cwd: repoRoot, config: {} });
    const log = JSON.parse(sarif(results, { color: false, cwd: repoRoot })) as Log;
    expectValid(log);
    const run = log.runs[0];
    const findings = results.flatMap((r) => r.findings);
    expect(run.results).toHaveLength(findings.length);
    expect(run.results.some((r) => r.fixes)).toBe(true);
    const known = new Map(listRules().map((m) => [m.id, m]));
    for (const result of run.results) {
      const rule = run.tool.driver.rules[result.ruleIndex];
      expect(rule.id).toBe(result.ruleId);
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^fixtures\/[^/]+\.Dockerfile$/);
      const meta = known.get(rule.id);
      expect(meta, rule.id).toBeDefined();
      expect(rule.helpUri).toBe(`${RULE_DOCS_BASE}${rule.id}.md`);
      expect(rule.properties?.tags).toEqual([meta!.category, ...meta!.aliases]);
      expect(rule.defaultConfiguration?.level).toBe({ error: "error", warning: "warning", info: "note", style: "note" }[meta!.severity]);
    }
  });
});
