/** What a formatter is: lint results in, text out. @module */
import type { FileResult } from "../lint.js";

export interface FormatContext {
  /** Emit ANSI colours. */
  color: boolean;
  /** Current folder, for formatters that print relative paths. */
  cwd: string;
}

/** Renders the results of one run (files that could not be linted are reported separately). */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
