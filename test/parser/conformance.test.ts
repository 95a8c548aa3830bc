// BuildKit's own parser test files, read in place from ../shared: every positive case must dump
// exactly as BuildKit's `Node.Dump()` does, every negative case must give an error diagnostic.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, print, toBuildkitDump } from "../../src/index.js";
import { haveShared, readText, sharedDir } from "../helpers.js";

const base = path.join(sharedDir, "conformance", "buildkit-parser");
const available = haveShared("conformance/buildkit-parser");
const cases = (dir: string) => (available && existsSync(path.join(base, dir)) ? readdirSync(path.join(base, dir)).sort() : []);

describe.skipIf(!available)("BuildKit parser testfiles", () => {
  const positive = cases("testfiles");
  it("has the cases", () => expect(positive.length).toBeGreaterThanOrEqual(30));
  it.each(positive)("%s dumps like BuildKit", (name) => {
    const text = readText(path.join(base, "testfiles", name, "Dockerfile"));
    const expected = readText(path.join(base, "testfiles", name, "result")).replace(/\n$/, "");
    const { ast } = parse(text);
    expect(toBuildkitDump(ast)).toBe(expected);
    expect(print(ast)).toBe(text);
  });

  const negative = cases("testfiles-negative");
  it("has the negative cases", () => expect(negative.length).toBeGreaterThanOrEqual(4));
  it.each(negative)("%s is rejected", (name) => {
    const text = readText(path.join(base, "testfiles-negative", name, "Dockerfile"));
    const { ast, diagnostics } = parse(text);
    expect(diagnostics.filter((d) => d.severity === "error").length).toBeGreaterThan(0);
    expect(print(ast)).toBe(text);
  });

  it("testfile-line keeps BuildKit's line numbers", () => {
    const text = readText(path.join(base, "testfile-line", "Dockerfile"));
    const { ast } = parse(text);
    for (const ins of ast.instructions) {
      expect(ins.range.start.line).toBe(ins.startLine);
      expect(ins.range.end.line).toBe(ins.endLine);
    }
  });
});
