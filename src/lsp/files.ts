/** Which documents the language server lints. @module */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The language id editors give Dockerfiles. */
export const LANGUAGE_ID = "dockerfile";

/**
 * Whether a file name is a Dockerfile: `Dockerfile`, `Dockerfile.*`, `*.Dockerfile` (`*.dockerfile`),
 * `Containerfile`, `Containerfile.*`; the same names the CLI searches folders for. Per-Dockerfile
 * ignore files (`*.dockerignore`) are not.
 */
export function isDockerfileName(name: string): boolean {
  const base = name.split(/[\\/]/).pop() ?? "";
  if (base.endsWith(".dockerignore")) return false;
  return /^(?:Dockerfile|Containerfile)(?:\..+)?$/.test(base) || /^.+\.[Dd]ockerfile$/.test(base);
}

/** The file system path of a `file:` URI, or null for other schemes (`untitled:`, ...). */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith("file:")) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** Whether the server lints a document: language id `dockerfile`, or a Dockerfile name. */
export function isDockerfileDocument(uri: string, languageId: string | undefined): boolean {
  if (languageId === LANGUAGE_ID) return true;
  const file = uriToPath(uri);
  let name = file !== null ? path.basename(file) : uri.split(/[/:]/).pop() ?? "";
  try {
    if (file === null) name = decodeURIComponent(name);
  } catch {
    // keep the name as written
  }
  return isDockerfileName(name);
}
