/**
 * Finding and reading config files: `.shipshape.yaml`, `.shipshape.yml`, `.shipshape.json` or
 * `package.json#shipshape`, searched from a linted file's folder up to the filesystem root; the nearest
 * `.hadolint.yaml`/`.hadolint.yml` is used when there is no shipshape config anywhere up the tree.
 * @module
 */
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type * as Yaml from "yaml";
import { resolveConfig } from "./resolve.js";
import { ConfigError, defaultConfig, type ResolvedConfig } from "./types.js";

const require = createRequire(import.meta.url);

/** Shipshape config file names, in the order they are tried within one folder. */
export const SHIPSHAPE_CONFIG_FILES = [".shipshape.yaml", ".shipshape.yml", ".shipshape.json", "package.json"] as const;
/** hadolint config file names, used when no shipshape config exists. */
export const HADOLINT_CONFIG_FILES = [".hadolint.yaml", ".hadolint.yml"] as const;

function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return error instanceof Error ? error.message.split("\n")[0] : String(error);
}

/** Parses config text; YAML for anything but `.json` (YAML is a superset of JSON anyway). */
function parseText(file: string, text: string): unknown {
  if (file.endsWith(".json")) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ConfigError(`invalid config ${file}: not valid JSON (${errorReason(error)})`, file);
    }
  }
  const yaml = require("yaml") as typeof Yaml;
  const doc = yaml.parseDocument(text, { prettyErrors: true });
  const problem = doc.errors[0];
  if (problem) {
    const pos = problem.linePos?.[0];
    const where = pos ? ` at line ${pos.line}, column ${pos.col}` : "";
    const what = problem.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new ConfigError(`invalid config ${file}: not valid YAML${where}: ${what}`, file);
  }
  return doc.toJS();
}

/** Reads and validates one config file (either format; `.hadolint.*` names force the hadolint format). */
export function loadConfigFile(file: string): ResolvedConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read config ${file}: ${errorReason(error)}`, file);
  }
  let raw = parseText(file, text);
  const base = path.basename(file);
  if (base === "package.json") {
    raw = raw && typeof raw === "object" ? (raw as Record<string, unknown>).shipshape : undefined;
  }
  const format = base.startsWith(".hadolint") || base === "hadolint.yaml" ? "hadolint" : undefined;
  return resolveConfig(raw, { file, format, baseDir: path.dirname(path.resolve(file)) });
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** `package.json` counts only when it has a `shipshape` key. */
function packageJsonHasConfig(file: string): boolean {
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as unknown;
    return !!data && typeof data === "object" && "shipshape" in data;
  } catch {
    return false;
  }
}

/** Finds config files per folder, caching every folder it looked at. */
export class ConfigFinder {
  /** Folder → the shipshape config file governing it (nearest up the tree), or null. */
  private readonly shipshape = new Map<string, string | null>();
  private readonly hadolint = new Map<string, string | null>();
  /** Config file → loaded config (or the error it gave). */
  private readonly loaded = new Map<string, ResolvedConfig | ConfigError>();

  /** The config file that applies to files in `dir`, or `null`. */
  findFile(dir: string): string | null {
    const abs = path.resolve(dir);
    return this.nearest(abs, this.shipshape, (d) => this.shipshapeIn(d)) ?? this.nearest(abs, this.hadolint, (d) => this.hadolintIn(d));
  }

  private shipshapeIn(dir: string): string | null {
    for (const name of SHIPSHAPE_CONFIG_FILES) {
      const file = path.join(dir, name);
      if (!isFile(file)) continue;
      if (name === "package.json" && !packageJsonHasConfig(file)) continue;
      return file;
    }
    return null;
  }

  private hadolintIn(dir: string): string | null {
    for (const name of HADOLINT_CONFIG_FILES) {
      const file = path.join(dir, name);
      if (isFile(file)) return file;
    }
    return null;
  }

  private nearest(dir: string, cache: Map<string, string | null>, here: (dir: string) => string | null): string | null {
    const visited: string[] = [];
    let found: string | null = null;
    let d = dir;
    for (;;) {
      const hit = cache.get(d);
      if (hit !== undefined) {
        found = hit;
        break;
      }
      visited.push(d);
      found = here(d);
      if (found) break;
      const parent = path.dirname(d);
      if (parent === d) break;
      d = parent;
    }
    for (const v of visited) cache.set(v, found);
    return found;
  }

  /** Loads (once) and returns the config for a file in `dir`; defaults when there is none. Throws {@link ConfigError}. */
  configFor(dir: string): ResolvedConfig {
    const file = this.findFile(dir);
    if (!file) return defaultConfig();
    return this.load(file);
  }

  /** Loads a config file once; later calls return the cached result (or rethrow its error). */
  load(file: string): ResolvedConfig {
    const key = path.resolve(file);
    let entry = this.loaded.get(key);
    if (!entry) {
      try {
        entry = loadConfigFile(file);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        entry = error;
      }
      this.loaded.set(key, entry);
    }
    if (entry instanceof ConfigError) throw entry;
    return entry;
  }
}
