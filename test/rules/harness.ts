/**
 * ESLint-style rule tester: `cases(rule, { valid, invalid })` runs ONE rule over each snippet.
 * Invalid cases pin every finding's position (and optionally its message); when the rule offers a
 * fix, `output` is required, must differ from the input, and must equal the text after applying the
 * fixes byte for byte. A fixed text must not add parse errors.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/ast/parse.js";
import type { Rule, RuleSettings } from "../../src/engine/types.js";
import { applyFixes, runRulesLocal, type TestFinding } from "./run.js";

export interface ExpectedFinding {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message?: string | RegExp;
}

export interface InvalidCase {
  code: string;
  findings: ExpectedFinding[];
  /** Required when the rule offers a fix: the text after applying the reported fixes. */
  output?: string;
  settings?: Partial<RuleSettings>;
  name?: string;
}

export interface ValidCase {
  code: string;
  settings?: Partial<RuleSettings>;
  name?: string;
}

export interface Cases {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

/** Runs one rule over `code` (through the engine's dispatch). */
export function runRule(rule: Rule, code: string, settings?: Partial<RuleSettings>): TestFinding[] {
  return runRulesLocal([rule], code, { settings });
}

/** The problems with a valid case (empty when it passes). */
export function checkValid(rule: Rule, c: string | ValidCase): string[] {
  const vc = typeof c === "string" ? { code: c } : c;
  const found = runRule(rule, vc.code, vc.settings);
  return found.map((f) => `unexpected finding ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`);
}

/** The problems with an invalid case (empty when it passes). */
export function checkInvalid(rule: Rule, c: InvalidCase): string[] {
  const errors: string[] = [];
  const found = runRule(rule, c.code, c.settings);
  const show = (f: TestFinding) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`;
  if (found.length !== c.findings.length) {
    errors.push(`expected ${c.findings.length} finding(s), got ${found.length}:\n  ${found.map(show).join("\n  ")}`);
  }
  c.findings.forEach((want, i) => {
    const got = found[i];
    if (!got) return;
    const mismatch =
      want.line !== got.line ||
      want.column !== got.column ||
      (want.endLine !== undefined && want.endLine !== got.endLine) ||
      (want.endColumn !== undefined && want.endColumn !== got.endColumn);
    if (mismatch) {
      const wantPos = `${want.line}:${want.column}-${want.endLine ?? "?"}:${want.endColumn ?? "?"}`;
      errors.push(`finding ${i}: expected at ${wantPos}, got ${show(got)}`);
    }
    if (typeof want.message === "string" && want.message !== got.message) errors.push(`finding ${i}: message ${JSON.stringify(got.message)} !== ${JSON.stringify(want.message)}`);
    if (want.message instanceof RegExp && !want.message.test(got.message)) errors.push(`finding ${i}: message ${JSON.stringify(got.message)} !~ ${want.message}`);
  });
  const fixed = found.filter((f) => f.fix);
  for (const f of fixed) {
    if (!rule.meta.fix) errors.push(`rule reported a fix but its meta declares no \`fix\`: ${show(f)}`);
    else if (f.fix?.safe !== rule.meta.fix.safe) errors.push(`fix safety ${f.fix?.safe} differs from meta.fix.safe ${rule.meta.fix.safe}`);
  }
  if (fixed.length > 0) {
    if (c.output === undefined) errors.push("the rule offered a fix, so the case needs an `output`");
    else {
      const out = applyFixes(c.code, found);
      if (c.output === c.code) errors.push("`output` equals the input; a fix must change the text");
      if (out !== c.output) errors.push(`fixed output differs:\n--- expected\n${JSON.stringify(c.output)}\n--- actual\n${JSON.stringify(out)}`);
      const before = new Set(parse(c.code).diagnostics.map((d) => d.code));
      const added = parse(out).diagnostics.filter((d) => !before.has(d.code));
      if (added.length > 0) errors.push(`the fix introduced parse errors: ${added.map((d) => d.code + " " + d.message).join("; ")}`);
    }
  } else if (c.output !== undefined) {
    errors.push("`output` given but the rule offered no fix");
  }
  return errors;
}

function label(code: string, name?: string): string {
  return name ?? JSON.stringify(code.length > 70 ? code.slice(0, 67) + "..." : code);
}

/** Declares the vitest cases for `rule`. */
export function cases(rule: Rule, table: Cases): void {
  describe(rule.meta.id, () => {
    describe("valid", () => {
      for (const c of table.valid) {
        const code = typeof c === "string" ? c : c.code;
        it(label(code, typeof c === "string" ? undefined : c.name), () => {
          expect(checkValid(rule, c)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of table.invalid) {
        it(label(c.code, c.name), () => {
          expect(checkInvalid(rule, c)).toEqual([]);
        });
      }
    });
  });
}
