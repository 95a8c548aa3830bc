/**
 * Test helpers: an independent quote-removal oracle and tree walkers used to
 * check the Word invariants.
 */
import type { ShellScript, SimpleCommand, Word, WordPart } from "../../src/shell/index.js";
import { parseShell } from "../../src/shell/index.js";

/** Marker for words the oracle does not model (exotic ANSI-C escapes). */
export const UNSUPPORTED = Symbol("unsupported");

const ANSI: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  e: "\x1b",
  E: "\x1b",
  f: "\f",
  v: "\v",
  "?": "?",
};

function isExpansionStart(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z_{(0-9@*#?$!-]/.test(c);
}

/**
 * Independent oracle: removes quotes and escapes from a word's source text.
 * Returns `undefined` when the word contains an expansion, or UNSUPPORTED.
 */
export function unquote(text: string): string | undefined | typeof UNSUPPORTED {
  let out = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      const end = close < 0 ? n : close;
      out += text.slice(i + 1, end);
      i = close < 0 ? n : close + 1;
    } else if (c === "$" && text[i + 1] === "'") {
      let j = i + 2;
      while (j < n && text[j] !== "'") {
        if (text[j] === "\\" && j + 1 < n) {
          const d = text[j + 1];
          if (ANSI[d] !== undefined) {
            out += ANSI[d];
            j += 2;
            continue;
          }
          return UNSUPPORTED;
        }
        out += text[j];
        j++;
      }
      i = j + 1;
    } else if (c === '"' || (c === "$" && text[i + 1] === '"')) {
      let j = c === "$" ? i + 2 : i + 1;
      while (j < n && text[j] !== '"') {
        const d = text[j];
        if (d === "\\" && j + 1 < n) {
          const e = text[j + 1];
          if (e === "\n") {
            j += 2;
            continue;
          }
          if (e === "\r" && text[j + 2] === "\n") {
            j += 3;
            continue;
          }
          if (e === "$" || e === "`" || e === '"' || e === "\\") {
            out += e;
            j += 2;
            continue;
          }
          out += d;
          j++;
          continue;
        }
        if (d === "`") return undefined;
        if (d === "$" && isExpansionStart(text[j + 1])) return undefined;
        out += d;
        j++;
      }
      i = j + 1;
    } else if (c === "\\") {
      const d = text[i + 1];
      if (d === undefined) {
        out += "\\";
        i++;
      } else if (d === "\n") {
        i += 2;
      } else if (d === "\r" && text[i + 2] === "\n") {
        i += 3;
      } else {
        out += d;
        i += 2;
      }
    } else if (c === "`") {
      return undefined;
    } else if (c === "$" && isExpansionStart(text[i + 1])) {
      return undefined;
    } else if ((c === "<" || c === ">") && text[i + 1] === "(") {
      return undefined;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function isWord(x: object): x is Word {
  return "dynamic" in x && "parts" in x && "text" in x && "start" in x;
}

function isPart(x: object): x is WordPart {
  return "kind" in x && "text" in x && "start" in x && "end" in x && !("dynamic" in x);
}

/** Every Word and WordPart reachable from a node (the tree is acyclic). */
export function collect(node: unknown): { words: Word[]; parts: WordPart[] } {
  const words: Word[] = [];
  const parts: WordPart[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const x = stack.pop();
    if (x === null || typeof x !== "object" || seen.has(x)) continue;
    seen.add(x);
    if (Array.isArray(x)) {
      for (const y of x) stack.push(y);
      continue;
    }
    if (isWord(x)) words.push(x);
    else if (isPart(x)) parts.push(x);
    for (const v of Object.values(x)) if (v !== null && typeof v === "object") stack.push(v);
  }
  return { words, parts };
}

/** Returns descriptions of every violated word invariant in a parsed script. */
export function invariantViolations(script: ShellScript): string[] {
  const input = script.text;
  const bad: string[] = [];
  const { words, parts } = collect(script.body);
  for (const c of script.commands) {
    const more = collect(c);
    for (const w of more.words) words.push(w);
    for (const p of more.parts) parts.push(p);
  }
  for (const w of words) {
    if (w.text !== input.slice(w.start, w.end)) bad.push(`word text/range mismatch at ${w.start}: ${JSON.stringify(w.text)}`);
    if (w.value !== undefined) {
      const u = unquote(w.text);
      if (u !== UNSUPPORTED && u !== w.value) bad.push(`static value mismatch at ${w.start}: ${JSON.stringify(w.text)} → ${JSON.stringify(w.value)} vs ${JSON.stringify(u)}`);
    } else if (w.parts.length > 0 && !/^[A-Za-z_][A-Za-z0-9_]*\+?=\(/.test(w.text)) {
      // (array assignments `a=(...)` are deliberately not static)
      const u = unquote(w.text);
      if (typeof u === "string") bad.push(`word marked dynamic but oracle says static at ${w.start}: ${JSON.stringify(w.text)}`);
    }
    if (w.dynamic !== (w.value === undefined)) bad.push(`dynamic flag inconsistent at ${w.start}`);
  }
  for (const p of parts) {
    if (p.text !== input.slice(p.start, p.end)) bad.push(`part text/range mismatch (${p.kind}) at ${p.start}: ${JSON.stringify(p.text)}`);
  }
  for (const c of script.commands) {
    if (c.start > c.end || c.end > input.length) bad.push(`command range out of bounds at ${c.start}`);
  }
  for (const e of script.errors) {
    if (e.start > e.end || e.end > input.length || e.start < 0) bad.push(`error range out of bounds: ${e.message} ${e.start}-${e.end}`);
  }
  return bad;
}

/** Source text of a node. */
export function src(script: ShellScript, node: { start: number; end: number }): string {
  return script.text.slice(node.start, node.end);
}

/** Values (or source text for dynamic words) of a command's argv. */
export function argvOf(cmd: SimpleCommand): string[] {
  return cmd.argv.map((w) => w.value ?? w.text);
}

/** Parses and returns argv arrays of all commands. */
export function allArgv(text: string): string[][] {
  return parseShell(text).commands.map(argvOf);
}
