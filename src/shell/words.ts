/**
 * Helpers on {@link Word}s.
 * @module
 */
import type { Word, WordPart } from "./types.js";

/**
 * The word's value when static; otherwise a best-effort string where static
 * parts contribute their values and expansions their source text
 * (`"foo=$V"` → `foo=$V`). Useful for pattern checks on dynamic words.
 */
export function wordShape(word: Word): string {
  if (word.value !== undefined) return word.value;
  let out = "";
  for (const part of word.parts) out += partShape(part);
  return out;
}

function partShape(part: WordPart): string {
  switch (part.kind) {
    case "literal":
    case "single-quoted":
    case "ansi-c-quoted":
      return part.value;
    case "double-quoted": {
      if (part.value !== undefined) return part.value;
      let s = "";
      for (const p of part.parts) s += partShape(p);
      return s;
    }
    default:
      return part.text;
  }
}

/** Does the word start with a static (non-expansion) character? */
export function startsStatic(word: Word): boolean {
  const first = word.parts[0];
  if (first === undefined) return false;
  switch (first.kind) {
    case "literal":
    case "single-quoted":
    case "ansi-c-quoted":
      return first.value.length > 0 || word.parts.length === 1;
    case "double-quoted": {
      const inner = first.parts[0];
      return inner !== undefined && inner.kind === "literal";
    }
    default:
      return false;
  }
}

/** Number of source characters of `text` (unquoted-literal context) that produce `n` value characters. */
function literalTextIndex(text: string, n: number, inDouble: boolean): number {
  let i = 0;
  let v = 0;
  while (v < n && i < text.length) {
    if (text[i] === "\\" && i + 1 < text.length) {
      const d = text[i + 1];
      if (d === "\n") {
        i += 2;
        continue;
      }
      if (d === "\r" && text[i + 2] === "\n") {
        i += 3;
        continue;
      }
      if (!inDouble || d === "$" || d === "`" || d === '"' || d === "\\") {
        i += 2;
        v++;
        continue;
      }
    }
    i++;
    v++;
  }
  return i;
}

interface SplitState {
  remaining: number;
  parts: WordPart[];
  textIndex: number | undefined;
}

function splitParts(parts: readonly WordPart[], st: SplitState, inDouble: boolean, wordStart: number): void {
  for (const part of parts) {
    if (st.textIndex !== undefined) {
      st.parts.push(part);
      continue;
    }
    const v = partShape(part);
    if (st.remaining >= v.length) {
      st.remaining -= v.length;
      if (st.remaining === 0) st.textIndex = part.end - wordStart;
      continue;
    }
    // the split point falls inside this part
    const k = st.remaining;
    st.remaining = 0;
    if (part.kind === "literal") {
      const ti = literalTextIndex(part.text, k, inDouble);
      const start = part.start + ti;
      st.textIndex = start - wordStart;
      st.parts.push({ kind: "literal", text: part.text.slice(ti), value: part.value.slice(k), start, end: part.end });
    } else if (part.kind === "single-quoted") {
      const start = part.start + 1 + k;
      st.textIndex = start - wordStart;
      st.parts.push({ kind: "literal", text: part.text.slice(1 + k), value: part.value.slice(k), start, end: part.end });
    } else if (part.kind === "double-quoted") {
      const inner: SplitState = { remaining: k, parts: [], textIndex: undefined };
      splitParts(part.parts, inner, true, wordStart);
      st.textIndex = inner.textIndex ?? part.start + 1 - wordStart;
      for (const p of inner.parts) st.parts.push(p);
    } else {
      // ANSI-C or expansion: cannot split precisely; keep the whole part
      st.textIndex = part.start - wordStart;
      st.parts.push(part);
    }
  }
}

/**
 * The part of `word` after its first `n` value characters, as a new word
 * (used for `--opt=value` and `-oVALUE`). `text` is always the exact source
 * slice; when the split falls inside quotes the slice starts inside them.
 * Returns `undefined` when the word has no more than `n` characters.
 */
export function subWord(word: Word, n: number): Word | undefined {
  const shape = wordShape(word);
  if (n >= shape.length) return undefined;
  const st: SplitState = { remaining: n, parts: [], textIndex: n === 0 ? 0 : undefined };
  if (n === 0) return word;
  splitParts(word.parts, st, false, word.start);
  const ti = st.textIndex ?? word.text.length;
  const start = word.start + ti;
  const value = word.value === undefined ? undefined : word.value.slice(n);
  return { text: word.text.slice(ti), value, parts: st.parts, start, end: word.end, dynamic: value === undefined };
}

/** Basename of a path-like command name (`/usr/bin/apt-get` → `apt-get`). */
export function basename(name: string): string {
  const i = name.lastIndexOf("/");
  return i >= 0 ? name.slice(i + 1) : name;
}
