/**
 * `.dockerignore` files as BuildKit reads and matches them:
 *
 * - {@link readIgnoreFile} is `moby/patternmatcher/ignorefile.ReadAll`: BOM stripped, `#` lines skipped,
 *   patterns trimmed and cleaned (`filepath.Clean`), a leading `/` dropped, `!` kept in front;
 * - {@link PatternMatcher} is `moby/patternmatcher.PatternMatcher` with Linux path rules: `*` and `?` never
 *   match `/`, `**` matches any number of directories, `[...]` classes and `\` escapes as in Go's
 *   `filepath.Match`, later `!` patterns re-include, and a path also matches when one of its parent
 *   directories does ({@link PatternMatcher.matchesOrParentMatches});
 * - {@link findDockerignore} finds the file the way BuildKit's Dockerfile frontend does:
 *   `<Dockerfile>.dockerignore` next to the Dockerfile wins over `.dockerignore` at the context root.
 * @module
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Go's `path.Clean` (`filepath.Clean` on Linux): the shortest equivalent slash path. */
export function cleanPath(p: string): string {
  if (p === "") return ".";
  const rooted = p.startsWith("/");
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
      continue;
    }
    out.push(part);
  }
  const joined = out.join("/");
  if (rooted) return "/" + joined;
  return joined === "" ? "." : joined;
}

/** Go's `strings.TrimSpace` (ASCII and Unicode white space). */
function goTrimSpace(s: string): string {
  return s.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, "");
}

/** The patterns of an ignore file's text, as `ignorefile.ReadAll` returns them. */
export function readIgnoreFile(text: string): string[] {
  const patterns: string[] = [];
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  for (let raw of lines) {
    // bufio.ScanLines drops a trailing \r.
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    if (raw.startsWith("#")) continue;
    let pattern = goTrimSpace(raw);
    if (pattern === "") continue;
    const invert = pattern.startsWith("!");
    if (invert) pattern = goTrimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith("/")) pattern = pattern.slice(1);
    }
    patterns.push(invert ? "!" + pattern : pattern);
  }
  return patterns;
}

/** Characters a pattern escapes in its regexp because they are special there but not in `filepath.Match`. */
const REGEXP_SPECIAL = new Set([".", "+", "(", ")", "|", "{", "}", "$"]);

/**
 * Whether Go's `filepath.Match` would reject `pattern` as malformed (`ErrBadPattern`): an unclosed
 * `[`, an empty or inverted-range class, or a trailing `\`.
 */
export function isBadPattern(pattern: string): boolean {
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === "\\") {
      if (i + 1 >= chars.length) return true;
      i++;
      continue;
    }
    if (ch !== "[") continue;
    i++;
    if (chars[i] === "^") i++;
    let items = 0;
    for (;;) {
      if (i >= chars.length) return true;
      if (chars[i] === "]" && items > 0) break;
      let lo = chars[i];
      if (lo === "\\") {
        i++;
        if (i >= chars.length) return true;
        lo = chars[i];
      } else if (lo === "]" || lo === "-") return true;
      i++;
      if (chars[i] === "-") {
        i++;
        if (i >= chars.length) return true;
        let hi = chars[i];
        if (hi === "\\") {
          i++;
          if (i >= chars.length) return true;
          hi = chars[i];
        } else if (hi === "]" || hi === "-") return true;
        if (hi < lo) return true;
        i++;
      }
      items++;
    }
  }
  return false;
}

type MatchType = "exact" | "prefix" | "suffix" | "regexp";

/** One cleaned pattern line. */
export class IgnorePattern {
  readonly exclusion: boolean;
  /** The cleaned pattern without its `!`. */
  readonly text: string;
  private type: MatchType = "exact";
  private regexp: RegExp | null = null;

  constructor(text: string, exclusion: boolean) {
    this.text = text;
    this.exclusion = exclusion;
    this.compile();
  }

  /** `Pattern.compile` with `/` as the separator. */
  private compile(): void {
    let re = "^";
    let type: MatchType = "exact";
    const chars = Array.from(this.text);
    for (let i = 0; i < chars.length; i++) {
      const start = i;
      const ch = chars[i];
      if (ch === "*") {
        if (chars[i + 1] === "*") {
          i++;
          if (chars[i + 1] === "/") i++;
          if (i + 1 >= chars.length) {
            if (type === "exact") type = "prefix";
            else {
              re += ".*";
              type = "regexp";
            }
          } else {
            re += "(.*/)?";
            type = "regexp";
          }
          // `**` at the very start of the pattern.
          if (start === 0) type = "suffix";
        } else {
          re += "[^/]*";
          type = "regexp";
        }
      } else if (ch === "?") {
        re += "[^/]";
        type = "regexp";
      } else if (REGEXP_SPECIAL.has(ch)) {
        re += "\\" + ch;
      } else if (ch === "\\") {
        if (i + 1 < chars.length) {
          i++;
          re += "\\" + chars[i];
          type = "regexp";
        } else re += "\\\\";
      } else if (ch === "[" || ch === "]") {
        re += ch;
        type = "regexp";
      } else {
        re += ch;
      }
    }
    this.type = type;
    if (type === "regexp") {
      try {
        this.regexp = new RegExp(re + "$");
      } catch {
        this.regexp = null;
      }
    }
  }

  /** Whether the slash path `file` matches this pattern (without parent directories). */
  match(file: string): boolean {
    switch (this.type) {
      case "exact":
        return file === this.text;
      case "prefix":
        return file.startsWith(this.text.slice(0, -2));
      case "suffix": {
        const suffix = this.text.slice(2);
        if (file.endsWith(suffix)) return true;
        return suffix.startsWith("/") && file === suffix.slice(1);
      }
      case "regexp":
        return this.regexp !== null && this.regexp.test(file);
    }
  }
}

/** `patternmatcher.PatternMatcher`: ordered include and `!` exclude patterns. */
export class PatternMatcher {
  readonly patterns: IgnorePattern[];
  /** Some pattern starts with `!`. */
  readonly exclusions: boolean;

  private constructor(patterns: IgnorePattern[]) {
    this.patterns = patterns;
    this.exclusions = patterns.some((p) => p.exclusion);
  }

  /**
   * `patternmatcher.New`: `null` when a pattern is malformed (BuildKit then fails the build before
   * any COPY is checked) or is a lone `!`.
   */
  static create(lines: readonly string[]): PatternMatcher | null {
    const patterns: IgnorePattern[] = [];
    for (const line of lines) {
      let p = goTrimSpace(line);
      if (p === "") continue;
      p = cleanPath(p);
      let exclusion = false;
      if (p.startsWith("!")) {
        if (p.length === 1) return null;
        exclusion = true;
        p = p.slice(1);
      }
      if (isBadPattern(p)) return null;
      patterns.push(new IgnorePattern(p, exclusion));
    }
    return new PatternMatcher(patterns);
  }

  /**
   * `MatchesOrParentMatches`: whether the slash path `file` is excluded from the context, by a pattern
   * matching it or one of its parent directories, and not re-included by a later `!` pattern.
   */
  matchesOrParentMatches(file: string): boolean {
    let matched = false;
    const slash = file.lastIndexOf("/");
    const parent = slash < 0 ? "." : slash === 0 ? "/" : file.slice(0, slash);
    const parentDirs = parent.split("/");
    for (const pattern of this.patterns) {
      if (pattern.exclusion !== matched) continue;
      let match = pattern.match(file);
      if (!match && parent !== ".") {
        for (let i = 0; i < parentDirs.length && !match; i++) match = pattern.match(parentDirs.slice(0, i + 1).join("/"));
      }
      if (match) matched = !pattern.exclusion;
    }
    return matched;
  }
}

/** A `.dockerignore` file found for a Dockerfile. */
export interface DockerignoreFile {
  /** Absolute path of the file. */
  path: string;
  /** Its patterns, as `ignorefile.ReadAll` returns them. */
  patterns: string[];
}

function readIfFile(file: string): string | null {
  try {
    if (!statSync(file).isFile()) return null;
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/**
 * The ignore file BuildKit uses for `dockerfile` built with context `contextDir` (default: the
 * Dockerfile's folder): `<dockerfile>.dockerignore` when it exists, else `<contextDir>/.dockerignore`.
 * `null` when the Dockerfile is not a file on disk (stdin) or there is no ignore file. Never throws.
 */
export function findDockerignore(dockerfile: string, contextDir?: string): DockerignoreFile | null {
  try {
    const abs = path.resolve(dockerfile);
    if (readIfFile(abs) === null) return null;
    const candidates = [abs + ".dockerignore", path.join(contextDir !== undefined ? path.resolve(contextDir) : path.dirname(abs), ".dockerignore")];
    for (const candidate of candidates) {
      const text = readIfFile(candidate);
      if (text !== null) return { path: candidate, patterns: readIgnoreFile(text) };
    }
  } catch {
    // Not a usable path: nothing to read.
  }
  return null;
}
