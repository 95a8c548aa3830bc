/**
 * Builds the CLI once for the end-to-end tests, into its own folder (not `dist/`, which `npm run build`
 * deletes and rewrites; other work may be building at the same time). Rebuilds only when a source is
 * newer than the last build. Type errors elsewhere do not stop tsc from emitting; a missing entry
 * point fails the tests.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
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

const lockDir = `${cliRoot}.lock`;

/**
 * Runs `fn` holding a lock (a folder created atomically), so test files starting in parallel workers
 * build once instead of several tsc runs rewriting the same files while other workers spawn the CLI.
 */
function withBuildLock<T>(fn: () => T): T {
  mkdirSync(path.dirname(lockDir), { recursive: true });
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      try {
        // A lock left behind by a killed run.
        if (Date.now() - statSync(lockDir).mtimeMs > 10 * 60_000) rmSync(lockDir, { recursive: true, force: true });
      } catch {
        // gone meanwhile
      }
      Atomics.wait(sleeper, 0, 0, 200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Copies only when the content differs: rewriting the launcher while another worker starts it would break that start. */
function copyIfChanged(from: string, to: string): void {
  const data = readFileSync(from);
  if (existsSync(to) && readFileSync(to).equals(data)) return;
  copyFileSync(from, to);
}

export function ensureBuilt(): string {
  return withBuildLock(build);
}

function build(): string {
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
  copyIfChanged(path.join(repoRoot, "bin", "shipshape.js"), binPath);
  copyIfChanged(path.join(repoRoot, "package.json"), path.join(cliRoot, "package.json"));
  return binPath;
}
