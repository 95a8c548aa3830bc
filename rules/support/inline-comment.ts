/**
 * Finding a `#` that the author meant as a comment after an instruction's arguments. Docker only knows
 * whole-line comments: after the arguments of any instruction other than a shell-form RUN, CMD,
 * ENTRYPOINT or HEALTHCHECK CMD (where the shell treats `#` as a comment), the text is data.
 */
import { parseJsonArray } from "../../grammar/json.js";
import type { Dockerfile, Instruction } from "../../src/ast/types.js";
import { lineContentEnd, logicalKeywordStart } from "./text.js";

export interface InlineComment {
  /** Logical offset of the `#`. */
  logicalStart: number;
  /** Source offset of the `#`. */
  start: number;
  /** Source offset of the end of the physical line holding the `#`. */
  end: number;
  /** Logical text from the `#` to the end of the instruction (what Docker receives). */
  text: string;
  /** Logical text before the `#`, from the keyword, trailing whitespace removed. */
  before: string;
  /** True when the `#` sits on the instruction's last physical line (no continuation follows). */
  lastLine: boolean;
}

/** Whether `node` is in a form whose text goes to a shell (where `#` does start a comment). */
export function isShellCommand(node: Instruction): boolean {
  switch (node.kind) {
    case "RUN":
    case "CMD":
    case "ENTRYPOINT":
      return node.command.form === "shell" && !node.command.jsonFallback;
    case "HEALTHCHECK":
      return node.command !== null && node.mode?.value.toUpperCase() === "CMD" && node.command.form === "shell" && !node.command.jsonFallback;
    default:
      return false;
  }
}

/** Whether the instruction's arguments are a JSON array that BuildKit could not parse. */
export function hasJsonFallback(node: Instruction): boolean {
  switch (node.kind) {
    case "RUN":
    case "CMD":
    case "ENTRYPOINT":
    case "SHELL":
      return node.command.jsonFallback;
    case "HEALTHCHECK":
      return node.command?.jsonFallback ?? false;
    case "COPY":
    case "ADD":
    case "VOLUME":
      return node.jsonFallback;
    default:
      return false;
  }
}

/**
 * The first `#` after the keyword that is preceded by whitespace and is outside quotes, on an
 * instruction where it is data; `null` when there is none.
 */
export function findInlineComment(ast: Dockerfile, node: Instruction): InlineComment | null {
  if (node.kind === "UNKNOWN" || node.kind === "ONBUILD" || isShellCommand(node)) return null;
  const logical = node.logical;
  const text = logical.text;
  const kwStart = logicalKeywordStart(node);
  const escape = ast.escapeChar;
  let quote = "";
  for (let i = kwStart + node.keyword.value.length; i < text.length; i++) {
    const ch = text[i];
    if (quote !== "") {
      if (ch === quote) quote = "";
      else if (ch === escape && quote === '"') i++;
      continue;
    }
    if (ch === escape) {
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      continue;
    }
    if (ch !== "#" || !/\s/.test(text[i - 1] ?? "")) continue;
    const before = text.slice(kwStart, i).trimEnd();
    if (hasJsonFallback(node)) {
      // Only when the comment is what broke the JSON array.
      const arrayText = before.slice(before.indexOf("["));
      if (!before.includes("[") || parseJsonArray(arrayText).kind !== "strings") return null;
    }
    const start = logical.sourceStart(i);
    const end = lineContentEnd(ast.text, start);
    const lastLine = logical.sourceEnd(text.length) <= end;
    return { logicalStart: i, start, end, text: text.slice(i).trimEnd(), before, lastLine };
  }
  return null;
}
