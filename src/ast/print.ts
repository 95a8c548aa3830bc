/** Lossless printing: the AST's segments joined give back the original text, byte for byte. */
import type { Dockerfile } from "./types.js";

/** Returns the source text the AST was parsed from, rebuilt from its segments. */
export function print(ast: Dockerfile): string {
  let out = "";
  for (const segment of ast.segments) out += segment.text;
  return out;
}
