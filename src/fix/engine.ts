/**
 * The fixer: lint, take the offered fixes (safe ones, or all with `unsafe`), apply the ones that do not
 * conflict, and check the result; repeat until nothing changes or `maxPasses` is reached.
 *
 * A pass's result is accepted only when it parses with no new error diagnostic and lints with no new
 * finding (see {@link checkCandidate}). When a pass fails the check, its fixes are re-applied one at a
 * time in order; each one that fails is dropped with the reason and never offered again for this text.
 * Conflicting fixes are not dropped: they wait for the next pass, where they are reported again with
 * offsets into the new text.
 *
 * The engine takes the linter as a function so that `lint()` and `lintFiles()` can both use it with
 * their own config, and it never reads or writes files.
 * @module
 */
import { parse } from "../ast/parse.js";
import type { Finding } from "../engine/finding.js";
import type { Fix, TextEdit } from "../engine/types.js";
import { applyEdits, editsConflict, prepareEdits } from "./edits.js";
import type { AppliedFix, DroppedFix, FixMode, FixOutcome } from "./types.js";

/** Lints a text: the findings, sorted. */
export type LintText = (text: string) => Finding[];

export const DEFAULT_MAX_PASSES = 10;

type Fixable = Finding & { fix: Fix };

/** A fix chosen for a pass, with its edits adapted to the pass's text. */
interface Candidate {
  finding: Fixable;
  edits: TextEdit[];
  key: string;
}

/** A text together with what parsing and linting it found, counted by key. */
interface State {
  text: string;
  findings: Finding[];
  errors: Map<string, number>;
  findingCounts: Map<string, number>;
}

/**
 * Messages may name line numbers (`the ENTRYPOINT on line 7`); a fix that adds or removes a line shifts
 * them without creating anything new, so keys compare messages with line numbers masked.
 */
function maskLines(message: string): string {
  return message.replace(/\b(lines?) \d+(?:\s*[-–]\s*\d+)?/gi, "$1 #");
}

const findingKey = (f: { rule: string; message: string }) => `${f.rule}\u0000${maskLines(f.message)}`;

function count<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

interface ErrorDiagnostic {
  code: string;
  message: string;
  line: number;
}

function parseErrors(text: string): ErrorDiagnostic[] {
  return parse(text)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => ({ code: d.code, message: d.message, line: d.range.start.line }));
}

const errorKey = (d: { code: string; message: string }) => `${d.code}\u0000${maskLines(d.message)}`;

function stateOf(text: string, findings: Finding[], errors: ErrorDiagnostic[] = parseErrors(text)): State {
  return { text, findings, errors: count(errors, errorKey), findingCounts: count(findings, findingKey) };
}

/**
 * The new error diagnostics of `after` compared with `before` (by code and message, counted), or an
 * empty list. Used to refuse a result that parses worse than the text it came from.
 */
export function newParseErrors(before: string, after: string): ErrorDiagnostic[] {
  return excess(count(parseErrors(before), errorKey), parseErrors(after), errorKey);
}

/** Items of `after` whose key occurs more often than `allowed` permits (the later occurrences). */
function excess<T>(allowed: Map<string, number>, after: readonly T[], key: (item: T) => string): T[] {
  const left = new Map(allowed);
  const out: T[] = [];
  for (const item of after) {
    const k = key(item);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push(item);
  }
  return out;
}

/** Identifies a fix independently of where it sits, so a dropped fix is not retried after text moves. */
function fixKey(text: string, finding: Fixable, edits: readonly TextEdit[]): string {
  return JSON.stringify([finding.rule, maskLines(finding.message), finding.fix.description, edits.map((e) => [text.slice(e.start, e.end), e.text])]);
}

/** Deterministic order: first edit's start, rule id, end of the last edit, message, line and column. */
function compareCandidates(a: Candidate, b: Candidate): number {
  const aEnd = a.edits[a.edits.length - 1].end;
  const bEnd = b.edits[b.edits.length - 1].end;
  const str = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    a.edits[0].start - b.edits[0].start ||
    str(a.finding.rule, b.finding.rule) ||
    aEnd - bEnd ||
    str(a.finding.message, b.finding.message) ||
    a.finding.line - b.finding.line ||
    a.finding.column - b.finding.column
  );
}

/** The offset of a finding's start in `starts` (line start offsets, as in LineIndex). */
function startOffset(starts: readonly number[], f: Finding): number {
  return (starts[f.line - 1] ?? 0) + f.column - 1;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** Where offset `p` of the old text lands after `edits` (sorted, non-overlapping): after text inserted at `p`; inside a replaced range: at its start. */
function mapOffset(p: number, edits: readonly TextEdit[]): number {
  let delta = 0;
  for (const e of edits) {
    if (e.end <= p) delta += e.text.length - (e.end - e.start);
    else if (e.start < p) return e.start + delta;
    else break;
  }
  return p + delta;
}

/**
 * Of `extra` (findings whose rule and message were not there before), the ones that are not an old
 * finding seen again: some messages quote the instruction (`Empty continuation line found in: RUN ...`),
 * so a fix elsewhere in the instruction changes the message of a finding it did not cause. An old finding
 * of the same rule (not one the batch fixed) starting where the new one starts, once edits are accounted
 * for, is the same finding.
 */
function movedFindings(base: State, batch: readonly Candidate[], text: string, extra: Finding[]): Finding[] {
  if (extra.length === 0) return extra;
  const fixed = new Set<Finding>(batch.map((c) => c.finding));
  const edits = batch.flatMap((c) => c.edits).sort((a, b) => a.start - b.start || a.end - b.end);
  const oldStarts = lineStarts(base.text);
  const newStarts = lineStarts(text);
  const pool = new Map<string, number>();
  for (const f of base.findings) {
    if (fixed.has(f)) continue;
    const k = `${f.rule}\u0000${mapOffset(startOffset(oldStarts, f), edits)}`;
    pool.set(k, (pool.get(k) ?? 0) + 1);
  }
  return excess(pool, extra, (f) => `${f.rule}\u0000${startOffset(newStarts, f)}`);
}

type Check = { ok: true; state: State } | { ok: false; reason: string };

/**
 * Applies `batch` to `base.text` and checks the result: no error diagnostic beyond those of the base
 * text, and no finding beyond the base's findings less the ones the batch fixed (counted by rule and
 * message, line numbers masked).
 */
function checkCandidate(base: State, batch: readonly Candidate[], lintText: LintText): Check {
  const text = applyEdits(
    base.text,
    batch.flatMap((c) => c.edits),
  );
  const errors = parseErrors(text);
  const badErrors = excess(base.errors, errors, errorKey);
  if (badErrors.length > 0) {
    const e = badErrors[0];
    return { ok: false, reason: `the result does not parse: ${e.code}: ${e.message} (line ${e.line})` };
  }
  const findings = lintText(text);
  const allowed = new Map(base.findingCounts);
  for (const c of batch) {
    const k = findingKey(c.finding);
    allowed.set(k, (allowed.get(k) ?? 0) - 1);
  }
  const extra = movedFindings(base, batch, text, excess(allowed, findings, findingKey));
  if (extra.length > 0) {
    const f = extra[0];
    const own = batch.length === 1 && findingKey(f) === findingKey(batch[0].finding);
    return {
      ok: false,
      reason: own
        ? `the finding is still reported after the fix (line ${f.line})`
        : `the fix introduces a new finding: ${f.rule}: ${f.message} (line ${f.line})`,
    };
  }
  return { ok: true, state: stateOf(text, findings, errors) };
}

/**
 * Fixes `text` with the findings `lintText` reports. Never throws for any text (rules that crash are
 * the engine's `internal-error` findings, and a fix causing one is dropped).
 */
export function fixText(text: string, lintText: LintText, mode: FixMode = {}): FixOutcome {
  const maxPasses = mode.maxPasses ?? DEFAULT_MAX_PASSES;
  const applied: AppliedFix[] = [];
  const dropped: DroppedFix[] = [];
  const refused = new Set<string>();
  let state = stateOf(text, lintText(text));
  let passes = 0;

  const drop = (finding: Fixable, key: string, reason: string) => {
    refused.add(key);
    dropped.push({ finding, reason });
  };

  while (passes < maxPasses) {
    // Collect this pass's fixes.
    const offered: Candidate[] = [];
    for (const finding of state.findings) {
      const fix = finding.fix;
      if (!fix || !(fix.safe === true || mode.unsafe === true)) continue;
      const fixable = finding as Fixable;
      const prepared = prepareEdits(state.text, fix.edits);
      if ("error" in prepared) {
        const key = JSON.stringify([finding.rule, maskLines(finding.message), fix.description, "invalid"]);
        if (!refused.has(key)) drop(fixable, key, prepared.error);
        continue;
      }
      const key = fixKey(state.text, fixable, prepared.edits);
      if (!refused.has(key)) offered.push({ finding: fixable, edits: prepared.edits, key });
    }
    offered.sort(compareCandidates);

    // Keep the ones that do not conflict with one taken earlier; the rest wait for the next pass.
    const batch: Candidate[] = [];
    const taken: TextEdit[] = [];
    for (const c of offered) {
      if (c.edits.some((e) => taken.some((t) => editsConflict(e, t)))) continue;
      batch.push(c);
      taken.push(...c.edits);
    }
    if (batch.length === 0) break;

    let check = checkCandidate(state, batch, lintText);
    let accepted = batch;
    if (!check.ok) {
      // Find the culprits: add the fixes one at a time, keeping each that passes with those before it.
      accepted = [];
      for (const c of batch) {
        const trial = checkCandidate(state, [...accepted, c], lintText);
        if (trial.ok) {
          accepted.push(c);
          check = trial;
        } else {
          drop(c.finding, c.key, trial.reason);
        }
      }
      // Nothing survived: the text is unchanged; look again without the refused fixes (not a pass).
      if (accepted.length === 0) continue;
    }
    if (!check.ok) throw new Error("unreachable: an accepted batch without a passing check");
    passes++;
    for (const c of accepted) {
      applied.push({ rule: c.finding.rule, message: c.finding.message, description: c.finding.fix.description, safe: c.finding.fix.safe, pass: passes, finding: c.finding });
    }
    state = check.state;
  }
  return { output: state.text, applied, remaining: state.findings, dropped, passes };
}
