/**
 * What the fixer reports: the fixed text, the fixes it applied, the findings left, and the fixes it
 * refused with a reason.
 * @module
 */
import type { Finding } from "../engine/finding.js";
import type { Fix } from "../engine/types.js";

/** A fix that was applied. */
export interface AppliedFix {
  /** The rule that offered the fix. */
  rule: string;
  /** The finding's message. */
  message: string;
  /** The fix's description. */
  description: string;
  safe: boolean;
  /** 1-based pass in which it was applied. */
  pass: number;
  /**
   * The finding as reported in that pass; its positions and edit offsets refer to the text at the
   * start of that pass, which is the input text only for pass 1.
   */
  finding: Finding & { fix: Fix };
}

/** A fix that was offered but not applied, and why. */
export interface DroppedFix {
  finding: Finding & { fix: Fix };
  /** One sentence, e.g. `the result does not parse: ...` or `the fix introduces a new finding: ...`. */
  reason: string;
}

/** The outcome of fixing one text. */
export interface FixOutcome {
  /** The fixed text (the input when nothing was applied). */
  output: string;
  /** Applied fixes in the order they were applied. */
  applied: AppliedFix[];
  /** Findings on `output` (fixable ones whose fixes were deferred or dropped included). */
  remaining: Finding[];
  /** Fixes refused, in the order they were refused. */
  dropped: DroppedFix[];
  /** Passes that changed the text (at most `maxPasses`). */
  passes: number;
}

/** How to fix. */
export interface FixMode {
  /** Apply unsafe fixes too (they may change what the build does). Default false. */
  unsafe?: boolean;
  /** Most passes over the text; default 10. */
  maxPasses?: number;
}
