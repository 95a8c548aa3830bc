/**
 * `--format gitlab`: a GitLab Code Quality report (a subset of Code Climate's issue format): a JSON
 * array of `{ description, check_name, fingerprint, severity, location: { path, lines: { begin } } }`.
 * Paths are relative to the current folder (run from the repository root, as GitLab jobs do).
 *
 * The fingerprint is an MD5 of file, rule, line and message, so it is stable across runs; identical
 * findings on one line get a counter so each fingerprint stays unique (GitLab drops duplicates).
 * Severities: error→critical, warning→major, info→minor, style→info (`blocker` is not used: nothing
 * shipshape finds stops a merge on its own).
 * @module
 */
import { createHash } from "node:crypto";
import type { Severity } from "../engine/types.js";
import type { Formatter } from "./types.js";
import { relativePath } from "./util.js";

const SEVERITY: Record<Severity, "info" | "minor" | "major" | "critical" | "blocker"> = {
  error: "critical",
  warning: "major",
  info: "minor",
  style: "info",
};

const gitlab: Formatter = (results, context) => {
  const seen = new Map<string, number>();
  const issues = results.flatMap((result) =>
    result.findings.map((f) => {
      const file = relativePath(f.file, context.cwd);
      const key = JSON.stringify([file, f.rule, f.line, f.message]);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return {
        description: f.message,
        check_name: f.rule,
        fingerprint: createHash("md5").update(n === 0 ? key : `${key}#${n}`).digest("hex"),
        severity: SEVERITY[f.severity],
        location: { path: file, lines: { begin: f.line } },
      };
    }),
  );
  return JSON.stringify(issues, null, 2) + "\n";
};

export default gitlab;
