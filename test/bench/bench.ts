/**
 * `npm run bench`: throughput on the real-world corpus (read into memory first), measured on the
 * built package, next to the JavaScript peers on the same files in the same run.
 * Timing lives here, never in unit tests.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..", "..");
const corpusDir = path.resolve(repo, "..", "shared", "corpus", "files");
const require = createRequire(import.meta.url);

interface Library {
  parse(text: string): unknown;
  lint?: (text: string, options?: { filename?: string }) => unknown;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out.sort();
}

function measure(label: string, texts: string[], bytes: number, fn: (text: string) => unknown, rounds = 7): number {
  for (const t of texts) fn(t); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const mbps = bytes / 1e6 / (median / 1000);
  console.log(`${label.padEnd(34)} ${median.toFixed(0).padStart(6)} ms  ${mbps.toFixed(1).padStart(7)} MB/s  (best ${(bytes / 1e6 / (times[0] / 1000)).toFixed(1)} MB/s)`);
  return mbps;
}

async function main(): Promise<void> {
  const lib = (await import(path.join(repo, "dist", "index.js"))) as Library;
  if (!statSync(corpusDir, { throwIfNoEntry: false })) {
    console.error(`shipshape bench: corpus not found at ${corpusDir}`);
    process.exitCode = 2;
    return;
  }
  const files = listFiles(corpusDir);
  const texts = files.map((f) => readFileSync(f, "utf8"));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  console.log(`corpus: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, node ${process.version}\n`);

  const results: Record<string, number> = {};
  results.parse = measure("shipshape parse", texts, bytes, (t) => lib.parse(t));
  if (lib.lint) results.lint = measure("shipshape lint (all rules)", texts, bytes, (t) => lib.lint?.(t, { filename: "Dockerfile" }), 5);

  try {
    const { DockerfileParser } = require("dockerfile-ast") as { DockerfileParser: { parse(t: string): unknown } };
    results.dockerfileAst = measure("dockerfile-ast parse", texts, bytes, (t) => DockerfileParser.parse(t), 5);
  } catch (error) {
    console.log(`dockerfile-ast: not installed (${(error as Error).message.split("\n")[0]})`);
  }
  try {
    const utils = require("dockerfile-utils") as { validate(t: string): unknown };
    results.dockerfileUtils = measure("dockerfile-utils validate", texts, bytes, (t) => utils.validate(t), 3);
  } catch {
    console.log("dockerfile-utils: not installed");
  }

  console.log("");
  if (results.dockerfileAst) console.log(`parse vs dockerfile-ast:            ${(results.parse / results.dockerfileAst).toFixed(1)}x`);
  if (results.lint && results.dockerfileUtils) console.log(`lint vs dockerfile-utils validate:  ${(results.lint / results.dockerfileUtils).toFixed(1)}x`);

  // Linear growth: one 10 MB line and 100,000 continuation lines.
  const long = "FROM a\nRUN " + "x".repeat(10_000_000) + "\n";
  let t0 = performance.now();
  lib.parse(long);
  console.log(`10 MB single line:                  ${(performance.now() - t0).toFixed(0)} ms`);
  const many = "FROM a\nRUN true" + " \\\n  && echo x".repeat(100_000) + "\n";
  t0 = performance.now();
  lib.parse(many);
  console.log(`100,000 continuation lines:         ${(performance.now() - t0).toFixed(0)} ms`);
}

main().catch((error: unknown) => {
  console.error(`shipshape bench: ${(error as Error).message}`);
  process.exitCode = 1;
});
