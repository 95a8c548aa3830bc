/**
 * Corpus property test, through the real Dockerfile parser: every shell script that a RUN runs
 * (shell form, heredoc script, exec-form `sh -c`) parses without throwing, words keep their
 * invariants, each word's range maps back to exactly its text in the Dockerfile, and almost every
 * script parses without errors.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { shellScripts } from "../../src/analysis/shell.js";
import { parse } from "../../src/ast/index.js";
import type { Word } from "../../src/shell/index.js";
import { forEachCommand } from "../../src/shell/index.js";
import { haveShared, listFiles, sharedDir } from "../helpers.js";
import { invariantViolations, unquote, UNSUPPORTED } from "./helpers.js";

const present = haveShared("corpus/files");

/** Template sources (jinja, Go templates, jq-templated docker-library files) are not Dockerfiles. */
function isTemplate(file: string, source: string): boolean {
  return /\.(template|jinja2?|j2|tmpl|in)$/i.test(file) || /\{\{[-\s]*(\.|if |end|range|env\.|[A-Za-z_]+\(|[A-Z_]+\s*\}\})|\{%/.test(source);
}

describe.skipIf(!present)("shell corpus", () => {
  it("parses every RUN script of the corpus and maps every word back to the source", () => {
    const dir = path.join(sharedDir, "corpus", "files");
    let runs = 0;
    let clean = 0;
    let words = 0;
    let spanning = 0;
    const throws: string[] = [];
    const violations: string[] = [];
    const messages = new Map<string, { count: number; example: string }>();
    for (const file of listFiles(dir)) {
      const source = readFileSync(file, "utf8");
      if (isTemplate(file, source)) continue;
      const { ast } = parse(source);
      for (const ins of ast.instructions) {
        const run = ins.kind === "ONBUILD" ? ins.trigger : ins;
        if (run === null || run.kind !== "RUN") continue;
        const where = `${path.relative(dir, file)}:${ins.startLine}`;
        let scripts;
        try {
          scripts = shellScripts(run, ast);
        } catch (e) {
          throws.push(`${where}: ${String(e)}`);
          continue;
        }
        for (const s of scripts) {
          runs++;
          for (const v of invariantViolations(s.script)) violations.push(`${where}: ${v}`);
          if (s.script.errors.length === 0) clean++;
          else {
            const e = s.script.errors[0];
            const key = e.message.replace(/\d+/g, "N");
            const entry = messages.get(key) ?? { count: 0, example: `${where}: …${s.script.text.slice(Math.max(0, e.start - 40), e.end + 40)}…` };
            entry.count++;
            messages.set(key, entry);
          }
          if (!s.exact) continue;
          const check = (w: Word) => {
            words++;
            const r = s.toRange(w.start, w.end);
            const slice = source.slice(r.start.offset, r.end.offset);
            if (slice.includes("\n")) {
              spanning++; // the word spans a line continuation, which the shell never sees
              return;
            }
            if (slice !== w.text) violations.push(`${where}: word ${JSON.stringify(w.text)} maps to ${JSON.stringify(slice)}`);
            const plain = unquote(slice);
            if (w.value !== undefined && plain !== UNSUPPORTED && plain !== w.value) {
              violations.push(`${where}: static word ${JSON.stringify(w.text)} value ${JSON.stringify(w.value)} != unquoted source ${JSON.stringify(plain)}`);
            }
          };
          forEachCommand(s.script.body, (cmd) => {
            if (cmd.kind !== "simple") return;
            for (const w of cmd.argv) check(w);
          });
        }
      }
    }
    const share = runs === 0 ? 0 : clean / runs;
    const top = [...messages.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, 10);
    console.log(
      [
        `[shell corpus] ${runs} RUN scripts outside templates: ${clean} parsed without errors = ${(share * 100).toFixed(3)}%`,
        `[shell corpus] ${words} argv words mapped back to the Dockerfile (${spanning} span a line continuation)`,
        ...top.map(([k, v]) => `  ${v.count}× ${k}\n      e.g. ${JSON.stringify(v.example)}`),
      ].join("\n"),
    );
    expect(throws).toEqual([]);
    expect(violations.slice(0, 20)).toEqual([]);
    expect(runs).toBeGreaterThan(5000);
    expect(words).toBeGreaterThan(100_000);
    expect(share).toBeGreaterThanOrEqual(0.995);
  });
});
