/** Shared test helpers: where ../shared lives and how to read it in place. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const repoRoot = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
export const sharedDir = path.resolve(repoRoot, "..", "shared");

/**
 * Returns `true` when `../shared/<sub>` exists. Under CI (`CI=true`) a missing folder is a failure;
 * elsewhere the caller skips with a loud message.
 */
export function haveShared(sub: string): boolean {
  const dir = path.join(sharedDir, sub);
  if (existsSync(dir)) return true;
  if (process.env.CI === "true") throw new Error(`../shared/${sub} is missing: the conformance and corpus tests cannot run`);
  console.warn(`\n!!! SKIPPING: ../shared/${sub} not found; conformance/corpus tests did not run !!!\n`);
  return false;
}

export function readText(file: string): string {
  return readFileSync(file, "utf8");
}

/** Every file under `dir`, recursively, as absolute paths, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}
