/**
 * `--format hadolint-json`: hadolint's `--format json` shape, for tools that already read it: one JSON
 * array of `{ code, column, file, level, line, message }` on one line (hadolint's key order). `code` is
 * the rule's hadolint code (`DL3006`, `SC2086`) when it has one, else the shipshape rule id; levels are
 * the same four as hadolint's.
 * @module
 */
import type { Formatter } from "./types.js";

const HADOLINT_CODE = /^(?:DL|SC)\d{4}$/;

const hadolintJson: Formatter = (results) => {
  const items = results.flatMap((result) =>
    result.findings.map((f) => ({
      code: f.aliases.find((a) => HADOLINT_CODE.test(a)) ?? f.rule,
      column: f.column,
      file: f.file,
      level: f.severity,
      line: f.line,
      message: f.message,
    })),
  );
  return JSON.stringify(items) + "\n";
};

export default hadolintJson;
