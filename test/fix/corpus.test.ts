/**
 * Safe fixes over every corpus file: nothing throws, no result parses worse, no file ends with more
 * findings than it started with, no fix is refused, and fixing the output again changes nothing.
 * Prints how many files change and how many findings disappear.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fix, lint, newParseErrors } from "../../src/index.js";
import { haveShared, listFiles, readText, sharedDir } from "../helpers.js";

const available = haveShared("corpus/files");
/** Every file in CI or with SHIPSHAPE_FULL_CORPUS=1; otherwise every 4th file, which keeps local runs fast. */
const stride = process.env.SHIPSHAPE_FULL_CORPUS === "1" || process.env.CI === "true" ? 1 : 4;

describe.skipIf(!available)("safe fixes over the corpus", () => {
  it("never make a file worse and are stable", { timeout: 600_000 }, () => {
    const all = listFiles(path.join(sharedDir, "corpus", "files"));
    expect(all.length).toBeGreaterThan(5000);
    const files = all.filter((_, i) => i % stride === 0);
    let changed = 0;
    let before = 0;
    let after = 0;
    const problems: string[] = [];
    for (const file of files) {
      const text = readText(file);
      const rel = path.relative(sharedDir, file);
      const count = lint(text).findings.length;
      const r = fix(text);
      before += count;
      after += r.remaining.length;
      if (r.output === text) continue;
      changed++;
      if (r.remaining.length >= count) problems.push(`${rel}: ${count} findings before, ${r.remaining.length} after`);
      const errors = newParseErrors(text, r.output);
      if (errors.length > 0) problems.push(`${rel}: new parse error ${errors[0].code}`);
      for (const d of r.dropped) problems.push(`${rel}:${d.finding.line}: ${d.finding.rule} fix dropped: ${d.reason}`);
      if (fix(r.output).output !== r.output) problems.push(`${rel}: a second run changes the output`);
    }
    console.log(`safe fixes over the corpus: ${changed} of ${files.length} files change; findings ${before} -> ${after} (${before - after} fewer)`);
    expect(problems).toEqual([]);
    expect(changed).toBeGreaterThan(0);
  });
});
