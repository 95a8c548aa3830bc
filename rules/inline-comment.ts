/**
 * `#` after an instruction's arguments. Docker has only whole-line comments, so outside a shell-form
 * RUN/CMD/ENTRYPOINT/HEALTHCHECK CMD (where the shell treats `#` as a comment) the "comment" is data:
 * extra arguments, part of a value, or the reason an exec-form array stops being JSON.
 */
import type { Instruction } from "../src/ast/types.js";
import type { Fix, Rule, RuleContext } from "../src/engine/types.js";
import { findInlineComment, hasJsonFallback, type InlineComment } from "./support/inline-comment.js";
import { clip, lineBreakAt, lineStart } from "./support/text.js";

const quoteList = (words: string[]) => words.slice(0, 3).map((w) => `"${clip(w, 20)}"`).join(", ") + (words.length > 3 ? ", …" : "");

/** What Docker does with the comment text on `node`. */
function effect(node: Instruction, c: InlineComment): string {
  const words = c.text.split(/\s+/).filter((w) => w !== "");
  const kw = node.name;
  if (hasJsonFallback(node)) {
    if (kw === "SHELL") return "it makes the JSON array invalid and SHELL requires JSON, so the build fails";
    if (kw === "COPY" || kw === "ADD" || kw === "VOLUME") {
      return `it makes the JSON array invalid, so ${kw} splits the line on spaces and takes the brackets, quotes and comment words as paths`;
    }
    return `it makes the JSON array invalid, so ${kw} falls back to shell form and runs /bin/sh -c '${clip(c.before.slice(c.before.indexOf("[")) + " " + c.text, 40)}'`;
  }
  switch (node.kind) {
    case "FROM":
      return `FROM receives ${quoteList(words)} as extra arguments and the build fails`;
    case "COPY":
    case "ADD":
      return `${kw} takes the comment words as paths: "${clip(words[words.length - 1] ?? "#", 20)}" becomes the destination and the rest are copied as sources`;
    case "ENV":
    case "LABEL":
      if (node.legacy && node.pairs[0]?.value) {
        return `${kw} puts it into the value: ${node.pairs[0].key.value} becomes "${clip(node.pairs[0].value.value, 40)}"`;
      }
      return `${kw} reads ${quoteList(words)} as more key=value pairs and the build fails`;
    case "ARG":
      return `ARG declares build arguments named ${quoteList(words)}`;
    case "EXPOSE":
      return `EXPOSE reads ${quoteList(words)} as ports and the build fails`;
    case "VOLUME":
      return `VOLUME creates volumes named ${quoteList(words)}`;
    case "HEALTHCHECK":
      return "HEALTHCHECK NONE takes no arguments, so the build fails";
    case "WORKDIR":
    case "USER":
    case "STOPSIGNAL":
    case "MAINTAINER":
      return `it becomes part of the ${kw} value "${clip(node.value?.value ?? c.text, 40)}"`;
    default:
      return `${kw} receives it as arguments`;
  }
}

/** Moves the comment onto its own line above the instruction, keeping indentation and line endings. */
function moveAbove(context: RuleContext, node: Instruction, c: InlineComment): Fix | undefined {
  if (!c.lastLine) return undefined;
  const text = context.text;
  const comment = text.slice(c.start, c.end).trimEnd();
  if (/^#\s*(syntax|escape|check)\s*=/i.test(comment)) return undefined; // could become a parser directive
  let cut = c.start;
  while (cut > 0 && (text[cut - 1] === " " || text[cut - 1] === "\t")) cut--;
  let first = lineStart(text, node.range.start.offset);
  if (first === 0 && context.ast.bom) first = 1; // keep the byte order mark first
  let indentEnd = first;
  while (text[indentEnd] === " " || text[indentEnd] === "\t") indentEnd++;
  return {
    description: "Move the comment onto its own line above the instruction",
    safe: false,
    edits: [
      { start: first, end: first, text: text.slice(first, indentEnd) + comment + lineBreakAt(context.ast, first) },
      { start: cut, end: c.end, text: "" },
    ],
  };
}

const rule: Rule = {
  meta: {
    id: "inline-comment",
    aliases: [],
    severity: "error",
    category: "correctness",
    fix: { safe: false },
    docs: {
      description: "A `#` comment after an instruction's arguments is read as part of the instruction",
      why:
        "Dockerfile comments must start a line. After FROM, COPY, ENV, WORKDIR, EXPOSE and the other non-shell " +
        "instructions, `# text` is ordinary arguments: FROM fails, COPY copies files named `#` and takes the last " +
        "comment word as its destination, ENV stores the comment in the variable, and an exec-form `CMD [\"x\"] # c` " +
        "is no longer JSON and silently runs through a shell. In a shell-form RUN or CMD the shell does treat it as " +
        "a comment, so those are fine. The fix moves the comment onto its own line above the instruction; it is " +
        "unsafe because it changes what the instruction does (that is the point).",
      bad: "FROM ubuntu:24.04   # base image\nCOPY app /usr/local/bin/   # the binary\n",
      good: "# base image\nFROM ubuntu:24.04\n# the binary\nCOPY app /usr/local/bin/\nRUN apt-get update  # a shell comment is fine here\n",
    },
  },
  create(context) {
    return {
      Instruction(node) {
        const c = findInlineComment(context.ast, node);
        if (!c) return;
        const fix = moveAbove(context, node, c);
        context.report({
          range: context.rangeOf(c.start, c.end),
          message: `"#" does not start a comment after ${node.keyword.value} arguments: ${effect(node, c)}`,
          ...(fix ? { fix } : {}),
        });
      },
    };
  },
};

export default rule;
