/**
 * fixtures/security/<rule>.Dockerfile fires that security rule exactly as listed in <rule>.expected
 * (`line:column-endLine:endColumn rule: message`, findings of the security rules only, every rule
 * enabled, including the off-by-default final-user-root); <rule>.clean.Dockerfile, the corrected image,
 * gets no finding from any security rule. Regenerate with SHIPSHAPE_UPDATE_FIXTURES=1, then review.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/lint.js";
import { repoRoot } from "../helpers.js";

const dir = path.join(repoRoot, "fixtures", "security");
const update = process.env.SHIPSHAPE_UPDATE_FIXTURES === "1";

/** The security rules these fixtures cover. */
export const SECURITY_RULES = [
  "add-url-without-checksum",
  "chmod-world-writable",
  "final-user-root",
  "insecure-download",
  "password-on-command-line",
  "secret-copied",
  "secret-in-arg-or-env-value",
  "ssh-port-exposed",
  "tls-verification-disabled",
  "unsigned-packages-allowed",
];

function securityFindings(file: string): string[] {
  const text = readFileSync(path.join(dir, file), "utf8");
  return lint(text, { filename: file, ruleOverrides: { "final-user-root": "warning" } })
    .findings.filter((f) => SECURITY_RULES.includes(f.rule))
    .map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}: ${f.message}`);
}

describe("security fixtures", () => {
  for (const id of SECURITY_RULES) {
    it(`${id}: the firing fixture gives exactly the expected findings`, () => {
      const file = `${id}.Dockerfile`;
      const actual = securityFindings(file);
      const expectedFile = path.join(dir, `${id}.expected`);
      if (update) writeFileSync(expectedFile, actual.map((l) => l + "\n").join(""));
      const expected = readFileSync(expectedFile, "utf8").split("\n").filter((l) => l !== "");
      expect(expected.some((l) => l.includes(` ${id}: `)), `${id}.expected lists a finding of ${id}`).toBe(true);
      expect(actual).toEqual(expected);
    });
    it(`${id}: the corrected fixture is clean`, () => {
      expect(existsSync(path.join(dir, `${id}.clean.Dockerfile`))).toBe(true);
      expect(securityFindings(`${id}.clean.Dockerfile`)).toEqual([]);
    });
  }
  it("covers every fixture in the folder", () => {
    const ids = readdirSync(dir).filter((f) => f.endsWith(".Dockerfile")).map((f) => f.replace(/(\.clean)?\.Dockerfile$/, ""));
    expect([...new Set(ids)].sort()).toEqual(SECURITY_RULES);
  });
});
