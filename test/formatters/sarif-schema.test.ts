/**
 * The SARIF report validates against the SARIF 2.1.0 JSON schema (draft-04, checked with Ajv and
 * ajv-formats), on the fixed sample and on real lint runs over fixtures/ (real rule metadata and
 * fixes). The schema file is the one @microsoft/jest-sarif ships (sarif-2.1.0-rtm.5.json). It lacks one
 * constraint of the final OASIS schema (a region needs startLine, charOffset or byteOffset), which is
 * checked here directly.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import sarif from "../../src/formatters/sarif.js";
import { RULE_DOCS_BASE } from "../../src/formatters/util.js";
import { lintFiles, listRules } from "../../src/lint.js";
import { repoRoot } from "../helpers.js";
import { CONTEXT, RESULTS } from "./sample.js";

// Both are CommonJS packages whose default export TypeScript's NodeNext view wraps; require them plainly.
const require = createRequire(import.meta.url);
const Ajv = require("ajv-draft-04") as typeof import("ajv-draft-04").default;
const addFormats = require("ajv-formats") as typeof import("ajv-formats").default;

const SCHEMA_FILE = path.join(repoRoot, "node_modules", "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json");

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
let validate: Validate;

beforeAll(() => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as Record<string, unknown>;
  // unicodeRegExp: false because the rtm.5 schema's `language` pattern is not a valid /u expression
  // (the final schema fixed it; shipshape never writes `language`).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  validate = ajv.compile(schema) as Validate;
});

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
}

interface Region {
  startLine?: number;
  charOffset?: number;
  byteOffset?: number;
}

/** Every object under a `region` or `deletedRegion` key. */
function regions(value: unknown, out: Region[] = []): Region[] {
  if (Array.isArray(value)) for (const v of value) regions(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "region" || k === "deletedRegion") out.push(v as Region);
      regions(v, out);
    }
  }
  return out;
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
  });

  it("accepts the sample report (fix, multi-line and empty ranges, a rule without metadata)", () => {
    const log = JSON.parse(sarif(RESULTS, CONTEXT)) as Log;
    expectValid(log);
    for (const r of regions(log)) expect(r.startLine !== undefined || r.charOffset !== undefined || r.byteOffset !== undefined).toBe(true);
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
    for (const r of regions(log)) expect(r.startLine !== undefined || r.charOffset !== undefined).toBe(true);
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
