/**
 * The BuildKit-check rules over the real-world corpus (../shared/corpus/files), each file linted under its real
 * path (so copy-ignored-file looks for ignore files next to it): no rule crashes (`internal-error`), every range
 * lies inside the file, every fix applies inside the file and re-parses without new errors. Per-rule counts are
 * logged so behaviour changes show up in review.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/ast/parse.js";
import type { Finding } from "../../src/engine/finding.js";
import { lint } from "../../src/lint.js";
import consistentInstructionCasing from "../../rules/consistent-instruction-casing.js";
import copyIgnoredFile from "../../rules/copy-ignored-file.js";
import duplicateStageName from "../../rules/duplicate-stage-name.js";
import exposeInvalidFormat from "../../rules/expose-invalid-format.js";
import fromAsCasing from "../../rules/from-as-casing.js";
import fromPlatformFlagConst from "../../rules/from-platform-flag-const.js";
import invalidDefaultArgInFrom from "../../rules/invalid-default-arg-in-from.js";
import invalidDefinitionDescription from "../../rules/invalid-definition-description.js";
import multipleHealthcheck from "../../rules/multiple-healthcheck.js";
import redundantTargetPlatform from "../../rules/redundant-target-platform.js";
import reservedStageName from "../../rules/reserved-stage-name.js";
import secretsUsedInArgOrEnv from "../../rules/secrets-used-in-arg-or-env.js";
import stageNameCasing from "../../rules/stage-name-casing.js";
import undefinedArgInFrom from "../../rules/undefined-arg-in-from.js";
import undefinedVar from "../../rules/undefined-var.js";
import { haveShared, listFiles, readText, sharedDir } from "../helpers.js";

const rules = [
  consistentInstructionCasing, copyIgnoredFile, duplicateStageName, exposeInvalidFormat, fromAsCasing, fromPlatformFlagConst,
  invalidDefaultArgInFrom, invalidDefinitionDescription, multipleHealthcheck, redundantTargetPlatform, reservedStageName,
  secretsUsedInArgOrEnv, stageNameCasing, undefinedArgInFrom, undefinedVar,
];
const ids = new Set(rules.map((r) => r.meta.id));

function applyOne(text: string, finding: Finding): string {
  let out = text;
  for (const e of [...finding.fix!.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe.skipIf(!haveShared("corpus/files"))("BuildKit-check rules over the corpus", () => {
  it("run on every file without crashing, with valid ranges and fixes", () => {
    const files = listFiles(path.join(sharedDir, "corpus", "files"));
    const counts = new Map<string, number>([...ids].map((id) => [id, 0]));
    const problems: string[] = [];
    let fixes = 0;
    for (const file of files) {
      const text = readText(file);
      const lineCount = text.split("\n").length;
      const errorsBefore = parse(text).diagnostics.filter((d) => d.severity === "error").length;
      for (const f of lint(text, { rules, filename: file, ruleOverrides: { "invalid-definition-description": "on" } }).findings) {
        const where = `${path.relative(sharedDir, file)}:${f.line}:${f.column} ${f.rule}`;
        if (!ids.has(f.rule)) {
          if (f.rule === "internal-error") problems.push(`${where} ${f.message}`);
          continue;
        }
        counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
        if (f.line < 1 || f.endLine > lineCount || f.endLine < f.line || (f.endLine === f.line && f.endColumn < f.column)) problems.push(`${where} bad range`);
        if (!f.fix) continue;
        fixes++;
        if (f.fix.edits.some((e) => e.start < 0 || e.end > text.length || e.start > e.end)) problems.push(`${where} fix edit outside the file`);
        const errorsAfter = parse(applyOne(text, f)).diagnostics.filter((d) => d.severity === "error").length;
        if (errorsAfter > errorsBefore) problems.push(`${where} fix adds parse errors`);
      }
    }
    console.log(
      `BuildKit-check rules over ${files.length} corpus files (${fixes} fixes checked):\n` +
        [...counts].map(([id, n]) => `  ${id.padEnd(32)} ${n}`).join("\n"),
    );
    expect(problems).toEqual([]);
  });
});
