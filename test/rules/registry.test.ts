/** The registry and every rule's metadata: ids, order, docs examples that fire (bad) and stay quiet (good). */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/ast/parse.js";
import { SEVERITIES } from "../../src/engine/types.js";
import { allRules } from "../../rules/index.js";
import { isDiagnosticRule } from "../../rules/support/diagnostic.js";
import { repoRoot } from "../helpers.js";
import { runRulesLocal } from "./run.js";
import path from "node:path";

/**
 * Settings for the docs examples (from-untrusted-registry documents this list; the label rules document
 * this label schema, `DOCS_LABEL_SCHEMA`, and label-not-in-schema its `strict-labels: true`).
 */
const docsSettings = {
  trustedRegistries: ["registry.example.com"],
  labelSchema: {
    "org.opencontainers.image.source": "url",
    "org.opencontainers.image.created": "rfc3339",
    "org.opencontainers.image.licenses": "spdx",
    "org.opencontainers.image.revision": "hash",
    "org.opencontainers.image.version": "semver",
    "org.opencontainers.image.authors": "email",
  } as const,
  strictLabels: true,
};

/**
 * Rules that read the build context from disk: their docs examples run as a real Dockerfile in a
 * temporary folder holding this `.dockerignore`.
 */
const onDisk: Record<string, string> = { "copy-ignored-file": "*.env\n" };

function dockerfileOnDisk(code: string, dockerignore: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "shipshape-docs-"));
  writeFileSync(path.join(dir, ".dockerignore"), dockerignore);
  writeFileSync(path.join(dir, "Dockerfile"), code);
  return path.join(dir, "Dockerfile");
}

function findingsOf(id: string, code: string): string[] {
  const rule = allRules.find((r) => r.meta.id === id)!;
  if (isDiagnosticRule(rule)) return parse(code).diagnostics.filter((d) => d.code === id).map((d) => d.message);
  // Rules that are off by default are documented as they behave when enabled.
  const enabled = rule.meta.disabledByDefault ? { ...rule, meta: { ...rule.meta, disabledByDefault: false } } : rule;
  const filename = onDisk[id] === undefined ? undefined : dockerfileOnDisk(code, onDisk[id]);
  return runRulesLocal([enabled], code, { settings: docsSettings, filename }).map((f) => f.message);
}

describe("rules/index.ts", () => {
  it("lists every rule once, sorted by id, each in its own file", () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(existsSync(path.join(repoRoot, "rules", `${id}.ts`)), id).toBe(true);
  });

  it("has complete metadata", () => {
    const aliases = new Map<string, string>();
    for (const { meta } of allRules) {
      expect(meta.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(SEVERITIES).toContain(meta.severity);
      expect(meta.docs.description.length, meta.id).toBeGreaterThan(10);
      expect(meta.docs.why.length, meta.id).toBeGreaterThan(40);
      expect(meta.docs.description, meta.id).not.toMatch(/\.$/);
      for (const alias of meta.aliases) {
        expect(aliases.get(alias.toLowerCase()), `alias ${alias} of ${meta.id}`).toBeUndefined();
        aliases.set(alias.toLowerCase(), meta.id);
      }
    }
  });
});

describe("docs examples", () => {
  for (const { meta } of allRules) {
    it(`${meta.id}: bad fires, good does not`, () => {
      expect(findingsOf(meta.id, meta.docs.bad).length, `bad example of ${meta.id}`).toBeGreaterThan(0);
      expect(findingsOf(meta.id, meta.docs.good), `good example of ${meta.id}`).toEqual([]);
    });
  }
});
