/**
 * The shell-based rules over the real-world corpus (../shared/corpus/files): no rule crashes (the engine
 * would report `internal-error`), every range lies inside the file, every fix applies inside the file and
 * re-parses without new errors, and every rule fires somewhere. Per-rule counts are logged so behaviour
 * changes show up in review.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/ast/parse.js";
import { lint } from "../../src/lint.js";
import type { Finding } from "../../src/engine/finding.js";
import apkNoCache from "../../rules/apk-no-cache.js";
import apkUnpinned from "../../rules/apk-unpinned.js";
import aptGetMissingYes from "../../rules/apt-get-missing-yes.js";
import aptGetUnpinned from "../../rules/apt-get-unpinned.js";
import aptListsNotRemoved from "../../rules/apt-lists-not-removed.js";
import aptNoInstallRecommends from "../../rules/apt-no-install-recommends.js";
import aptUseAptGet from "../../rules/apt-use-apt-get.js";
import cdInsteadOfWorkdir from "../../rules/cd-instead-of-workdir.js";
import gemUnpinned from "../../rules/gem-unpinned.js";
import missingPipefail from "../../rules/missing-pipefail.js";
import pipNoCacheDir from "../../rules/pip-no-cache-dir.js";
import pipUnpinned from "../../rules/pip-unpinned.js";
import pipeToShell from "../../rules/pipe-to-shell.js";
import splitUpdateInstall from "../../rules/split-update-install.js";
import sudoUsage from "../../rules/sudo-usage.js";
import unknownPackageCommand from "../../rules/unknown-package-command.js";
import { haveShared, listFiles, readText, sharedDir } from "../helpers.js";

const rules = [
  apkNoCache, apkUnpinned, aptGetMissingYes, aptGetUnpinned, aptListsNotRemoved, aptNoInstallRecommends, aptUseAptGet,
  cdInsteadOfWorkdir, gemUnpinned, missingPipefail, pipNoCacheDir, pipUnpinned, pipeToShell, splitUpdateInstall, sudoUsage,
  unknownPackageCommand,
];
const ids = new Set(rules.map((r) => r.meta.id));

function applyOne(text: string, finding: Finding): string {
  let out = text;
  for (const e of [...finding.fix!.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe.skipIf(!haveShared("corpus/files"))("shell rules over the corpus", () => {
  it("run on every file without crashing, with valid ranges and fixes", () => {
    const files = listFiles(path.join(sharedDir, "corpus", "files"));
    const counts = new Map<string, number>([...ids].map((id) => [id, 0]));
    const problems: string[] = [];
    let fixes = 0;
    for (const file of files) {
      const text = readText(file);
      const lineCount = text.split("\n").length;
      const errorsBefore = parse(text).diagnostics.filter((d) => d.severity === "error").length;
      for (const f of lint(text, { rules, filename: file }).findings) {
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
        const fixed = applyOne(text, f);
        const errorsAfter = parse(fixed).diagnostics.filter((d) => d.severity === "error").length;
        if (errorsAfter > errorsBefore) problems.push(`${where} fix adds parse errors`);
      }
    }
    console.log(
      `shell rules over ${files.length} corpus files (${fixes} fixes checked):\n` +
        [...counts].map(([id, n]) => `  ${id.padEnd(28)} ${n}`).join("\n"),
    );
    expect(problems).toEqual([]);
    for (const [id, n] of counts) expect(n, `${id} never fires on the corpus`).toBeGreaterThan(0);
  });
});
