/** A fixed set of lint results covering every severity, a fix, a multi-line range and awkward text. */
import type { Finding } from "../../src/engine/finding.js";
import type { RuleMeta } from "../../src/engine/types.js";
import type { FormatContext } from "../../src/formatters/index.js";
import type { FileResult } from "../../src/lint.js";

export const CWD = "/work/project";

function finding(over: Partial<Finding>): Finding {
  return { file: "Dockerfile", line: 1, column: 1, endLine: 1, endColumn: 2, rule: "r", aliases: [], severity: "warning", message: "m", ...over };
}

export const SOURCE = 'FROM node\nRUN <<EOF\nx\nEOF\n  CMD npm start\n\n';

export const RESULTS: FileResult[] = [
  {
    file: "Dockerfile",
    source: SOURCE,
    findings: [
      finding({
        line: 1,
        column: 6,
        endColumn: 10,
        rule: "from-untagged",
        aliases: ["DL3006", "CKV_DOCKER_7"],
        message: 'base image "node" has no tag',
        fix: { description: "Pin the tag", safe: false, edits: [{ start: 5, end: 9, text: "node:20" }] },
      }),
      finding({ line: 2, column: 5, endLine: 4, endColumn: 4, rule: "syntax-error", severity: "error", message: "bad <heredoc> & 'quotes'\nsecond line" }),
      finding({ line: 5, column: 3, endLine: 5, endColumn: 16, rule: "shell-form-cmd", aliases: ["DL3025", "JSONArgsRecommended"], severity: "info", message: "100% sure: a, b\r\nend" }),
      finding({ line: 6, column: 1, endLine: 6, endColumn: 1, rule: "no-meta", severity: "style", message: "Ünïcødé — ✓ \u0007 bell" }),
    ],
  },
  { file: "sub dir/Dockerfile.prod", source: "FROM scratch\n", findings: [] },
  {
    file: "/work/project/ci/Containerfile",
    source: "FROM a\nFROM a\n",
    findings: [finding({ file: "/work/project/ci/Containerfile", line: 2, column: 1, endLine: 2, endColumn: 5, rule: "shell-form-cmd", aliases: ["DL3025"], message: "twice" })],
  },
];

function meta(id: string, severity: RuleMeta["severity"], category: RuleMeta["category"], aliases: string[]): RuleMeta {
  return { id, aliases, severity, category, docs: { description: `${id} description`, why: `Why ${id} matters.`, bad: "FROM a\n", good: "FROM a:1\n" } };
}

export const RULES: RuleMeta[] = [
  meta("from-untagged", "warning", "correctness", ["DL3006", "CKV_DOCKER_7"]),
  meta("shell-form-cmd", "warning", "maintainability", ["DL3025", "JSONArgsRecommended"]),
  meta("syntax-error", "error", "correctness", []),
];

export const CONTEXT: FormatContext = { color: false, cwd: CWD, rules: RULES, version: "1.2.3" };
