/**
 * Text edits: checking them against a text, adapting them to its line endings and byte order mark,
 * deciding when two conflict, and applying a set of them.
 * @module
 */
import type { TextEdit } from "../engine/types.js";

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The line break used around `pos`: the one ending its line, else the one before, else `\n`. */
export function lineBreakAt(text: string, pos: number): "\n" | "\r\n" {
  let nl = text.indexOf("\n", pos);
  if (nl === -1) nl = text.lastIndexOf("\n", pos - 1);
  if (nl === -1) return "\n";
  return nl > 0 && text.charCodeAt(nl - 1) === 13 ? "\r\n" : "\n";
}

/** Why `pos` cannot be an edit boundary in `text`, or null when it can. */
function badBoundary(text: string, pos: number): string | null {
  if (!Number.isInteger(pos) || pos < 0 || pos > text.length) return `offset ${pos} is outside the text (0-${text.length})`;
  if (pos > 0 && pos < text.length) {
    if (isHigh(text.charCodeAt(pos - 1)) && isLow(text.charCodeAt(pos))) return `offset ${pos} splits a surrogate pair`;
    if (text.charCodeAt(pos - 1) === 13 && text.charCodeAt(pos) === 10) return `offset ${pos} splits a CRLF line break`;
  }
  return null;
}

/**
 * Checks `edits` against `text` and adapts them: an edit at offset 0 of a text with a byte order mark
 * moves after it (rules address the content, not the mark), and line breaks inserted into a CRLF line
 * become CRLF. Returns the adapted edits sorted by position, or the reason they cannot be applied.
 */
export function prepareEdits(text: string, edits: readonly TextEdit[]): { edits: TextEdit[] } | { error: string } {
  if (!Array.isArray(edits) || edits.length === 0) return { error: "the fix has no edits" };
  const bom = text.charCodeAt(0) === 0xfeff;
  const out: TextEdit[] = [];
  for (const edit of edits) {
    if (!edit || typeof edit.text !== "string") return { error: "an edit has no replacement text" };
    let { start, end } = edit;
    const bad = badBoundary(text, start) ?? badBoundary(text, end);
    if (bad) return { error: `invalid edit: ${bad}` };
    if (start > end) return { error: `invalid edit: start ${start} is after end ${end}` };
    if (bom && start === 0) {
      start = 1;
      end = Math.max(end, 1);
    }
    let replacement = edit.text;
    if (replacement.includes("\n") && lineBreakAt(text, start) === "\r\n") replacement = replacement.replace(/\r?\n/g, "\r\n");
    out.push({ start, end, text: replacement });
  }
  // Stable: insertions at one point keep the order the rule gave them.
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < out.length; i++) {
    if (out[i].start < out[i - 1].end) return { error: "the fix's own edits overlap" };
  }
  return { edits: out };
}

/**
 * True when edits from two different fixes cannot both be applied in one pass: their ranges overlap,
 * or one is an insertion touching the other (which goes first would be a guess). Replacements that
 * merely touch do not conflict.
 */
export function editsConflict(a: TextEdit, b: TextEdit): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  const aInsert = a.start === a.end;
  const bInsert = b.start === b.end;
  if (aInsert && (a.start === b.start || a.start === b.end)) return true;
  if (bInsert && (b.start === a.start || b.start === a.end)) return true;
  return false;
}

/** Applies non-overlapping edits (any order) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((x, y) => x.e.start - y.e.start || x.e.end - y.e.end || x.i - y.i)
    .map((x) => x.e);
  let out = "";
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at offset ${e.start}`);
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}
