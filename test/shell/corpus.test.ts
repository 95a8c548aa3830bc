/**
 * Corpus property test: every shell-form RUN of every Dockerfile in the shared
 * corpus parses without throwing, keeps the Word invariants, and (almost
 * always) without errors.
 *
 * RUN texts are extracted crudely (./corpus-extract.ts) until the real
 * Dockerfile parser is wired in.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseShell } from "../../src/shell/index.js";
import { extractRuns } from "./corpus-extract.js";
import { invariantViolations } from "./helpers.js";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/files/", import.meta.url));
const present = existsSync(CORPUS);

if (!present) {
  const msg = `[shell corpus test] corpus folder missing: ${CORPUS}`;
  if (process.env.CI === "true") throw new Error(`${msg} (required when CI=true)`);
  console.warn(`\n!!!!!!!!\n${msg} — SKIPPING the corpus property test\n!!!!!!!!\n`);
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir).sort()) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

/** Template sources (jinja, Go templates, jq-templated docker-library files) are not Dockerfiles. */
function isTemplate(path: string, source: string): boolean {
  return (
    /\.(template|jinja2?|j2|tmpl|in)$/i.test(path) ||
    /\{\{[-\s]*(\.|if |end|range|env\.|[A-Za-z_]+\(|[A-Z_]+\s*\}\})|\{%/.test(source)
  );
}

describe.skipIf(!present)("shell corpus", () => {
  it("parses every RUN of the corpus", () => {
    let files = 0;
    let templates = 0;
    let runs = 0;
    let clean = 0;
    let templateRuns = 0;
    let templateClean = 0;
    const throws: string[] = [];
    const violations: string[] = [];
    const messages = new Map<string, { count: number; example: string }>();
    for (const file of walk(CORPUS)) {
      files++;
      const source = readFileSync(file, "utf8");
      const template = isTemplate(file, source);
      if (template) templates++;
      for (const run of extractRuns(source)) {
        const where = `${file.slice(CORPUS.length)}:${run.line}`;
        let script;
        try {
          script = parseShell(run.script);
        } catch (e) {
          throws.push(`${where}: ${String(e)}`);
          continue;
        }
        for (const v of invariantViolations(script)) violations.push(`${where}: ${v}`);
        if (template) {
          templateRuns++;
          if (script.errors.length === 0) templateClean++;
          continue;
        }
        runs++;
        if (script.errors.length === 0) {
          clean++;
        } else {
          const e = script.errors[0];
          const key = e.message.replace(/\d+/g, "N");
          const entry = messages.get(key) ?? { count: 0, example: `${where}: …${run.script.slice(Math.max(0, e.start - 40), e.end + 40)}…` };
          entry.count++;
          messages.set(key, entry);
        }
      }
    }
    const share = runs === 0 ? 0 : clean / runs;
    const top = [...messages.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, 10);
    console.log(
      [
        `[shell corpus] ${files} files (${templates} templates), ${runs} RUNs outside templates: ${clean} parsed without errors = ${(share * 100).toFixed(3)}%`,
        `[shell corpus] template RUNs: ${templateRuns}, without errors: ${templateClean}`,
        ...top.map(([k, v]) => `  ${v.count}× ${k}\n      e.g. ${JSON.stringify(v.example)}`),
      ].join("\n"),
    );
    expect(throws).toEqual([]);
    expect(violations.slice(0, 20)).toEqual([]);
    expect(files).toBeGreaterThan(1000);
    expect(runs).toBeGreaterThan(5000);
    expect(share).toBeGreaterThanOrEqual(0.995);
  });
});
