/**
 * A logical line: the text BuildKit builds from one instruction's physical lines (continuations
 * removed, comment lines dropped), with a map from its offsets back to the source.
 */
import type { LineIndex } from "./text.js";
import type { LogicalText, Range, Word } from "./types.js";

export class LogicalLine implements LogicalText {
  /** Start of each piece in logical offsets. */
  private readonly logicalStarts: number[] = [];
  /** Start of each piece in source offsets. */
  private readonly sourceStarts: number[] = [];
  private readonly lengths: number[] = [];
  text = "";

  constructor(private readonly lines: LineIndex) {}

  /** Appends the source span `[start, end)` to the logical text. */
  append(source: string, start: number, end: number): void {
    this.logicalStarts.push(this.text.length);
    this.sourceStarts.push(start);
    this.lengths.push(end - start);
    this.text += source.slice(start, end);
  }

  private pieceOf(offset: number): number {
    const starts = this.logicalStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Source offset of the character at logical `offset` (a start position). */
  sourceStart(offset: number): number {
    const p = this.pieceOf(offset);
    const within = offset - this.logicalStarts[p];
    if (within >= this.lengths[p] && p + 1 < this.logicalStarts.length) {
      // Exactly at a piece boundary: the character lives in the next piece.
      return this.sourceStarts[p + 1] + (offset - this.logicalStarts[p + 1]);
    }
    return this.sourceStarts[p] + within;
  }

  /** Source offset just after the character before logical `offset` (an exclusive end). */
  sourceEnd(offset: number): number {
    if (offset <= 0) return this.sourceStarts[0] ?? 0;
    return this.sourceStart(offset - 1) + 1;
  }

  /** Source range of the logical span `[start, end)`. */
  range(start: number, end: number): Range {
    const s = this.sourceStart(start);
    const e = end > start ? this.sourceEnd(end) : s;
    return this.lines.range(s, e);
  }

  word(value: string, start: number, end: number): Word {
    return { value, range: this.range(start, end) };
  }
}
