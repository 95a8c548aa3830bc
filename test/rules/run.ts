/** Runs rules through the engine (`runRules`) and applies fixes the way `--fix` does in one pass. */
import { parse } from "../../src/ast/parse.js";
import type { Finding } from "../../src/engine/finding.js";
import { runRules } from "../../src/engine/run.js";
import type { Rule, RuleSettings } from "../../src/engine/types.js";

export type TestFinding = Finding;

export interface RunOptions {
  settings?: Partial<RuleSettings>;
  filename?: string;
  /** Include parse diagnostics as findings (rule id = diagnostic code). */
  diagnostics?: boolean;
}

/** Runs `rules` over `text` with the engine; findings sorted by position. */
export function runRulesLocal(rules: readonly Rule[], text: string, options: RunOptions = {}): Finding[] {
  const { ast, diagnostics } = parse(text, { filename: options.filename });
  return runRules(ast, text, {
    rules,
    filename: options.filename,
    diagnostics: options.diagnostics ? diagnostics : [],
    config: { settings: options.settings ?? {} },
  });
}

/** Applies the fixes of `findings` in one pass: edits sorted, a fix overlapping an earlier one skipped. */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
  const taken: { start: number; end: number; text: string }[] = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    (a.start < b.end && b.start < a.end) || (a.start === b.start && (a.start === a.end || b.start === b.end));
  const first = (f: (typeof fixes)[number]) => Math.min(...f.edits.map((e) => e.start));
  for (const fix of [...fixes].sort((a, b) => first(a) - first(b))) {
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
  }
  let out = text;
  for (const e of taken.sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
