// The real-world corpus: every file parses without throwing, prints back byte for byte, and gets
// BuildKit's verdict: the same dump where BuildKit accepts it, an error where BuildKit rejects it
// (in its parser or its instruction parser), and no error anywhere else.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, print, toBuildkitDump } from "../../src/index.js";
import { haveShared, readText, sharedDir } from "../helpers.js";

interface Verdict {
  file: string;
  ok: boolean;
  error: string | null;
  dump?: string;
  instructions_error: string | null;
}

const available = haveShared("corpus/files") && haveShared("conformance/buildkit-corpus");

describe.skipIf(!available)("corpus against BuildKit's verdicts", () => {
  const verdicts: Verdict[] = available
    ? readFileSync(path.join(sharedDir, "conformance", "buildkit-corpus", "dumps.jsonl"), "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Verdict)
    : [];

  it("covers every corpus file", () => expect(verdicts.length).toBe(5975));

  it("parses all files, round-trips them and matches BuildKit on each", () => {
    const mismatches: string[] = [];
    let accepted = 0;
    let rejected = 0;
    for (const v of verdicts) {
      const text = readText(path.join(sharedDir, v.file));
      const { ast, diagnostics } = parse(text);
      if (print(ast) !== text) mismatches.push(`${v.file}: print differs`);
      const errors = diagnostics.filter((d) => d.severity === "error");
      const buildkitRejects = !v.ok || v.instructions_error !== null;
      if (buildkitRejects) {
        rejected++;
        if (errors.length === 0) mismatches.push(`${v.file}: BuildKit rejects (${v.error ?? v.instructions_error}), we report no error`);
      } else if (errors.length > 0) {
        mismatches.push(`${v.file}: BuildKit accepts, we report ${errors[0].code}: ${errors[0].message} (line ${errors[0].range.start.line})`);
      }
      if (v.ok) {
        accepted++;
        if (toBuildkitDump(ast) !== v.dump) mismatches.push(`${v.file}: dump differs`);
      }
    }
    console.log(`corpus: ${verdicts.length} files, ${accepted} dumps compared, ${rejected} rejections checked, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
  });
});
