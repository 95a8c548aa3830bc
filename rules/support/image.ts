/**
 * What a FROM line really names: `scratch`, an earlier stage, an image reference, or something that
 * cannot be known without build arguments. Simple global ARG defaults are expanded
 * (`ARG BASE=ubuntu` + `FROM $BASE`).
 */
import type { Dockerfile, FromInstruction } from "../../src/ast/types.js";
import { parseImageReference } from "../../src/ast/build.js";
import { findStage, stagesOf } from "./stages.js";

export type ResolvedBase =
  | { kind: "scratch" }
  | { kind: "stage"; name: string }
  | { kind: "unknown" }
  | {
      kind: "image";
      /** The reference after ARG expansion. */
      text: string;
      /** True when ARG defaults were substituted. */
      expanded: boolean;
      registry: string | null;
      path: string;
      tag: string | null;
      digest: string | null;
    };

/** Resolves the base of a FROM. */
export function resolveBase(ast: Dockerfile, from: FromInstruction): ResolvedBase {
  const image = from.image;
  if (!image || image.raw === "") return { kind: "unknown" };
  const model = stagesOf(ast);
  let text = image.raw;
  if (image.hasVariables) {
    const value = expandArgs(text, model.globalArgs);
    if (value === null || value === "") return { kind: "unknown" };
    text = value;
  }
  const lower = text.toLowerCase();
  if (lower === "scratch") return { kind: "scratch" };
  const stages = model.stages.slice(0, model.stageOf.get(from)?.index ?? model.stages.length);
  if (findStage(stages, lower)) return { kind: "stage", name: lower };
  const ref = parseImageReference(text, image.range);
  return { kind: "image", text, expanded: image.hasVariables, registry: ref.registry, path: ref.path, tag: ref.tag, digest: ref.digest };
}

const namePattern = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Expands `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` and `${NAME+word}` with
 * the global ARG defaults. Returns `null` when the result cannot be known: an ARG without a default,
 * an undeclared name (a predefined or build-time argument), quotes or escapes, other modifiers.
 */
export function expandArgs(text: string, args: ReadonlyMap<string, string | null>, depth = 0): string | null {
  if (depth > 8 || /["'\\`]/.test(text)) return null;
  const lookup = (name: string): string | null | undefined => {
    if (!args.has(name)) return undefined;
    const raw = args.get(name);
    if (raw === null || raw === undefined) return null;
    const value = unquote(raw);
    return value === null ? null : expandArgs(value, args, depth + 1);
  };
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== "$") {
      out += ch;
      i++;
      continue;
    }
    if (text[i + 1] === "{") {
      const close = text.indexOf("}", i + 2);
      if (close === -1) return null;
      const body = text.slice(i + 2, close);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])(.*))?$/s.exec(body);
      if (!m) return null;
      const value = lookup(m[1]);
      if (value === null || (value === undefined && m[2] === undefined)) return null;
      if (m[2] === undefined) out += value;
      else {
        const set = m[2].startsWith(":") ? value !== undefined && value !== "" : value !== undefined;
        const word = m[3].includes("$") ? expandArgs(m[3], args, depth + 1) : m[3];
        if (word === null) return null;
        out += m[2].endsWith("-") ? (set ? (value as string) : word) : set ? word : "";
      }
      i = close + 1;
      continue;
    }
    const m = namePattern.exec(text.slice(i + 1));
    if (!m) return null;
    const value = lookup(m[0]);
    if (value === null || value === undefined) return null;
    out += value;
    i += 1 + m[0].length;
  }
  return out;
}

/** Removes one pair of surrounding quotes from an ARG default; `null` when quoting is not that simple. */
function unquote(raw: string): string | null {
  const m = /^(["'])(.*)\1$/s.exec(raw);
  if (m) return m[2].includes(m[1]) || m[2].includes("\\") ? null : m[2];
  return /["'\\]/.test(raw) ? null : raw;
}
