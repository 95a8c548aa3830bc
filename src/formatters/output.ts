/** Writing a report to `--output-file`. @module */
import { randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Writes `text` to `file` atomically: into a temporary file beside it, then renamed over it, so a
 * reader (a CI upload step, an editor) never sees half a report and a failed write leaves any old
 * report in place. Throws the file system's error (with a `code`) when the folder is missing or not
 * writable.
 */
export function writeReportFile(file: string, text: string): void {
  const target = path.resolve(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
