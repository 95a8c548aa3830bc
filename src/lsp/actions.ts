/**
 * Code actions for the findings under a range: each finding's fix as a quick fix (safe fixes
 * preferred), "Ignore <rule> for this instruction" (a `# shipshape ignore=` line above it), "Ignore
 * <rule> in this file" (a `# shipshape global ignore=` line after the parser directives), and
 * `source.fixAll.shipshape` (every safe fix, through the fixer).
 * @module
 */
import type { CodeAction, CodeActionKind, Diagnostic, Range, TextEdit, WorkspaceEdit } from "vscode-languageserver";
import type { Instruction } from "../ast/types.js";
import { INTERNAL_ERROR, UNUSED_SUPPRESSION } from "../engine/builtin.js";
import type { Finding } from "../engine/finding.js";
import { fix } from "../fix/fix.js";
import { findingRange, minimalEdit, rangesTouch, toDiagnostic, toTextEdits, SOURCE } from "./convert.js";
import type { Snapshot } from "./document.js";

export const QUICK_FIX = "quickfix" as CodeActionKind;
export const SOURCE_FIX_ALL = "source.fixAll" as CodeActionKind;
/** The fix-all kind for editors' "code actions on save". */
export const FIX_ALL_KIND = `source.fixAll.${SOURCE}` as CodeActionKind;

/** How to build a workspace edit for the client (versioned `documentChanges` when it supports them). */
export interface EditStyle {
  documentChanges: boolean;
}

export function workspaceEdit(snapshot: Snapshot, edits: TextEdit[], style: EditStyle): WorkspaceEdit {
  if (style.documentChanges) return { documentChanges: [{ textDocument: { uri: snapshot.uri, version: snapshot.version }, edits }] };
  return { changes: { [snapshot.uri]: edits } };
}

/** `kind` is requested by `only` (a kind matches itself and its sub-kinds). */
export function kindRequested(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(o + "."));
}

const INLINE_PRAGMA = /^([ \t]*#[ \t]*shipshape[ \t]+ignore[ \t]*=[ \t]*[^\s,]+(?:[ \t]*,[ \t]*[^\s,]+)*)/i;
const GLOBAL_PRAGMA = /^([ \t]*#[ \t]*shipshape[ \t]+global[ \t]+ignore[ \t]*=[ \t]*[^\s,]+(?:[ \t]*,[ \t]*[^\s,]+)*)/i;

/** The top-level instruction whose lines hold the finding's start (what an inline suppression covers). */
function instructionOf(snapshot: Snapshot, finding: Finding): Instruction | null {
  return snapshot.ast.instructions.find((ins) => ins.startLine <= finding.line && finding.line <= ins.endLine) ?? null;
}

/** Lines (0-based, LSP) of the comment block directly above a line. */
function commentLinesAbove(snapshot: Snapshot, line: number): number[] {
  const out: number[] = [];
  for (let l = line - 1; l >= 0 && /^[ \t]*#/.test(snapshot.index.lineText(l)); l--) out.push(l);
  return out;
}

/** Appends `, rule` to an existing pragma on `line` when it matches, else null. */
function appendToPragma(snapshot: Snapshot, line: number, pattern: RegExp, rule: string): TextEdit | null {
  const text = snapshot.index.lineText(line);
  const m = pattern.exec(text);
  if (!m) return null;
  const names = m[1].slice(m[1].indexOf("=") + 1).split(",").map((n) => n.trim().toLowerCase());
  if (names.includes(rule.toLowerCase())) return null;
  const at = { line, character: m[1].length };
  return { range: { start: at, end: at }, newText: `,${rule}` };
}

/** The edit hiding `finding` on its instruction, or null when it is not on one. */
export function ignoreInstructionEdit(snapshot: Snapshot, finding: Finding): TextEdit | null {
  const ins = instructionOf(snapshot, finding);
  if (!ins) return null;
  const { index } = snapshot;
  const start = index.positionAt(ins.range.start.offset);
  // An existing `# shipshape ignore=` in the comment block above gets the rule added.
  for (const line of commentLinesAbove(snapshot, start.line)) {
    const edit = appendToPragma(snapshot, line, INLINE_PRAGMA, finding.rule);
    if (edit) return edit;
  }
  const lineText = index.lineText(start.line);
  const indent = /^[ \t]*/.exec(lineText.slice(0, start.character))![0];
  const at = { line: start.line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}# ${SOURCE} ignore=${finding.rule}${snapshot.ast.eol}` };
}

/** The edit hiding `finding`'s rule in the whole file. */
export function ignoreFileEdit(snapshot: Snapshot, finding: Finding): TextEdit {
  const { index, ast } = snapshot;
  for (const comment of ast.comments) {
    const line = index.positionAt(comment.range.start.offset).line;
    const edit = appendToPragma(snapshot, line, GLOBAL_PRAGMA, finding.rule);
    if (edit) return edit;
  }
  const pragma = `# ${SOURCE} global ignore=${finding.rule}`;
  const last = ast.directives[ast.directives.length - 1];
  if (!last) {
    // At the very top, after a byte order mark if the editor kept one.
    const at = { line: 0, character: snapshot.text.startsWith("\uFEFF") ? 1 : 0 };
    return { range: { start: at, end: at }, newText: pragma + ast.eol };
  }
  const line = index.positionAt(last.range.end.offset).line + 1;
  if (line >= index.lineCount) {
    // The directive is the last line and has no line break.
    const end = index.positionAt(snapshot.text.length);
    return { range: { start: end, end }, newText: ast.eol + pragma };
  }
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: pragma + ast.eol };
}

/** The edit applying every safe fix (null when there is nothing to fix or the config is invalid). */
export function fixAllEdit(snapshot: Snapshot): TextEdit | null {
  if (!snapshot.config || snapshot.ignored) return null;
  if (!snapshot.findings.some((f) => f.fix?.safe)) return null;
  const result = fix(snapshot.text, { filename: snapshot.filename, config: snapshot.config, unsafe: false });
  return minimalEdit(snapshot.text, result.output, snapshot.index);
}

export interface CodeActionRequest {
  range: Range;
  /** `context.only`. */
  only?: readonly string[];
}

/** The code actions for a range of a linted document. */
export function codeActions(snapshot: Snapshot, request: CodeActionRequest, style: EditStyle): CodeAction[] {
  const actions: CodeAction[] = [];
  if (kindRequested(QUICK_FIX, request.only)) {
    const ignores: CodeAction[] = [];
    const ignoredRules = new Set<string>();
    const canIgnore = snapshot.config !== null && !snapshot.config.disableIgnorePragma;
    for (const finding of snapshot.findings) {
      const range = findingRange(finding, snapshot.index);
      if (!rangesTouch(range, request.range)) continue;
      const diagnostic: Diagnostic = toDiagnostic(finding, snapshot.index);
      if (finding.fix && finding.fix.edits.length > 0) {
        actions.push({
          title: finding.fix.safe ? finding.fix.description : `${finding.fix.description} (unsafe)`,
          kind: QUICK_FIX,
          diagnostics: [diagnostic],
          isPreferred: finding.fix.safe,
          edit: workspaceEdit(snapshot, toTextEdits(finding.fix.edits, snapshot.index), style),
        });
      }
      if (!canIgnore || finding.rule === INTERNAL_ERROR || finding.rule === UNUSED_SUPPRESSION) continue;
      const inline = ignoreInstructionEdit(snapshot, finding);
      const key = inline && JSON.stringify(inline);
      if (inline && key && !ignoredRules.has(key)) {
        ignoredRules.add(key);
        ignores.push({
          title: `Ignore ${finding.rule} for this instruction`,
          kind: QUICK_FIX,
          diagnostics: [diagnostic],
          edit: workspaceEdit(snapshot, [inline], style),
        });
      }
      if (ignoredRules.has(finding.rule)) continue;
      ignoredRules.add(finding.rule);
      ignores.push({
        title: `Ignore ${finding.rule} in this file`,
        kind: QUICK_FIX,
        diagnostics: [diagnostic],
        edit: workspaceEdit(snapshot, [ignoreFileEdit(snapshot, finding)], style),
      });
    }
    // Fixes first, then the ignores.
    actions.push(...ignores);
  }
  const wantsFixAll = request.only?.some((o) => kindRequested(FIX_ALL_KIND, [o]));
  if (wantsFixAll) {
    const edit = fixAllEdit(snapshot);
    if (edit) actions.push({ title: "Fix all safe shipshape problems", kind: FIX_ALL_KIND, edit: workspaceEdit(snapshot, [edit], style) });
  } else if (!request.only && snapshot.findings.some((f) => f.fix?.safe && rangesTouch(findingRange(f, snapshot.index), request.range))) {
    // Offered next to the quick fixes too, when one of them is safe.
    const edit = fixAllEdit(snapshot);
    if (edit) actions.push({ title: "Fix all safe shipshape problems", kind: FIX_ALL_KIND, edit: workspaceEdit(snapshot, [edit], style) });
  }
  return actions;
}
