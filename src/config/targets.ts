/**
 * Which files to lint: command-line paths (files, folders searched for Dockerfiles, globs) become a
 * list of files, honouring `.gitignore` at the top of each searched folder.
 * @module
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";

/** File names searched for inside folders. */
export const DOCKERFILE_PATTERNS = [
  "**/Dockerfile",
  "**/Dockerfile.*",
  "**/*.Dockerfile",
  "**/*.dockerfile",
  "**/Containerfile",
  "**/Containerfile.*",
] as const;

/** Never searched: dependencies, VCS data, and per-Dockerfile ignore files (`Dockerfile.dockerignore`). */
const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**", "**/*.dockerignore"];

/** A path that gave no file. */
export interface TargetError {
  path: string;
  message: string;
}

export interface Targets {
  /** Files to lint, in command-line order then sorted within folders; `-` for stdin. */
  files: string[];
  errors: TargetError[];
}

/** Turns `.gitignore` lines into fast-glob ignore patterns (negations are not supported and skipped). */
export function gitignoreToGlobs(text: string): string[] {
  const out: string[] = [];
  for (let line of text.split(/\r?\n/)) {
    line = line.replace(/(?<!\\)\s+$/, "");
    if (!line || line.startsWith("#") || line.startsWith("!")) continue;
    const dirOnly = line.endsWith("/");
    let p = line.replace(/\/+$/, "");
    const anchored = p.startsWith("/") || p.includes("/");
    p = p.replace(/^\//, "");
    if (!p) continue;
    if (!anchored) p = "**/" + p;
    out.push(p + "/**");
    if (!dirOnly) out.push(p);
  }
  return out;
}

function readGitignore(dir: string): string[] {
  try {
    return gitignoreToGlobs(readFileSync(path.join(dir, ".gitignore"), "utf8"));
  } catch {
    return [];
  }
}

function statOf(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

/** Expands files, folders and globs (relative to `cwd`) into the files to lint. */
export async function expandTargets(inputs: readonly string[], options: { cwd?: string } = {}): Promise<Targets> {
  const cwd = options.cwd ?? process.cwd();
  // fast-glob is loaded only when a folder or a glob needs it (plain file paths are the common case).
  let fgModule: typeof import("fast-glob") | undefined;
  const glob = async () => (fgModule ??= (await import("fast-glob")).default);
  const files: string[] = [];
  const errors: TargetError[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = file === "-" ? "-" : path.resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };

  for (const input of inputs) {
    if (input === "-") {
      add("-");
      continue;
    }
    const abs = path.resolve(cwd, input);
    const stat = statOf(abs);
    if (stat?.isDirectory()) {
      const found = await (await glob())([...DOCKERFILE_PATTERNS], {
        cwd: abs,
        dot: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        ignore: [...ALWAYS_IGNORED, ...readGitignore(abs)],
        suppressErrors: true,
      });
      if (found.length === 0) errors.push({ path: input, message: `no Dockerfiles found in ${input}` });
      for (const rel of found.sort()) add(path.join(input, rel));
    } else if (stat) {
      add(input);
    } else if ((await glob()).isDynamicPattern(input)) {
      const found = await (await glob())(input, { cwd, dot: false, onlyFiles: true, ignore: ALWAYS_IGNORED.slice(0, 2), suppressErrors: true });
      if (found.length === 0) errors.push({ path: input, message: `no files match '${input}'` });
      for (const file of found.sort()) add(file);
    } else {
      errors.push({ path: input, message: `cannot read ${input}: no such file` });
    }
  }
  return { files, errors };
}
