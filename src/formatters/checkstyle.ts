/**
 * `--format checkstyle`: Checkstyle's XML report, which CI plugins (Jenkins Warnings NG, reviewdog,
 * SonarQube importers) read. Every linted file gets a `<file>` element, with one `<error>` per finding;
 * `source` is `shipshape.rules.<rule-id>`. Checkstyle has no `style` severity: it becomes `info`.
 * @module
 */
import type { Severity } from "../engine/types.js";
import type { Formatter } from "./types.js";
import { xmlAttr } from "./util.js";

const LEVEL: Record<Severity, string> = { error: "error", warning: "warning", info: "info", style: "info" };

const checkstyle: Formatter = (results) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const result of results) {
    if (result.findings.length === 0) {
      out.push(`  <file name="${xmlAttr(result.file)}"/>`);
      continue;
    }
    out.push(`  <file name="${xmlAttr(result.file)}">`);
    for (const f of result.findings) {
      out.push(
        `    <error line="${f.line}" column="${f.column}" severity="${LEVEL[f.severity]}" message="${xmlAttr(f.message)}" source="shipshape.rules.${xmlAttr(f.rule)}"/>`,
      );
    }
    out.push("  </file>");
  }
  out.push("</checkstyle>");
  return out.join("\n") + "\n";
};

export default checkstyle;
