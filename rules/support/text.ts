/** Small text helpers for rules: physical line boundaries, logical offsets, quoting. */
import type { Dockerfile, Instruction } from "../../src/ast/types.js";

/** Offset of the first character of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** Offset of the end of the line's content (before `\r\n` or `\n`) for the line holding `offset`. */
export function lineContentEnd(text: string, offset: number): number {
  const nl = text.indexOf("\n", offset);
  let end = nl === -1 ? text.length : nl;
  if (end > 0 && text[end - 1] === "\r" && end - 1 >= offset) end--;
  return end;
}

/** The line break that ends the line holding `offset`, or the file's usual one on the last line. */
export function lineBreakAt(ast: Dockerfile, offset: number): string {
  const nl = ast.text.indexOf("\n", offset);
  if (nl === -1) return ast.eol;
  return nl > 0 && ast.text[nl - 1] === "\r" ? "\r\n" : "\n";
}

/** Offset in `node.logical.text` where the instruction's keyword starts (ONBUILD triggers share the line). */
export function logicalKeywordStart(node: Instruction): number {
  const target = node.keyword.range.start.offset;
  const logical = node.logical;
  if (logical.sourceStart(0) === target) return 0;
  for (let i = 0; i < logical.text.length; i++) if (logical.sourceStart(i) === target) return i;
  return 0;
}

/** True when the instruction occupies a single physical line. */
export function isSingleLine(node: Instruction): boolean {
  return node.range.start.line === node.range.end.line && node.heredocs.length === 0;
}

/** The keyword `upper` written in the case style of `like` (all lower when `like` is all lower). */
export function keywordLike(upper: string, like: string): string {
  return like === like.toLowerCase() ? upper.toLowerCase() : upper;
}

/** Shortens `s` for a message. */
export function clip(s: string, max = 40): string {
  return s.length <= max ? s : s.slice(0, max - 1) + "…";
}
