import { describe, expect, it } from "vitest";
import { findingJsonSchema, findingSchema, jsonReportJsonSchema } from "../../src/engine/finding-schema.js";
import { lint } from "../../src/lint.js";
import { testRule } from "./rules.js";

/** A validator for the JSON Schema subset `z.toJSONSchema` emits for findings. */
function validate(schema: Record<string, unknown>, value: unknown, at = "$"): string[] {
  const errors: string[] = [];
  const type = schema.type as string | undefined;
  const typeOk =
    type === undefined ||
    (type === "object" && typeof value === "object" && value !== null && !Array.isArray(value)) ||
    (type === "array" && Array.isArray(value)) ||
    (type === "string" && typeof value === "string") ||
    (type === "boolean" && typeof value === "boolean") ||
    (type === "integer" && Number.isInteger(value)) ||
    (type === "number" && typeof value === "number");
  if (!typeOk) return [`${at}: expected ${type}`];
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) errors.push(`${at}: not in enum`);
  if (typeof schema.minimum === "number" && (value as number) < schema.minimum) errors.push(`${at}: below minimum`);
  if (typeof schema.minLength === "number" && (value as string).length < schema.minLength) errors.push(`${at}: too short`);
  if (type === "object") {
    const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
    const obj = value as Record<string, unknown>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) errors.push(`${at}.${key}: required`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) errors.push(...validate(props[key], v, `${at}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}.${key}: not allowed`);
    }
  }
  if (type === "array" && schema.items) (value as unknown[]).forEach((v, i) => errors.push(...validate(schema.items as Record<string, unknown>, v, `${at}[${i}]`)));
  return errors;
}

const fixer = testRule({ id: "fixer", aliases: ["DL0001"], fix: { safe: true } }, (ctx) => ({
  FROM: (n) => ctx.report({ message: "lower-case keyword", range: n.keyword.range, fix: { description: "upper-case it", safe: true, edits: [{ start: 0, end: 4, text: "FROM" }] } }),
}));

describe("finding schema", () => {
  const findings = lint("from alpine\nFROB x\n", { rules: [fixer] }).findings;

  it("has real output to check (a fix and a parser diagnostic)", () => {
    expect(findings.map((f) => [f.rule, !!f.fix])).toEqual([
      ["fixer", true],
      ["unknown-instruction", false],
    ]);
  });

  it("zod schema accepts real findings and rejects malformed ones", () => {
    for (const f of findings) expect(findingSchema.parse(f)).toEqual(f);
    expect(findingSchema.safeParse({ ...findings[0], line: 0 }).success).toBe(false);
    expect(findingSchema.safeParse({ ...findings[0], severity: "fatal" }).success).toBe(false);
    expect(findingSchema.safeParse({ ...findings[0], extra: 1 }).success).toBe(false);
  });

  it("JSON Schema validates real findings and rejects malformed ones", () => {
    const schema = findingJsonSchema();
    expect(schema.required).toEqual(["file", "line", "column", "endLine", "endColumn", "rule", "aliases", "severity", "message"]);
    for (const f of findings) expect(validate(schema, JSON.parse(JSON.stringify(f)))).toEqual([]);
    expect(validate(schema, { ...findings[1], column: 0 })).toEqual(["$.column: below minimum"]);
    expect(validate(schema, { ...findings[1], severity: "fatal" })).toEqual(["$.severity: not in enum"]);
    const { message: _m, ...noMessage } = findings[1];
    expect(validate(schema, noMessage)).toEqual(["$.message: required"]);
    expect(validate(schema, { ...findings[0], fix: { ...findings[0].fix, edits: [{ start: "0", end: 4, text: "" }] } })).toEqual(["$.fix.edits[0].start: expected integer"]);
  });

  it("describes the --format json document", () => {
    const schema = jsonReportJsonSchema();
    expect(validate(schema, { findings: JSON.parse(JSON.stringify(findings)) })).toEqual([]);
    expect(validate(schema, { results: [] })).toEqual(["$.findings: required", "$.results: not allowed"]);
  });
});
