/**
 * Builds the CLI once for the end-to-end tests, into its own folder (not `dist/`, which `npm run build`
 * deletes and rewrites; other work may be building at the same time). Rebuilds only when a source is
 * newer than the last build. Type errors elsewhere do not stop tsc from emitting; a missing entry
 * point fails the tests.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../helpers.js";

export const cliRoot = path.join(repoRoot, "node_modules", ".cache", "shipshape-cli-test");
export const binPath = path.join(cliRoot, "bin", "shipshape.js");
const entry = path.join(cliRoot, "dist", "src", "cli", "main.js");
const stamp = path.join(cliRoot, ".built");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): string {
  const sources = Math.max(...["src", "grammar", "rules"].map((d) => newestMtime(path.join(repoRoot, d))), statSync(path.join(repoRoot, "package.json")).mtimeMs);
  const built = existsSync(stamp) && existsSync(entry) ? statSync(stamp).mtimeMs : 0;
  if (built < sources) {
    const started = Date.now();
    const tsc = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc");
    const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--outDir", path.join(cliRoot, "dist")], { cwd: repoRoot, encoding: "utf8" });
    if (!existsSync(entry)) throw new Error(`CLI build failed:\n${result.stdout}${result.stderr}`);
    mkdirSync(path.dirname(binPath), { recursive: true });
    writeFileSync(stamp, "");
    // Date the stamp at the build's start so edits made during the build trigger the next one.
    utimesSync(stamp, new Date(started), new Date(started));
  }
  mkdirSync(path.dirname(binPath), { recursive: true });
  copyFileSync(path.join(repoRoot, "bin", "shipshape.js"), binPath);
  copyFileSync(path.join(repoRoot, "package.json"), path.join(cliRoot, "package.json"));
  return binPath;
}
