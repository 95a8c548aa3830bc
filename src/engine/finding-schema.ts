/**
 * The zod schema of a {@link Finding} and its JSON Schema, for consumers of `--format json` and for
 * tests. Kept apart from `finding.ts` so linting never loads zod.
 * @module
 */
import { z } from "zod";
import type { Finding } from "./finding.js";
import { SEVERITIES } from "./types.js";

const position = z.number().int().min(1);

export const textEditSchema = z
  .object({
    start: z.number().int().min(0).describe("0-based UTF-16 offset where the replaced text starts"),
    end: z.number().int().min(0).describe("0-based UTF-16 offset where the replaced text ends (exclusive)"),
    text: z.string().describe("Replacement text"),
  })
  .strict();

export const fixSchema = z
  .object({
    description: z.string(),
    safe: z.boolean().describe("true when applying the fix never changes what the build produces"),
    edits: z.array(textEditSchema),
  })
  .strict();

export const findingSchema = z
  .object({
    file: z.string(),
    line: position.describe("1-based start line"),
    column: position.describe("1-based start column (UTF-16 code units)"),
    endLine: position.describe("1-based end line"),
    endColumn: position.describe("1-based end column, exclusive"),
    rule: z.string().min(1).describe("Rule id"),
    aliases: z.array(z.string()).describe("Other names of the rule (hadolint code, BuildKit check name)"),
    severity: z.enum(SEVERITIES as [string, ...string[]]),
    message: z.string(),
    fix: fixSchema.optional(),
  })
  .strict();

/** The document `--format json` prints. */
export const jsonReportSchema = z.object({ findings: z.array(findingSchema) }).strict();

/** JSON Schema (draft 2020-12) of one finding. */
export function findingJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(findingSchema) as Record<string, unknown>;
}

/** JSON Schema (draft 2020-12) of the `--format json` document. */
export function jsonReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(jsonReportSchema) as Record<string, unknown>;
}

// Compile-time check that the schema and the interface describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<Omit<z.infer<typeof findingSchema>, "severity">, Omit<Finding, "severity">> = true;
void sameShape;
