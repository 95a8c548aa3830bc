/** COPY/ADD with several sources into a destination that does not end in `/`. */
import type { AddInstruction, CopyInstruction } from "../src/ast/types.js";
import type { Rule } from "../src/engine/types.js";
import { findInlineComment } from "./support/inline-comment.js";

const BOOL_FLAGS = new Set(["link", "parents", "keep-git-dir", "unpack"]);

const rule: Rule = {
  meta: {
    id: "copy-multiple-sources-needs-slash",
    aliases: ["DL3021", "DS011"],
    severity: "error",
    category: "correctness",
    docs: {
      description: "COPY or ADD with more than one source needs a destination ending in `/`",
      why:
        "With several sources the destination must be a directory, and Docker's reference requires it to end in " +
        "`/`. Without the slash the intent is ambiguous to readers and, with a single matching file, the file is " +
        "written to a file named like the directory instead.",
      bad: "FROM node:22-alpine\nCOPY package.json package-lock.json /app\n",
      good: "FROM node:22-alpine\nCOPY package.json package-lock.json /app/\n",
    },
  },
  create(context) {
    const check = (node: CopyInstruction | AddInstruction) => {
      const dest = node.destination;
      if (!dest || node.sources.length < 2 || node.jsonFallback) return;
      if (findInlineComment(context.ast, node)) return; // the extra "sources" are a comment: inline-comment says so
      // `--chown 1:1` without `=` leaves the value among the sources: the parser reports that flag.
      if (node.flags.some((f) => f.value === null && !BOOL_FLAGS.has(f.name))) return;
      if (node.original.includes("{{")) return; // a template, not a Dockerfile
      const value = dest.value;
      if (value.endsWith("/") || value.endsWith("\\") || value === "." || value === ".." || value.endsWith("/.") || value.includes("$")) return;
      context.report({
        range: dest.range,
        message: `${node.keyword.value} has ${node.sources.length} sources, so the destination "${value}" must be a directory ending in "/"`,
      });
    };
    return { COPY: check, ADD: check };
  },
};

export default rule;
