/**
 * Between shipshape's positions and the Language Server Protocol's: findings (1-based lines and
 * columns, exclusive ends) become LSP diagnostics (0-based); fix edits (UTF-16 offsets) become LSP
 * text edits. Columns are UTF-16 code units on both sides, so only the base changes.
 * @module
 */
import type { Diagnostic, DiagnosticSeverity, DiagnosticTag, Position, Range, TextEdit } from "vscode-languageserver";
import type { Finding } from "../engine/finding.js";
import type { Severity, TextEdit as FixEdit } from "../engine/types.js";
import { UNUSED_SUPPRESSION } from "../engine/builtin.js";
import { ruleDocsUrl } from "../formatters/util.js";

/** The `source` of every diagnostic and the suffix of the fix-all code action kind. */
export const SOURCE = "shipshape";

/** LSP severities (the protocol's numbers). */
const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: 1 as DiagnosticSeverity, // Error
  warning: 2 as DiagnosticSeverity, // Warning
  info: 3 as DiagnosticSeverity, // Information
  style: 4 as DiagnosticSeverity, // Hint
};

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  return LSP_SEVERITY[severity];
}

/** What a shipshape diagnostic carries in `data`. */
export interface DiagnosticData {
  /** The rule's other names (hadolint code, BuildKit check name). */
  aliases: string[];
  /** The fix's description and safety, when the finding has a fix. */
  fix?: { description: string; safe: boolean };
}

/**
 * The LSP range of a finding. Pass the text's {@link LineIndex} when the text may contain a lone CR:
 * Docker (and so shipshape) breaks lines at LF only, LSP at CR too.
 */
export function findingRange(f: Pick<Finding, "line" | "column" | "endLine" | "endColumn">, index?: LineIndex): Range {
  if (index) return { start: index.fromShipshape(f.line, f.column), end: index.fromShipshape(f.endLine, f.endColumn) };
  return {
    start: { line: Math.max(0, f.line - 1), character: Math.max(0, f.column - 1) },
    end: { line: Math.max(0, f.endLine - 1), character: Math.max(0, f.endColumn - 1) },
  };
}

/** One finding as an LSP diagnostic (`index`: see {@link findingRange}). */
export function toDiagnostic(finding: Finding, index?: LineIndex): Diagnostic {
  const data: DiagnosticData = { aliases: [...finding.aliases] };
  if (finding.fix) data.fix = { description: finding.fix.description, safe: finding.fix.safe };
  const diagnostic: Diagnostic = {
    range: findingRange(finding, index),
    severity: toLspSeverity(finding.severity),
    code: finding.rule,
    codeDescription: { href: ruleDocsUrl(finding.rule) },
    source: SOURCE,
    message: finding.message,
    data,
  };
  const tags: DiagnosticTag[] = [];
  if (finding.rule === UNUSED_SUPPRESSION) tags.push(1 as DiagnosticTag); // Unnecessary
  if (finding.rule.includes("deprecated")) tags.push(2 as DiagnosticTag); // Deprecated
  if (tags.length > 0) diagnostic.tags = tags;
  return diagnostic;
}

/**
 * Turns UTF-16 offsets of a text into LSP positions (and back) without re-scanning the text. LSP lines
 * end at LF, CRLF or a lone CR.
 */
export class LineIndex {
  /** Offset at which each line starts. */
  private readonly starts: number[] = [0];
  /** Line starts counting LF only (shipshape's lines), built when the text has a lone CR. */
  private lfStarts: number[] | null = null;
  private loneCr = false;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        else this.loneCr = true;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where a 0-based line starts (the text's length past the last line). */
  lineStart(line: number): number {
    if (line < 0) return 0;
    return line < this.starts.length ? this.starts[line] : this.text.length;
  }

  /** The text of a 0-based line without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, "");
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    // An offset between a CR and its LF is the end of the line, as for vscode-languageserver-textdocument.
    const character = o - this.starts[lo];
    return { line: lo, character: o > 0 && this.text.charCodeAt(o - 1) === 13 && this.text.charCodeAt(o) === 10 ? character - 1 : character };
  }

  /** The LSP position of a shipshape 1-based line and column. */
  fromShipshape(line: number, column: number): Position {
    if (!this.loneCr) return { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
    if (!this.lfStarts) {
      this.lfStarts = [0];
      for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) this.lfStarts.push(i + 1);
    }
    const start = line - 1 < this.lfStarts.length ? this.lfStarts[Math.max(0, line - 1)] : this.text.length;
    return this.positionAt(start + Math.max(0, column - 1));
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.lineStart(position.line);
    const end = start + this.lineText(position.line).length;
    return Math.min(start + Math.max(0, position.character), end);
  }
}

/** A fix's edits as LSP text edits on the text they were computed for. */
export function toTextEdits(edits: readonly FixEdit[], index: LineIndex): TextEdit[] {
  return edits.map((e) => ({ range: { start: index.positionAt(e.start), end: index.positionAt(e.end) }, newText: e.text }));
}

/** The smallest single edit turning `before` into `after` (common prefix and suffix kept), or null when equal. */
export function minimalEdit(before: string, after: string, index = new LineIndex(before)): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Do not split a CRLF pair or a surrogate pair at either edge.
  const splits = (text: string, at: number) => {
    const a = text.charCodeAt(at - 1);
    const b = text.charCodeAt(at);
    return (a === 13 && b === 10) || (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff);
  };
  while (start > 0 && (splits(before, start) || splits(after, start))) start--;
  while (end > 0 && (splits(before, before.length - end) || splits(after, after.length - end))) end--;
  return {
    range: { start: index.positionAt(start), end: index.positionAt(before.length - end) },
    newText: after.slice(start, after.length - end),
  };
}

/** `a` is before or at `b`. */
export function positionLte(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** The two ranges overlap or touch (an empty range touching a finding counts). */
export function rangesTouch(a: Range, b: Range): boolean {
  return positionLte(a.start, b.end) && positionLte(b.start, a.end);
}

/** `position` lies inside `range` (start inclusive, end exclusive; an empty range holds its own position). */
export function rangeContains(range: Range, position: Position): boolean {
  if (!positionLte(range.start, position)) return false;
  const empty = range.start.line === range.end.line && range.start.character === range.end.character;
  if (empty) return range.start.line === position.line && range.start.character === position.character;
  return !positionLte(range.end, position);
}
