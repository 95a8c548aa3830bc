/**
 * Text helpers shared by the parser: Go-compatible whitespace classes and offset → line/column mapping.
 * BuildKit is written in Go, so "whitespace" has to mean exactly what Go's `unicode.IsSpace` means.
 */
import type { Position, Range } from "./types.js";

/** Go's `unicode.IsSpace`: ASCII \t \n \v \f \r space, U+0085, U+00A0 and the Unicode White_Space set. */
export function isGoSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  if (code === 0x85 || code === 0xa0) return true;
  if (code < 0x1680) return false;
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** BuildKit's `reWhitespace` class `[\t\v\f\r ]`. */
export function isSplitSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d;
}

/** Index of the first character at or after `from` that is not Go whitespace. */
export function skipGoSpace(text: string, from: number, to: number = text.length): number {
  let i = from;
  while (i < to && isGoSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Index just after the last character before `to` that is not Go whitespace (not before `from`). */
export function trimGoSpaceEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isGoSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Go's `strings.TrimSpace`. */
export function goTrimSpace(s: string): string {
  const start = skipGoSpace(s, 0);
  return s.slice(start, trimGoSpaceEnd(s, start, s.length));
}

/** Maps offsets of one text to 1-based lines and columns. Built once per parse. */
export class LineIndex {
  /** Offset where each line starts; line n (1-based) starts at `starts[n-1]`. */
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    let i = text.indexOf("\n");
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf("\n", i + 1);
    }
    this.starts = starts;
  }

  /** The 1-based line holding `offset`. */
  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { offset, line, column: offset - this.starts[line - 1] + 1 };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}
