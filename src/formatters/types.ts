/** What a formatter is: lint results in, text out. @module */
import type { RuleMeta } from "../engine/types.js";
import type { FileResult } from "../lint.js";

export interface FormatContext {
  /** Emit ANSI colours. */
  color: boolean;
  /** Current folder, for formatters that print relative paths. */
  cwd: string;
  /** Metadata of the known rules (SARIF's rule descriptors); default: every registered rule. */
  rules?: readonly RuleMeta[];
  /** shipshape's version, for reports that name the tool; default: read from package.json. */
  version?: string;
}

/** Renders the results of one run (files that could not be linted are reported separately). */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
