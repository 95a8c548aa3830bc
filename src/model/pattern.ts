/**
 * The shell-pattern and regular-expression helpers behind `${VAR#pat}`, `${VAR%pat}` and
 * `${VAR/pat/repl}`, reproducing what BuildKit does with Go's `regexp` package: the pattern is turned
 * into a regular expression (`*` and `?` wildcards, `\` escapes), suffix trimming reverses both the
 * pattern and the value, and replacement uses Go's `ReplaceAllString` (with its `$0`/`${name}`
 * template expansion and its rule for empty matches).
 * @module
 */

/** Thrown when a pattern cannot be converted (BuildKit: `invalid escape`). */
export class PatternError extends Error {}

/** Go's `.` without the `s` flag: any character except a newline. */
const ANY = "[^\\n]";

/** Characters Go's converter escapes before putting them in the regular expression. */
const REGEX_SPECIAL = new Set(["[", "]", "{", "}", ".", "+", "(", ")", "|", "^", "$"]);

/**
 * Converts a shell wildcard pattern to a JavaScript regular expression with the same matches as
 * BuildKit's `convertShellPatternToRegex` (`*` any run, `?` one character, `\` escapes `*`, `?` and
 * `\`; a `\` before `}` or `/` is dropped). `greedy` picks `*` as longest or shortest match;
 * `anchored` matches only at the start.
 */
export function shellPatternToRegExp(pattern: string, greedy: boolean, anchored: boolean, global = false): RegExp {
  const chars = Array.from(pattern);
  let out = anchored ? "^" : "";
  const star = greedy ? `${ANY}*` : `${ANY}*?`;
  for (let i = 0; i < chars.length; i++) {
    let tok = chars[i];
    if (tok === "*") {
      out += star;
      continue;
    }
    if (tok === "?") {
      out += ANY;
      continue;
    }
    if (tok === "\\") {
      const peek = chars[i + 1];
      if (peek === "}" || peek === "/") continue;
      out += "\\";
      i++;
      tok = chars[i];
      if (tok !== "*" && tok !== "?" && tok !== "\\") {
        throw new PatternError(`invalid escape '\\${tok ?? ""}'`);
      }
      out += tok;
      continue;
    }
    if (REGEX_SPECIAL.has(tok)) out += "\\";
    out += tok;
  }
  return new RegExp(out, global ? "gu" : "u");
}

/** Reverses a pattern by code points, keeping each `\x` escape pair in order (BuildKit's `reversePattern`). */
export function reversePattern(pattern: string): string {
  const runes = Array.from(pattern);
  const out: string[] = new Array<string>(runes.length);
  const last = runes.length - 1;
  for (let i = 0; i <= last; ) {
    const tok = runes[i];
    const at = last - i;
    if (tok === "\\" && i !== last) {
      out[at - 1] = tok;
      out[at] = runes[i + 1];
      i += 2;
    } else {
      out[at] = tok;
      i++;
    }
  }
  return out.join("");
}

/** Reverses a string by code points. */
export function reverseString(s: string): string {
  return Array.from(s).reverse().join("");
}

/** `${VAR#pat}` / `${VAR##pat}`: removes the shortest (or longest) matching prefix. */
export function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const m = shellPatternToRegExp(pattern, greedy, true).exec(value);
  return m ? value.slice(m.index + m[0].length) : value;
}

/** `${VAR%pat}` / `${VAR%%pat}`: removes the shortest (or longest) matching suffix. */
export function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverseString(trimPrefix(reversePattern(pattern), reverseString(value), greedy));
}

/** Go's `regexp.Expand` for a regular expression without groups: `$0`/`${0}` is the match, `$$` a dollar. */
function expandTemplate(template: string, match: string): string {
  let out = "";
  let rest = template;
  for (;;) {
    const dollar = rest.indexOf("$");
    if (dollar === -1) break;
    out += rest.slice(0, dollar);
    rest = rest.slice(dollar + 1);
    if (rest.startsWith("$")) {
      out += "$";
      rest = rest.slice(1);
      continue;
    }
    let name: string;
    let after: string;
    const braced = rest.startsWith("{");
    const m = braced ? /^\{([A-Za-z0-9_]+)\}/.exec(rest) : /^[A-Za-z0-9_]+/.exec(rest);
    if (!m) {
      out += "$";
      continue;
    }
    if (braced) {
      name = m[1];
      after = rest.slice(m[0].length);
    } else {
      name = m[0];
      after = rest.slice(m[0].length);
    }
    rest = after;
    // Only group 0 exists; any other number or name expands to nothing.
    if (/^[0-9]+$/.test(name) && Number(name) === 0) out += match;
  }
  return out + rest;
}

/**
 * `${VAR/pat/repl}` and `${VAR//pat/repl}`: replaces the first (or every) match of `pattern` in
 * `value`, exactly as Go's `ReplaceAllString` does (an empty match right after a previous match is
 * not replaced; `$0` in the replacement inserts the match).
 */
export function replacePattern(value: string, pattern: string, replacement: string, all: boolean): string {
  const re = shellPatternToRegExp(pattern, true, false, true);
  if (!all) {
    re.lastIndex = 0;
    const m = re.exec(value);
    if (!m) return value;
    return value.slice(0, m.index) + expandTemplate(replacement, m[0]) + value.slice(m.index + m[0].length);
  }
  let out = "";
  let lastMatchEnd = 0;
  let searchPos = 0;
  while (searchPos <= value.length) {
    re.lastIndex = searchPos;
    const m = re.exec(value);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    out += value.slice(lastMatchEnd, start);
    if (end > lastMatchEnd || start === 0) out += expandTemplate(replacement, m[0]);
    lastMatchEnd = end;
    const code = value.codePointAt(searchPos);
    const width = code !== undefined && code > 0xffff ? 2 : 1;
    if (searchPos + width > end) searchPos += width;
    else if (searchPos + 1 > end) searchPos++;
    else searchPos = end;
  }
  return out + value.slice(lastMatchEnd);
}
