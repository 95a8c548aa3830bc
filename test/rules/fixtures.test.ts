/**
 * Realistic Dockerfiles in fixtures/ linted by `lint()` with every rule and the default config: `fixtures/<name>.Dockerfile` next to
 * `fixtures/<name>.expected`, one finding per line (`line:column-endLine:endColumn severity rule-id: message`),
 * sorted. An empty (or missing) .expected file means the fixture must stay silent.
 * Regenerate with SHIPSHAPE_UPDATE_FIXTURES=1, then review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/lint.js";
import { repoRoot } from "../helpers.js";

const dir = path.join(repoRoot, "fixtures");
const update = process.env.SHIPSHAPE_UPDATE_FIXTURES === "1";

export function formatFindings(text: string): string {
  return lint(text).findings
    .map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.rule}: ${f.message}\n`)
    .join("");
}

describe("fixtures", () => {
  const files = readdirSync(dir).filter((f) => f.endsWith(".Dockerfile")).sort();
  it("exist", () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(path.join(dir, file), "utf8");
      const expectedFile = path.join(dir, file.replace(/\.Dockerfile$/, ".expected"));
      const actual = formatFindings(text);
      if (update) writeFileSync(expectedFile, actual);
      const expected = existsSync(expectedFile) ? readFileSync(expectedFile, "utf8") : "";
      expect(actual).toBe(expected);
    });
  }
});
