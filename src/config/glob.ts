/**
 * A small glob matcher for `ignore-paths` (gitignore-like): `*` and `?` within a path segment, `**`
 * across segments, `[abc]` classes, `{a,b}` alternatives. A pattern without `/` matches at any depth;
 * a pattern ending in `/` (or matching a folder) covers everything inside it.
 * @module
 */

function escapeRegex(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? "\\" + c : c;
}

function translate(glob: string): string {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const slashAfter = glob[i + 2] === "/";
        const atSegmentStart = i === 0 || glob[i - 1] === "/";
        i += slashAfter && atSegmentStart ? 2 : 1;
        re += slashAfter && atSegmentStart ? "(?:.*/)?" : ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 1);
      if (close < 0) re += "\\[";
      else {
        let body = glob.slice(i + 1, close);
        if (body.startsWith("!")) body = "^" + body.slice(1);
        re += "[" + body.replace(/\\/g, "\\\\") + "]";
        i = close;
      }
    } else if (c === "{") {
      const close = glob.indexOf("}", i + 1);
      if (close < 0) re += "\\{";
      else {
        re += "(?:" + glob.slice(i + 1, close).split(",").map(translate).join("|") + ")";
        i = close;
      }
    } else if (c === "\\" && i + 1 < glob.length) {
      re += escapeRegex(glob[++i]);
    } else re += escapeRegex(c);
  }
  return re;
}

/** Compiles a glob into a test over `/`-separated relative paths. */
export function globToRegExp(pattern: string): RegExp {
  let p = pattern.trim();
  if (p.startsWith("./")) p = p.slice(2);
  const anchored = p.startsWith("/") || p.replace(/\/$/, "").includes("/");
  p = p.replace(/^\//, "").replace(/\/$/, "");
  const body = translate(p);
  return new RegExp(`^${anchored ? "" : "(?:.*/)?"}${body}(?:/.*)?$`);
}

/** A matcher for several globs; `!pattern` entries re-include. */
export function globMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const compiled = patterns
    .filter((p) => p.trim() !== "" && !p.trim().startsWith("#"))
    .map((p) => (p.startsWith("!") ? { negate: true, re: globToRegExp(p.slice(1)) } : { negate: false, re: globToRegExp(p) }));
  return (relativePath) => {
    const rel = relativePath.replace(/\\/g, "/").replace(/^\.\//, "");
    let matched = false;
    for (const { negate, re } of compiled) if (re.test(rel)) matched = !negate;
    return matched;
  };
}
