/**
 * The package-manager and shell DL rules (DL3001, DL3016, DL3030-DL3041, DL3046, DL3047, DL3059, DL3060,
 * DL3062, DL4001, DL4005) over the real-world corpus (../shared/corpus/files): no rule crashes (the engine
 * would report `internal-error`), every range lies inside the file and on the word it names, and the
 * rules that have material in the corpus fire. Per-rule counts are logged so behaviour changes show up
 * in review.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/lint.js";
import consecutiveRun from "../../rules/consecutive-run.js";
import curlAndWget from "../../rules/curl-and-wget.js";
import dnfCacheNotCleaned from "../../rules/dnf-cache-not-cleaned.js";
import dnfMissingYes from "../../rules/dnf-missing-yes.js";
import dnfUnpinned from "../../rules/dnf-unpinned.js";
import goUnpinned from "../../rules/go-unpinned.js";
import lnToBinSh from "../../rules/ln-to-bin-sh.js";
import npmUnpinned from "../../rules/npm-unpinned.js";
import pointlessCommand from "../../rules/pointless-command.js";
import useraddNoLogInit from "../../rules/useradd-no-log-init.js";
import wgetNoProgress from "../../rules/wget-no-progress.js";
import yarnCacheNotCleaned from "../../rules/yarn-cache-not-cleaned.js";
import yumCacheNotCleaned from "../../rules/yum-cache-not-cleaned.js";
import yumMissingYes from "../../rules/yum-missing-yes.js";
import yumUnpinned from "../../rules/yum-unpinned.js";
import zypperCacheNotCleaned from "../../rules/zypper-cache-not-cleaned.js";
import zypperDistUpgrade from "../../rules/zypper-dist-upgrade.js";
import zypperMissingYes from "../../rules/zypper-missing-yes.js";
import zypperUnpinned from "../../rules/zypper-unpinned.js";
import { haveShared, listFiles, readText, sharedDir } from "../helpers.js";

const rules = [
  consecutiveRun, curlAndWget, dnfCacheNotCleaned, dnfMissingYes, dnfUnpinned, goUnpinned, lnToBinSh, npmUnpinned,
  pointlessCommand, useraddNoLogInit, wgetNoProgress, yarnCacheNotCleaned, yumCacheNotCleaned, yumMissingYes, yumUnpinned,
  zypperCacheNotCleaned, zypperDistUpgrade, zypperMissingYes, zypperUnpinned,
];
const ids = new Set(rules.map((r) => r.meta.id));

/** What the reported range must start with: the word the rule names (a RUN keyword, a command, a package...). */
const START: Record<string, RegExp> = {
  "consecutive-run": /^run\b/i,
  "curl-and-wget": /^(\S*\/)?(curl|wget)\b/,
  "wget-no-progress": /^(\S*\/)?wget\b/,
  "pointless-command": /^(\S*\/)?(free|ifconfig|kill|mount|ps|service|shutdown|ssh|top|vim)\b/,
};

/** Rules that must fire somewhere in the corpus (zypper and DL4005/DL3046 have no material there; see the log). */
const MUST_FIRE = ["consecutive-run", "curl-and-wget", "wget-no-progress", "npm-unpinned", "yum-unpinned", "yum-missing-yes", "yum-cache-not-cleaned", "dnf-unpinned", "go-unpinned"];

describe.skipIf(!haveShared("corpus/files"))("package-manager rules over the corpus", () => {
  it("run on every file without crashing, with ranges on the reported word", () => {
    const files = listFiles(path.join(sharedDir, "corpus", "files"));
    const counts = new Map<string, number>([...ids].map((id) => [id, 0]));
    const problems: string[] = [];
    for (const file of files) {
      const text = readText(file);
      const lines = text.split("\n");
      for (const f of lint(text, { rules, filename: file }).findings) {
        const where = `${path.relative(sharedDir, file)}:${f.line}:${f.column} ${f.rule}`;
        if (!ids.has(f.rule)) {
          if (f.rule === "internal-error") problems.push(`${where} ${f.message}`);
          continue;
        }
        counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
        if (f.line < 1 || f.endLine > lines.length || f.endLine < f.line || (f.endLine === f.line && f.endColumn <= f.column)) {
          problems.push(`${where} bad range`);
          continue;
        }
        const start = START[f.rule];
        const at = lines[f.line - 1].slice(f.column - 1).replace(/^["']/, "");
        if (start !== undefined && !start.test(at)) problems.push(`${where} range starts at ${JSON.stringify(at.slice(0, 30))}`);
      }
    }
    console.log(`package-manager rules over ${files.length} corpus files:\n` + [...counts].map(([id, n]) => `  ${id.padEnd(28)} ${n}`).join("\n"));
    expect(problems).toEqual([]);
    for (const id of MUST_FIRE) expect(counts.get(id), `${id} never fires on the corpus`).toBeGreaterThan(0);
  });
});
