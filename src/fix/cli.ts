/**
 * What `shipshape lint --fix` / `--fix-dry-run` does with fixed results: write files (atomically), print
 * the fixed text of standard input, or print a unified diff; and tell which fixes were refused.
 *
 * When standard output carries fixed text or a diff, the findings report goes to standard error so the
 * two never mix.
 * @module
 */
import path from "node:path";
import type { FileResult } from "../lint.js";
import { unifiedDiff } from "./diff.js";
import { FixWriteError, writeFixedFile } from "./write.js";

type Write = (text: string) => void;

export interface FixCliOptions {
  /** Print a diff instead of writing. */
  dryRun: boolean;
  /** Folder relative file names are resolved against. */
  cwd: string;
}

export interface FixCliOutcome {
  /** Standard output was used for fixed text or a diff: print the report elsewhere. */
  stdoutTaken: boolean;
  /** One line per file that could not be written. */
  errors: string[];
}

/** `a/<label>` for a diff header: forward slashes, no leading `./` or `/`. */
function diffLabel(file: string): string {
  return file.split(path.sep).join("/").replace(/^(\.\/)+/, "").replace(/^\/+/, "");
}

/** Applies the fix outcomes of `results` (from `lintFiles(..., { fix })`). */
export async function applyFixResults(results: readonly FileResult[], options: FixCliOptions, stdout: Write, stderr: Write): Promise<FixCliOutcome> {
  const errors: string[] = [];
  let stdoutTaken = options.dryRun;
  for (const result of results) {
    const fix = result.fix;
    if (result.error !== undefined || !fix) continue;
    for (const d of fix.dropped) {
      stderr(`shipshape: ${result.file}:${d.finding.line}:${d.finding.column}: ${d.finding.rule}: fix not applied: ${d.reason}\n`);
    }
    if (options.dryRun) {
      const label = diffLabel(result.file);
      stdout(unifiedDiff(fix.input, fix.output, { fromFile: `a/${label}`, toFile: `b/${label}` }));
    } else if (result.stdin) {
      stdoutTaken = true;
      stdout(fix.output);
    } else {
      try {
        await writeFixedFile(path.resolve(options.cwd, result.file), fix.input, fix.output);
      } catch (error) {
        if (!(error instanceof FixWriteError)) throw error;
        errors.push(error.message);
      }
    }
  }
  return { stdoutTaken, errors };
}
