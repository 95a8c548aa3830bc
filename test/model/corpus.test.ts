import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/ast/index.js";
import { buildModel } from "../../src/model/index.js";

const corpusDir = fileURLToPath(new URL("../../../shared/corpus/files/", import.meta.url));

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

function haveCorpus(): boolean {
  if (existsSync(corpusDir)) return true;
  if (process.env.CI === "true") throw new Error(`${corpusDir} is missing: the model corpus test cannot run`);
  console.warn(`\n!!! SKIPPING the model corpus test: ${corpusDir} not found !!!\n`);
  return false;
}

describe.runIf(haveCorpus())("model over the corpus", () => {
  it("builds for every file without throwing, with references mapped to `$` text", () => {
    const files = listFiles(corpusDir);
    expect(files.length).toBeGreaterThan(0);
    let stages = 0;
    let undefinedRefs = 0;
    let references = 0;
    const failures: string[] = [];
    const badRanges: string[] = [];
    for (const file of files) {
      try {
        const { ast } = parse(readFileSync(file, "utf8"));
        const m = buildModel(ast);
        stages += m.stages.length;
        undefinedRefs += m.undefinedReferences.length;
        for (const instruction of ast.instructions) {
          m.scopeAt(instruction);
          for (const e of m.expansionsOf(instruction)) {
            for (const r of e.references) {
              references++;
              const text = ast.text.slice(r.range.start.offset, r.range.end.offset);
              if (!text.startsWith("$") || !text.includes(r.name)) badRanges.push(`${file}: ${r.name} -> ${JSON.stringify(text)}`);
            }
          }
        }
        if (m.target && !m.target.reachable) failures.push(`${file}: target stage not reachable`);
      } catch (error) {
        failures.push(`${file}: ${String(error)}`);
      }
    }
    console.log(
      `model corpus: ${files.length} files, ${stages} stages, ${references} expanded references, ${undefinedRefs} undefined references`,
    );
    expect(failures).toEqual([]);
    expect(badRanges).toEqual([]);
  });
});
