/**
 * Suppression comments and directives:
 *
 * - `# shipshape ignore=rule-id,DL3006` (or `# hadolint ignore=...`) on the comment lines directly
 *   above an instruction (no blank line between) hides those rules' findings on that instruction's lines;
 * - `# shipshape global ignore=...` (or `# hadolint global ignore=...`) anywhere hides them in the file;
 * - BuildKit's `# check=skip=Name1,Name2` (or `skip=all`) parser directive hides BuildKit checks in the
 *   file, and `# check=error=true` turns the remaining BuildKit-check findings into errors.
 *
 * A name matches a finding's rule id exactly or one of its aliases in any case. Suppressions that hide
 * nothing are reported as `unused-suppression` findings when that rule is enabled.
 * @module
 */
import type { Comment, Directive, Dockerfile, Range } from "../ast/types.js";
import { isBuildkitCheckName } from "./builtin.js";
import type { Finding } from "./finding.js";
import { namesRule } from "./registry.js";

/** One rule name inside a suppression, with where it is written. */
export interface SuppressedName {
  name: string;
  range: Range;
  used: boolean;
}

/** One suppression comment or directive. */
export interface Suppression {
  /** `inline`: the next instruction; `file`: the whole file. */
  scope: "inline" | "file";
  /** Who defined the syntax. */
  source: "shipshape" | "hadolint" | "buildkit";
  names: SuppressedName[];
  /** `check=skip=all`: every BuildKit check. */
  all: { range: Range; used: boolean } | null;
  /** Inline: first and last line of the instruction it covers; `null` when it is not directly above one. */
  lines: { start: number; end: number } | null;
  /** The comment or directive. */
  range: Range;
}

/** Every suppression of one file. */
export interface FileSuppressions {
  suppressions: Suppression[];
  /** `# check=error=true`: BuildKit-check findings are errors. */
  checkError: boolean;
}

const pragmaPattern = /^[ \t]*#[ \t]*(shipshape|hadolint)[ \t]+(?:(global)[ \t]+)?ignore[ \t]*=[ \t]*([^\s,]+(?:[ \t]*,[ \t]*[^\s,]+)*)/i;

type RangeOf = (start: number, end: number) => Range;

/** Splits `a, b,c` starting at source offset `base` into names with ranges. */
function namesIn(list: string, base: number, rangeOf: RangeOf): SuppressedName[] {
  const names: SuppressedName[] = [];
  for (const m of list.matchAll(/[^\s,]+/g)) {
    names.push({ name: m[0], range: rangeOf(base + m.index, base + m.index + m[0].length), used: false });
  }
  return names;
}

/** Reads the suppression comments and the `check` directive of a file. */
export function collectSuppressions(ast: Dockerfile, rangeOf: RangeOf, options: { inlinePragmas?: boolean } = {}): FileSuppressions {
  const suppressions: Suppression[] = [];
  let checkError = false;

  const check = ast.directives.find((d) => d.name === "check");
  if (check) {
    const parsed = parseCheckDirective(check, rangeOf);
    checkError = parsed.error;
    if (parsed.suppression) suppressions.push(parsed.suppression);
  }

  if (options.inlinePragmas === false) return { suppressions, checkError };

  // Lines holding a comment outside any instruction, to find the block directly above each instruction.
  const commentLines = new Set<number>();
  for (const c of ast.comments) if (!c.insideInstruction) commentLines.add(c.range.start.line);
  const coveredBy = new Map<number, { start: number; end: number }>();
  for (const ins of ast.instructions) {
    for (let line = ins.startLine - 1; commentLines.has(line); line--) {
      coveredBy.set(line, { start: ins.startLine, end: ins.endLine });
    }
  }

  for (const comment of ast.comments) {
    const parsed = parsePragma(ast.text, comment, rangeOf) ?? parseCheckComment(ast.text, comment, rangeOf);
    if (!parsed) continue;
    if (parsed.scope === "inline") parsed.lines = comment.insideInstruction ? null : coveredBy.get(comment.range.start.line) ?? null;
    suppressions.push(parsed);
  }
  return { suppressions, checkError };
}

function parsePragma(text: string, comment: Comment, rangeOf: RangeOf): Suppression | null {
  const start = comment.range.start.offset;
  const raw = text.slice(start, comment.range.end.offset);
  const m = pragmaPattern.exec(raw);
  if (!m) return null;
  const list = m[3];
  const listStart = start + m.index + m[0].length - list.length;
  return {
    scope: m[2] ? "file" : "inline",
    source: m[1].toLowerCase() === "hadolint" ? "hadolint" : "shipshape",
    names: namesIn(list, listStart, rangeOf),
    all: null,
    lines: null,
    range: comment.range,
  };
}

const checkCommentPattern = /^([ \t]*#[ \t]*check[ \t]*=[ \t]*)(.*?)[ \t]*$/i;

/**
 * BuildKit also reads `# check=skip=Name` in the comments directly above an instruction: it skips those
 * checks for that instruction only.
 */
function parseCheckComment(text: string, comment: Comment, rangeOf: RangeOf): Suppression | null {
  const start = comment.range.start.offset;
  const m = checkCommentPattern.exec(text.slice(start, comment.range.end.offset));
  if (!m) return null;
  const { suppression } = parseCheckValue(m[2], start + m[1].length, comment.range, rangeOf);
  if (!suppression) return null;
  return { ...suppression, scope: "inline" };
}

/** Go's `strconv.ParseBool` truth values, which BuildKit uses for `error=`. */
const TRUE_VALUES = new Set(["1", "t", "T", "TRUE", "true", "True"]);

/** Parses BuildKit's `check=skip=A,B;error=true` directive value. */
function parseCheckDirective(directive: Directive, rangeOf: RangeOf): { suppression: Suppression | null; error: boolean } {
  return parseCheckValue(directive.value, directive.valueRange.start.offset, directive.range, rangeOf);
}

function parseCheckValue(valueText: string, base: number, range: Range, rangeOf: RangeOf): { suppression: Suppression | null; error: boolean } {
  let error = false;
  let suppression: Suppression | null = null;
  let offset = 0;
  for (const part of valueText.split(";")) {
    const partStart = offset;
    offset += part.length + 1;
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1);
    const valueStart = base + partStart + eq + 1;
    if (key === "error") error = TRUE_VALUES.has(value.trim());
    if (key !== "skip") continue;
    const names = namesIn(value, valueStart, rangeOf);
    const allName = names.find((n) => n.name.toLowerCase() === "all");
    suppression = {
      scope: "file",
      source: "buildkit",
      names: names.filter((n) => n !== allName),
      all: allName ? { range: allName.range, used: false } : null,
      lines: null,
      range,
    };
  }
  return { suppression, error };
}

/** True when the finding's rule is a BuildKit check (has a BuildKit check name among its aliases). */
export function isBuildkitFinding(finding: Pick<Finding, "aliases">): boolean {
  return finding.aliases.some(isBuildkitCheckName);
}

/**
 * Drops suppressed findings, marking the names that hid something as used, and applies
 * `check=error=true`. Returns the findings that remain.
 */
export function applySuppressions(findings: readonly Finding[], file: FileSuppressions): Finding[] {
  const kept: Finding[] = [];
  for (const finding of findings) {
    let hidden = false;
    for (const s of file.suppressions) {
      if (s.scope === "inline" && (!s.lines || finding.line < s.lines.start || finding.line > s.lines.end)) continue;
      for (const n of s.names) {
        if (namesRule(n.name, finding.rule, finding.aliases)) {
          n.used = true;
          hidden = true;
        }
      }
      if (s.all && isBuildkitFinding(finding)) {
        s.all.used = true;
        hidden = true;
      }
    }
    if (hidden) continue;
    if (file.checkError && isBuildkitFinding(finding) && finding.severity !== "error") kept.push({ ...finding, severity: "error" });
    else kept.push(finding);
  }
  return kept;
}

/** A problem with a suppression, to report as `unused-suppression`. */
export interface UnusedSuppression {
  range: Range;
  message: string;
}

/**
 * The suppressions that hid nothing (call after {@link applySuppressions}). `known` tells whether a
 * name refers to a rule; `suggest` proposes a close rule name for an unknown one.
 */
export function unusedSuppressions(
  file: FileSuppressions,
  known: (name: string) => boolean,
  suggest: (name: string) => string = () => "",
): UnusedSuppression[] {
  const out: UnusedSuppression[] = [];
  for (const s of file.suppressions) {
    const what = s.source === "buildkit" ? "check=skip" : `${s.source} ignore`;
    if (s.scope === "inline" && !s.lines) {
      out.push({ range: s.range, message: `'${what}' comment is not directly above an instruction, so it suppresses nothing` });
      continue;
    }
    for (const n of s.names) {
      if (n.used) continue;
      if (!known(n.name)) out.push({ range: n.range, message: `'${n.name}' in '${what}' is not a known rule${suggest(n.name)}` });
      else out.push({ range: n.range, message: `'${n.name}' in '${what}' suppresses no finding${s.scope === "inline" ? " on the next instruction" : ""}` });
    }
    if (s.all && !s.all.used) out.push({ range: s.all.range, message: `'check=skip=all' suppresses no finding` });
  }
  return out;
}
