/**
 * `--format stylish` (the default): findings grouped by file, `line:col  severity  message  rule-id`,
 * a code frame with a `^~~~` underline under each, and a summary line.
 * @module
 */
import type { Finding } from "../engine/finding.js";
import type { Severity } from "../engine/types.js";
import { style, type Style } from "./ansi.js";
import type { Formatter } from "./types.js";

function paint(s: Style, severity: Severity): (text: string) => string {
  return severity === "error" ? s.red : severity === "warning" ? s.yellow : severity === "info" ? s.cyan : s.gray;
}

function plural(n: number, word: string, many = word + "s"): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** The source line of a finding and a `^~~~` underline of its range on that line. */
export function codeFrame(lines: readonly string[], finding: Finding, s: Style): string[] {
  const text = lines[finding.line - 1];
  if (text === undefined) return [];
  const start = Math.min(finding.column - 1, text.length);
  const end = finding.endLine === finding.line ? Math.max(Math.min(finding.endColumn - 1, text.length), start) : text.length;
  // Keep tabs so the underline lines up with the displayed text; a BOM takes no room.
  const pad = Array.from(text.slice(0, start), (c) => (c === "\t" ? "\t" : c === "\ufeff" ? "" : " ")).join("");
  const mark = "^" + "~".repeat(Math.max(0, end - start - 1));
  const gutter = String(finding.line);
  const blank = " ".repeat(gutter.length);
  return [`    ${s.dim(`${gutter} |`)} ${text.replace(/^\ufeff/, "")}`, `    ${s.dim(`${blank} |`)} ${pad}${paint(s, finding.severity)(mark)}`];
}

const stylish: Formatter = (results, context) => {
  const s = style(context.color);
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, style: 0 };
  for (const result of results) {
    if (result.findings.length === 0) continue;
    const lines = result.source?.split(/\r?\n/) ?? [];
    const positions = result.findings.map((f) => `${f.line}:${f.column}`);
    const posWidth = Math.max(...positions.map((p) => p.length));
    const sevWidth = Math.max(...result.findings.map((f) => f.severity.length));
    out.push(s.underline(result.file));
    result.findings.forEach((f, i) => {
      counts[f.severity]++;
      const severity = paint(s, f.severity)(f.severity.padEnd(sevWidth));
      out.push(`  ${s.dim(positions[i].padEnd(posWidth))}  ${severity}  ${f.message}  ${s.dim(f.rule)}`);
      out.push(...codeFrame(lines, f, s));
    });
    out.push("");
  }
  const total = counts.error + counts.warning + counts.info + counts.style;
  if (total === 0) return "";
  const summary =
    `\u2716 ${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ` +
    `${counts.info} info, ${counts.style} style)`;
  out.push((counts.error > 0 ? s.red : counts.warning > 0 ? s.yellow : s.cyan)(s.bold(summary)));
  return out.join("\n") + "\n";
};

export default stylish;
