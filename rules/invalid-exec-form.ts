/**
 * Arguments that start with `[` but are not a JSON array of strings. BuildKit does not complain: it
 * quietly treats them as shell form (RUN, CMD, ENTRYPOINT, HEALTHCHECK CMD) or as space-separated
 * paths (COPY, ADD, VOLUME).
 */
import { parseJsonArray } from "../grammar/json.js";
import type { Instruction, Range } from "../src/ast/types.js";
import type { Rule } from "../src/engine/types.js";

/** Why `text` (starting with `[`) is not a JSON array of strings. */
export function whyNotJson(text: string): string {
  if (/[\u201c\u201d\u2018\u2019]/.test(text)) return "typographic quotes: JSON needs plain double quotes";
  if (text.includes("'") && parseJsonArray(text.replace(/'/g, '"')).kind === "strings") {
    return "single quotes: JSON strings need double quotes";
  }
  let close = -1;
  let inString = false;
  let badEscape = false;
  for (let i = 1; i < text.length && close === -1; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") {
        if (!/["\\/bfnrtu]/.test(text[i + 1] ?? "")) badEscape = true;
        i++;
      } else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "]") close = i;
  }
  if (close === -1) return inString ? "a string is never closed" : "the array is never closed with ]";
  const after = text.slice(close + 1).trim();
  const inner = text.slice(1, close);
  if (after !== "" && parseJsonArray(text.slice(0, close + 1)).kind === "strings") {
    return after.startsWith("#") ? "a comment follows the array; comments must be on their own line" : `text follows the closing ]: "${after.slice(0, 20)}"`;
  }
  if (badEscape) return "an invalid backslash escape; write \\\\ for a backslash";
  if (/,\s*$/.test(inner)) return "a trailing comma before ]";
  if (/^\s*,|,\s*,/.test(inner)) return "an empty item between commas";
  if (/(^|,)\s*[^\s",]/.test(inner)) return "items must be double-quoted strings";
  if (/"\s+"/.test(inner)) return "a missing comma between items";
  return "it is not valid JSON";
}

/**
 * Whether text starting with `[` was meant as exec form rather than as a shell command such as
 * `[ -f x ] && ...` (the test command) or PowerShell's `[Type]::Member`: the first item is quoted and
 * followed by `,` or `]`, or a bracket with no blank after it closes the whole text (`[/bin/app, -v]`).
 */
export function looksLikeExecForm(text: string): boolean {
  const t = text.replace(/\s+#[^"'\]]*$/, "").trimEnd();
  if (t.startsWith("[[")) return false;
  const m = /^\[\s*(["'\u201c\u2018])/.exec(t);
  if (m) {
    const open = m[1];
    const close = open === "\u201c" ? "\u201d" : open === "\u2018" ? "\u2019" : open;
    let i = m[0].length;
    while (i < t.length && t[i] !== close) i += t[i] === "\\" && open === '"' ? 2 : 1;
    if (i >= t.length) return !/\s/.test(t.slice(m[0].length)); // unterminated: only a lone word
    return /^\s*(,|\]|$|["'])/.test(t.slice(i + 1)); // `"a" "b"`: a missing comma
  }
  return !/^\[\s/.test(t) && t.endsWith("]") && !/\]\s*::/.test(t);
}

function argsRange(node: Instruction): Range | null {
  if ("command" in node && node.command) return node.command.range;
  if (node.args.length === 0) return null;
  return { start: node.args[0].range.start, end: node.args[node.args.length - 1].range.end };
}

const rule: Rule = {
  meta: {
    id: "invalid-exec-form",
    aliases: [],
    severity: "error",
    category: "correctness",
    docs: {
      description: "Arguments look like exec form (`[...]`) but are not a JSON array of strings",
      why:
        "BuildKit parses `[...]` as JSON. When that fails (single quotes, a trailing comma, a comment after the " +
        "array, a missing bracket) it does not report an error: CMD, ENTRYPOINT and RUN then run the text through " +
        "`/bin/sh -c`, where `[\"app\",` is not a command, and COPY, ADD and VOLUME use the brackets and quotes as " +
        "part of the paths. The build succeeds and the container fails at run time.",
      bad: "FROM alpine:3.20\nCMD ['/app', '--serve']\n",
      good: 'FROM alpine:3.20\nCMD ["/app", "--serve"]\n',
    },
  },
  create(context) {
    const check = (node: Instruction) => {
      let fallback = false;
      switch (node.kind) {
        case "RUN":
        case "CMD":
        case "ENTRYPOINT":
        case "SHELL":
          fallback = node.command.jsonFallback;
          break;
        case "HEALTHCHECK":
          fallback = node.command?.jsonFallback ?? false;
          break;
        case "COPY":
        case "ADD":
        case "VOLUME":
          fallback = node.jsonFallback;
          break;
        default:
          return;
      }
      const range = argsRange(node);
      if (!fallback || !range) return;
      // The text BuildKit tried to decode: the logical line (continuations and comment lines removed).
      const text =
        ("command" in node && node.command?.shell?.value) ||
        node.logical.text.slice(node.logical.text.indexOf("[", node.keyword.range.end.offset - node.range.start.offset)).trimEnd();
      if (!looksLikeExecForm(text)) return;
      const cause = whyNotJson(text);
      const kw = node.keyword.value;
      const consequence =
        node.kind === "SHELL"
          ? "SHELL accepts only JSON and the build fails"
          : node.kind === "COPY" || node.kind === "ADD" || node.kind === "VOLUME"
            ? `${kw} splits it on spaces and uses the pieces, brackets and quotes included, as paths`
            : `${kw} runs it as a shell command: /bin/sh -c '${text.length > 30 ? text.slice(0, 29) + "…" : text}'`;
      context.report({ range, message: `${kw} arguments are not a valid JSON array (${cause}), so ${consequence}` });
    };
    return { Instruction: check };
  },
};

export default rule;
