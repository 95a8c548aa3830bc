/** BuildKit's `node.Dump()` rendering of the AST, for conformance with BuildKit's own parser tests. */
import { goQuote } from "./quote.js";
import type { Dockerfile, Instruction } from "./types.js";

function dumpInstruction(ins: Instruction): string {
  let out = ins.keyword.value.toLowerCase();
  if (ins.flags.length > 0) out += " [" + ins.flags.map((f) => goQuote(f.text)).join(" ") + "]";
  if (ins.kind === "ONBUILD") {
    if (ins.trigger) out += " (" + dumpInstruction(ins.trigger) + ")";
  } else {
    for (const arg of ins.args) out += " " + goQuote(arg.value);
  }
  return out.trim();
}

/**
 * Renders the AST in BuildKit's `Dump()` format: one `(instruction args...)` line per instruction,
 * flags as a bracketed list, every value Go-quoted. No trailing newline.
 */
export function toBuildkitDump(ast: Dockerfile): string {
  return ast.instructions.map((ins) => "(" + dumpInstruction(ins) + ")").join("\n");
}
