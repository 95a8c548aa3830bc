/** Spawning the built CLI for the formatter and integration tests (see test/cli/build.ts). */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command args` with colour variables cleared unless given. */
export function run(command: string, args: string[], options: { cwd: string; input?: string; env?: Record<string, string | undefined> }): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** A fresh temporary folder holding `files`. */
export function tempTree(prefix: string, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

export const CLEAN = 'FROM alpine:3.20\nCMD ["true"]\n';
/** One error (unknown-instruction, line 2) and one warning (empty-continuation, line 3). */
export const ERROR_AND_WARNING = "FROM alpine:3.20\nFROB x\nRUN a \\\n\n  b\n";
/** One warning (empty-continuation). */
export const WARNING_ONLY = "FROM alpine:3.20\nRUN a \\\n\n  b\n";
