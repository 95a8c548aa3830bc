/**
 * Linting one open document the way the CLI lints a file: the config is the one found from the
 * document's folder upward (cached per folder until a config file changes), files the config's
 * `ignore-paths` exclude get no findings, and an invalid config becomes a {@link ConfigProblem}
 * instead of an exception.
 * @module
 */
import path from "node:path";
import { parse } from "../ast/parse.js";
import type { Dockerfile } from "../ast/types.js";
import { ConfigFinder } from "../config/load.js";
import { globMatcher } from "../config/glob.js";
import { ConfigError, type ResolvedConfig } from "../config/types.js";
import type { Finding } from "../engine/finding.js";
import { lint } from "../lint.js";
import { LineIndex } from "./convert.js";
import { uriToPath } from "./files.js";

/** Why a document could not be linted with its config. */
export interface ConfigProblem {
  message: string;
  /** The config file at fault, when known. */
  file: string | null;
}

/** One version of a document and what linting it gave. */
export interface Snapshot {
  uri: string;
  version: number;
  text: string;
  index: LineIndex;
  /** File system path (`file:` URIs), else null. */
  path: string | null;
  /** The name given to the linter (the path, or `Dockerfile`). */
  filename: string;
  findings: Finding[];
  /** The config applied; null when it could not be loaded. */
  config: ResolvedConfig | null;
  problem: ConfigProblem | null;
  /** Excluded by the config's `ignore-paths`: not linted. */
  ignored: boolean;
  /** The parse tree (parsed on first use). */
  readonly ast: Dockerfile;
}

export class Linter {
  private finder = new ConfigFinder();
  private readonly matchers = new WeakMap<ResolvedConfig, (rel: string) => boolean>();

  /** @param fallbackDir where to look for a config for documents that are not files (untitled ones). */
  constructor(private readonly fallbackDir: () => string) {}

  /** Forgets every config found or loaded (a config file changed). */
  reset(): void {
    this.finder = new ConfigFinder();
  }

  /** The config for a file in `dir`, or the problem loading it. */
  configFor(dir: string): { config: ResolvedConfig } | { problem: ConfigProblem } {
    try {
      return { config: this.finder.configFor(dir) };
    } catch (error) {
      if (error instanceof ConfigError) return { problem: { message: error.message, file: error.file && path.isAbsolute(error.file) ? error.file : null } };
      throw error;
    }
  }

  lint(uri: string, version: number, text: string): Snapshot {
    const file = uriToPath(uri);
    const filename = file ?? "Dockerfile";
    const dir = file !== null ? path.dirname(file) : this.fallbackDir();
    let ast: Dockerfile | undefined;
    const snapshot: Snapshot = {
      uri,
      version,
      text,
      index: new LineIndex(text),
      path: file,
      filename,
      findings: [],
      config: null,
      problem: null,
      ignored: false,
      get ast() {
        return (ast ??= parse(text, { filename }).ast);
      },
    };
    const found = this.configFor(dir);
    if ("problem" in found) {
      snapshot.problem = found.problem;
      return snapshot;
    }
    snapshot.config = found.config;
    if (file !== null && this.isIgnored(found.config, file)) {
      snapshot.ignored = true;
      return snapshot;
    }
    try {
      snapshot.findings = lint(text, { filename, config: found.config }).findings;
    } catch (error) {
      // Unknown rule names in the config surface here.
      if (!(error instanceof ConfigError)) throw error;
      snapshot.problem = { message: error.message, file: found.config.file };
    }
    return snapshot;
  }

  private isIgnored(config: ResolvedConfig, file: string): boolean {
    if (config.ignorePaths.length === 0 || config.baseDir === null) return false;
    const rel = path.relative(config.baseDir, file);
    if (rel.startsWith("..") || path.isAbsolute(rel)) return false;
    let match = this.matchers.get(config);
    if (!match) this.matchers.set(config, (match = globMatcher(config.ignorePaths)));
    return match(rel.split(path.sep).join("/"));
  }
}
