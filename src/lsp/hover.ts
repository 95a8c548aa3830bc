/**
 * Hover: on an instruction keyword, that instruction's reference help; on a finding's range, the
 * documentation of the rule that reported it. Both when they overlap (the findings first).
 * @module
 */
import type { Hover, Position, Range } from "vscode-languageserver";
import type { Instruction } from "../ast/types.js";
import type { Finding } from "../engine/finding.js";
import type { RuleMeta } from "../engine/types.js";
import { ruleDocsUrl } from "../formatters/util.js";
import { findingRange, rangeContains, type LineIndex } from "./convert.js";
import type { Snapshot } from "./document.js";
import { instructionHelp } from "./instructions.js";

/** Markdown documentation of a rule, for a finding it reported. */
export function ruleMarkdown(finding: Finding, meta: RuleMeta | undefined): string {
  const parts: string[] = [];
  const facts = [meta?.severity ?? finding.severity, meta?.category, meta?.fix ? `fix: ${meta.fix.safe ? "safe" : "unsafe"}` : undefined].filter(Boolean);
  const aliases = finding.aliases.length > 0 ? ` (${finding.aliases.map((a) => `\`${a}\``).join(", ")})` : "";
  parts.push(`**shipshape \`${finding.rule}\`**${aliases} · ${facts.join(" · ")}`);
  parts.push(finding.message);
  if (meta) {
    parts.push(`**${meta.docs.description.replace(/\.$/, "")}.** ${meta.docs.why}`);
    if (meta.docs.bad.trim()) parts.push("Problem:\n```dockerfile\n" + meta.docs.bad.replace(/\n+$/, "") + "\n```");
    if (meta.docs.good.trim()) parts.push("Better:\n```dockerfile\n" + meta.docs.good.replace(/\n+$/, "") + "\n```");
  }
  parts.push(`[Rule documentation](${ruleDocsUrl(finding.rule)})`);
  return parts.join("\n\n");
}

function astRange(index: LineIndex, range: { start: { offset: number }; end: { offset: number } }): Range {
  return { start: index.positionAt(range.start.offset), end: index.positionAt(range.end.offset) };
}

/** The instruction keyword under `position` (an ONBUILD trigger's keyword included). */
function keywordAt(snapshot: Snapshot, position: Position): { instruction: Instruction; range: Range } | null {
  const offset = snapshot.index.offsetAt(position);
  for (const top of snapshot.ast.instructions) {
    if (offset < top.range.start.offset || offset > top.range.end.offset) continue;
    for (let ins: Instruction | null = top; ins; ins = ins.kind === "ONBUILD" ? ins.trigger : null) {
      const k = ins.keyword.range;
      if (offset >= k.start.offset && offset < k.end.offset) return { instruction: ins, range: astRange(snapshot.index, k) };
    }
  }
  return null;
}

export function hover(snapshot: Snapshot, position: Position, rules: ReadonlyMap<string, RuleMeta>): Hover | null {
  const sections: string[] = [];
  let range: Range | undefined;
  const seen = new Set<string>();
  for (const finding of snapshot.findings) {
    const r = findingRange(finding, snapshot.index);
    if (!rangeContains(r, position) || seen.has(finding.rule + "\0" + finding.message)) continue;
    seen.add(finding.rule + "\0" + finding.message);
    sections.push(ruleMarkdown(finding, rules.get(finding.rule)));
    range ??= r;
  }
  const keyword = keywordAt(snapshot, position);
  if (keyword) {
    const help = instructionHelp(keyword.instruction.name);
    if (help) {
      sections.push(help);
      range ??= keyword.range;
    }
  }
  if (sections.length === 0) return null;
  return { contents: { kind: "markdown", value: sections.join("\n\n---\n\n") }, ...(range ? { range } : {}) };
}
