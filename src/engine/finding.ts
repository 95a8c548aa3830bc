/**
 * What the linter reports: one {@link Finding} per problem, as plain JSON-ready data.
 * Positions are 1-based; `endLine`/`endColumn` are exclusive (the character after the range).
 * The zod schema for this shape lives in `finding-schema.ts` (loaded only when validating).
 * @module
 */
import type { Range } from "../ast/types.js";
import type { Fix, Severity } from "./types.js";

/** One problem in one file. */
export interface Finding {
  /** The file name as given to the linter (or `Dockerfile` when none was given). */
  file: string;
  /** 1-based start line. */
  line: number;
  /** 1-based start column (UTF-16 code units). */
  column: number;
  /** 1-based end line. */
  endLine: number;
  /** 1-based end column, exclusive. */
  endColumn: number;
  /** The rule id (or the parser diagnostic code, `internal-error`, `unused-suppression`). */
  rule: string;
  /** The rule's other names (hadolint code, BuildKit check name, ...). */
  aliases: string[];
  severity: Severity;
  message: string;
  fix?: Fix;
}

/** Builds a finding from a source range. */
export function findingAt(
  file: string,
  range: Range,
  rule: string,
  aliases: readonly string[],
  severity: Severity,
  message: string,
  fix?: Fix,
): Finding {
  const finding: Finding = {
    file,
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    rule,
    aliases: [...aliases],
    severity,
    message,
  };
  if (fix) finding.fix = fix;
  return finding;
}

/** Report order: line, column, rule id; then end position and message so the order is total. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
