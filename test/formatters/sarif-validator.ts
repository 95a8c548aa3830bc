/**
 * A validator for SARIF 2.1.0 logs: Ajv (draft-04, as the schema is written) with ajv-formats, on the
 * schema file @microsoft/jest-sarif ships (sarif-2.1.0-rtm.5.json). That schema lacks one constraint
 * of the final OASIS schema (a region needs startLine, charOffset or byteOffset), which
 * {@link regionProblems} checks.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { repoRoot } from "../helpers.js";

// Both are CommonJS packages whose default export TypeScript's NodeNext view wraps; require them plainly.
const require = createRequire(import.meta.url);
const Ajv = require("ajv-draft-04") as typeof import("ajv-draft-04").default;
const addFormats = require("ajv-formats") as typeof import("ajv-formats").default;

export const SCHEMA_FILE = path.join(repoRoot, "node_modules", "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json");

export type Validate = ((data: unknown) => boolean) & { errors?: unknown };

let compiled: Validate | undefined;

/** The compiled schema (compiled once). */
export function sarifValidator(): Validate {
  if (compiled) return compiled;
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as Record<string, unknown>;
  // unicodeRegExp: false because the rtm.5 schema's `language` pattern is not a valid /u expression
  // (the final schema fixed it; shipshape never writes `language`).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return (compiled = ajv.compile(schema) as Validate);
}

interface Region {
  startLine?: number;
  charOffset?: number;
  byteOffset?: number;
}

/** Regions (under `region` or `deletedRegion` keys) that have none of startLine, charOffset, byteOffset. */
export function regionProblems(value: unknown, out: Region[] = []): Region[] {
  if (Array.isArray(value)) for (const v of value) regionProblems(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if ((k === "region" || k === "deletedRegion") && v && typeof v === "object") {
        const r = v as Region;
        if (r.startLine === undefined && r.charOffset === undefined && r.byteOffset === undefined) out.push(r);
      }
      regionProblems(v, out);
    }
  }
  return out;
}

/** Schema errors plus region problems; empty when the log is valid. */
export function sarifProblems(log: unknown): unknown[] {
  const validate = sarifValidator();
  const ok = validate(log);
  return [...(ok ? [] : ((validate.errors as unknown[]) ?? ["invalid"])), ...regionProblems(log).map((r) => ({ region: r, problem: "needs startLine, charOffset or byteOffset" }))];
}
