/**
 * Builds typed instruction nodes from logical lines, following BuildKit's per-instruction argument
 * rules exactly (so that `toBuildkitDump` reproduces BuildKit's AST), and recording the problems that
 * make BuildKit's parser reject a line.
 */
import { parseInstructionLine } from "../../grammar/instruction.js";
import { parseJsonArray } from "../../grammar/json.js";
import type { LogicalLine } from "./logical.js";
import { goQuote } from "./quote.js";
import { isGoSpace, skipGoSpace, trimGoSpaceEnd } from "./text.js";
import type {
  CommandLine,
  ExposedPort,
  Flag,
  ImageReference,
  Instruction,
  KeyValue,
  Range,
  Word,
} from "./types.js";
import { splitOnWhitespace, splitWordsKeepingQuotes, type RawWord } from "./words.js";

/** A problem BuildKit's line parser reports for an instruction. */
export interface LineProblem {
  message: string;
  start: number;
  end: number;
}

/** Everything an instruction shares before its kind-specific fields. */
type Common = Omit<Extract<Instruction, { kind: "RUN" }>, "kind" | "command">;

interface BuildContext {
  line: LogicalLine;
  escape: string;
  problems: LineProblem[];
}

/** Per-line facts the caller supplies (positions and comments are known only to the reader). */
export interface LineFacts {
  comments: string[];
  startLine: number;
  endLine: number;
}

/**
 * Builds the instruction held by the logical text `[from, to)` of `line`.
 * `onbuild` marks the trigger of an ONBUILD.
 */
export function buildInstruction(
  line: LogicalLine,
  escape: string,
  facts: LineFacts,
  problems: LineProblem[],
  from = 0,
  to = line.text.length,
  onbuild = false,
): Instruction {
  const ctx: BuildContext = { line, escape, problems };
  const text = line.text;
  const a = skipGoSpace(text, from, to);
  const b = trimGoSpaceEnd(text, a, to);
  const head = a < b ? parseInstructionLine(text.slice(a, b), escape) : null;
  const kwStart = a + (head?.keyword.start ?? 0);
  const kwEnd = a + (head?.keyword.end ?? 0);
  const keywordText = text.slice(kwStart, kwEnd);
  const flags: Flag[] = (head?.flags ?? []).map((f) => toFlag(ctx, a + f.start, a + f.end, f.text));
  let restStart = b;
  if (head?.rest) restStart = skipGoSpace(text, a + head.rest.start, b);
  const name = keywordText.toUpperCase();
  const common: Common = {
    type: "Instruction",
    name,
    keyword: line.word(keywordText, kwStart, kwEnd),
    flags,
    args: [],
    original: text.slice(from, to),
    comments: facts.comments,
    heredocs: [],
    range: line.range(a, b),
    raw: "",
    startLine: facts.startLine,
    endLine: facts.endLine,
    onbuild,
    logical: line,
  };
  const rest = { start: restStart, end: b };
  switch (name) {
    case "FROM":
      return buildFrom(ctx, common, rest);
    case "RUN":
    case "CMD":
    case "ENTRYPOINT":
    case "SHELL": {
      const command = maybeJson(ctx, common, rest);
      return Object.assign(common, { kind: name, command });
    }
    case "COPY":
    case "ADD":
    case "VOLUME": {
      const list = maybeJsonList(ctx, common, rest);
      if (name === "VOLUME") return Object.assign(common, { kind: "VOLUME" as const, form: list.form, jsonFallback: list.jsonFallback, paths: common.args });
      const args = common.args;
      return Object.assign(common, {
        kind: name,
        form: list.form,
        jsonFallback: list.jsonFallback,
        sources: args.slice(0, Math.max(0, args.length - 1)),
        destination: args.length > 1 ? args[args.length - 1] : null,
      });
    }
    case "ENV":
    case "LABEL": {
      const pairs = nameValues(ctx, common, rest, name);
      return Object.assign(common, { kind: name, pairs, legacy: pairs.some((p) => p.legacy) });
    }
    case "ARG": {
      const words = splitWordsKeepingQuotes(text.slice(rest.start, rest.end), escape.charCodeAt(0));
      const pairs: KeyValue[] = [];
      for (const w of words) {
        const s = rest.start + w.start;
        const e = rest.start + w.end;
        common.args.push(line.word(w.value, s, e));
        const eq = w.value.indexOf("=");
        pairs.push({
          key: line.word(eq === -1 ? w.value : w.value.slice(0, eq), s, eq === -1 ? e : s + eq),
          value: eq === -1 ? null : line.word(w.value.slice(eq + 1), s + eq + 1, e),
          legacy: false,
          range: line.range(s, e),
        });
      }
      return Object.assign(common, { kind: "ARG" as const, pairs });
    }
    case "EXPOSE": {
      const ports: ExposedPort[] = whitespaceList(ctx, common, rest).map((raw) => {
        const slash = raw.value.indexOf("/");
        return { raw, port: slash === -1 ? raw.value : raw.value.slice(0, slash), protocol: slash === -1 ? null : raw.value.slice(slash + 1) };
      });
      return Object.assign(common, { kind: "EXPOSE" as const, ports });
    }
    case "USER":
    case "WORKDIR":
    case "STOPSIGNAL":
    case "MAINTAINER": {
      let value: Word | null = null;
      if (rest.start < rest.end) {
        value = line.word(text.slice(rest.start, rest.end), rest.start, rest.end);
        common.args.push(value);
      }
      return Object.assign(common, { kind: name, value });
    }
    case "HEALTHCHECK":
      return buildHealthcheck(ctx, common, rest);
    case "ONBUILD": {
      let trigger: Instruction | null = null;
      if (rest.start < rest.end) {
        trigger = buildInstruction(line, escape, { ...facts, comments: [] }, problems, rest.start, rest.end, true);
      }
      return Object.assign(common, { kind: "ONBUILD" as const, trigger });
    }
    default: {
      // BuildKit keeps an unknown instruction with a single empty argument.
      common.args.push(line.word("", rest.start, rest.start));
      const restWord = rest.start < rest.end ? line.word(text.slice(rest.start, rest.end), rest.start, rest.end) : null;
      return Object.assign(common, { kind: "UNKNOWN" as const, rest: restWord });
    }
  }
}

function toFlag(ctx: BuildContext, start: number, end: number, flagText: string): Flag {
  const raw = ctx.line.text.slice(start, end);
  const eqValue = flagText.indexOf("=");
  const eqRaw = raw.indexOf("=");
  const nameEnd = eqRaw === -1 ? end : start + eqRaw;
  return {
    name: (eqValue === -1 ? flagText : flagText.slice(0, eqValue)).slice(2),
    value: eqValue === -1 ? null : flagText.slice(eqValue + 1),
    text: flagText,
    range: ctx.line.range(start, end),
    nameRange: ctx.line.range(start, nameEnd),
    valueRange: eqRaw === -1 ? null : ctx.line.range(nameEnd + 1, end),
  };
}

function whitespaceList(ctx: BuildContext, common: Common, rest: { start: number; end: number }): Word[] {
  if (rest.start >= rest.end) return [];
  const words = splitOnWhitespace(ctx.line.text.slice(rest.start, rest.end)).map((w) => rawWord(ctx, rest.start, w));
  common.args.push(...words);
  return words;
}

function rawWord(ctx: BuildContext, base: number, w: RawWord): Word {
  return ctx.line.word(w.value, base + w.start, base + w.end);
}

/** Tries exec form; returns the decoded items or why it is not exec form. */
function tryJson(
  ctx: BuildContext,
  start: number,
  end: number,
): { kind: "exec"; words: Word[] } | { kind: "shell"; startsWithBracket: boolean } | { kind: "error" } {
  const text = ctx.line.text;
  const s = skipGoSpace(text, start, end);
  if (text.charCodeAt(s) !== 91 /* [ */ || s >= end) return { kind: "shell", startsWithBracket: false };
  const result = parseJsonArray(text.slice(s, end));
  if (result.kind === "invalid") return { kind: "shell", startsWithBracket: true };
  if (result.kind === "not-strings") {
    ctx.problems.push({ message: "when using JSON array syntax, arrays must be comprised of strings only", start: s, end });
    return { kind: "error" };
  }
  return { kind: "exec", words: result.items.map((i) => ctx.line.word(i.value ?? "", s + i.start, s + i.end)) };
}

/** BuildKit's `parseMaybeJSON` (RUN, CMD, ENTRYPOINT, SHELL, HEALTHCHECK CMD). */
function maybeJson(ctx: BuildContext, common: Common, rest: { start: number; end: number }): CommandLine {
  const range = rest.start < rest.end ? ctx.line.range(rest.start, rest.end) : null;
  if (rest.start >= rest.end) return { form: "shell", exec: [], shell: null, jsonFallback: false, range, shellOffset: -1 };
  const json = tryJson(ctx, rest.start, rest.end);
  if (json.kind === "exec") {
    common.args.push(...json.words);
    return { form: "exec", exec: json.words, shell: null, jsonFallback: false, range, shellOffset: -1 };
  }
  if (json.kind === "error") return { form: "exec", exec: [], shell: null, jsonFallback: false, range, shellOffset: -1 };
  const shell = ctx.line.word(ctx.line.text.slice(rest.start, rest.end), rest.start, rest.end);
  common.args.push(shell);
  return { form: "shell", exec: [], shell, jsonFallback: json.startsWithBracket, range, shellOffset: rest.start };
}

/** BuildKit's `parseMaybeJSONToList` (COPY, ADD, VOLUME). */
function maybeJsonList(
  ctx: BuildContext,
  common: Common,
  rest: { start: number; end: number },
): { form: "exec" | "shell"; jsonFallback: boolean } {
  const json = rest.start < rest.end ? tryJson(ctx, rest.start, rest.end) : ({ kind: "shell", startsWithBracket: false } as const);
  if (json.kind === "exec") {
    common.args.push(...json.words);
    return { form: "exec", jsonFallback: false };
  }
  if (json.kind === "error") return { form: "exec", jsonFallback: false };
  whitespaceList(ctx, common, rest);
  return { form: "shell", jsonFallback: json.startsWithBracket };
}

/** BuildKit's `parseNameVal` (ENV, LABEL). */
function nameValues(ctx: BuildContext, common: Common, rest: { start: number; end: number }, keyword: string): KeyValue[] {
  const line = ctx.line;
  const text = line.text;
  const slice = text.slice(rest.start, rest.end);
  const words = splitWordsKeepingQuotes(slice, ctx.escape.charCodeAt(0));
  if (words.length === 0) return [];
  const pairs: KeyValue[] = [];
  if (!words[0].value.includes("=")) {
    // Legacy `KEY value`: split once at whitespace; the value is the raw rest of the line.
    const parts = splitOnWhitespace(slice);
    if (parts.length < 2) {
      ctx.problems.push({ message: `${keyword} must have two arguments`, start: rest.start, end: rest.end });
      return [];
    }
    const key = rawWord(ctx, rest.start, parts[0]);
    const valueStart = rest.start + parts[1].start;
    const value = line.word(text.slice(valueStart, rest.end), valueStart, rest.end);
    common.args.push(key, value, line.word("", rest.end, rest.end));
    pairs.push({ key, value, legacy: true, range: line.range(rest.start, rest.end) });
    return pairs;
  }
  for (const w of words) {
    const s = rest.start + w.start;
    const e = rest.start + w.end;
    const eq = w.value.indexOf("=");
    if (eq === -1) {
      ctx.problems.push({ message: `Syntax error - can't find = in ${goQuote(w.value)}. Must be of the form: name=value`, start: s, end: e });
      continue;
    }
    const key = line.word(w.value.slice(0, eq), s, s + eq);
    const value = line.word(w.value.slice(eq + 1), s + eq + 1, e);
    common.args.push(key, value, line.word("=", s + eq, s + eq + 1));
    pairs.push({ key, value, legacy: false, range: line.range(s, e) });
  }
  return pairs;
}

function buildFrom(ctx: BuildContext, common: Common, rest: { start: number; end: number }): Instruction {
  const words = whitespaceList(ctx, common, rest);
  const image = words.length > 0 ? parseImageReference(words[0].value, words[0].range) : null;
  const hasAs = words.length >= 2 && words[1].value.toLowerCase() === "as";
  return Object.assign(common, {
    kind: "FROM" as const,
    image,
    asKeyword: hasAs ? words[1] : null,
    stageName: hasAs && words.length >= 3 ? words[2] : null,
    platform: common.flags.find((f) => f.name === "platform") ?? null,
  });
}

function buildHealthcheck(ctx: BuildContext, common: Common, rest: { start: number; end: number }): Instruction {
  const text = ctx.line.text;
  let sep = rest.start;
  while (sep < rest.end && !isGoSpace(text.charCodeAt(sep))) sep++;
  if (sep === rest.start) return Object.assign(common, { kind: "HEALTHCHECK" as const, mode: null, command: null });
  const mode = ctx.line.word(text.slice(rest.start, sep), rest.start, sep);
  common.args.push(mode);
  const next = skipGoSpace(text, sep, rest.end);
  const command = maybeJson(ctx, common, { start: next, end: rest.end });
  return Object.assign(common, { kind: "HEALTHCHECK" as const, mode, command });
}

/** Splits `[registry/]path[:tag][@digest]`. */
export function parseImageReference(raw: string, range: Range): ImageReference {
  let rest = raw;
  let digest: string | null = null;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.indexOf(":", lastSlash + 1);
  if (colon !== -1) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | null = null;
  const firstSlash = rest.indexOf("/");
  if (firstSlash !== -1) {
    const first = rest.slice(0, firstSlash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first;
      rest = rest.slice(firstSlash + 1);
    }
  }
  return { raw, registry, path: rest, tag, digest, hasVariables: raw.includes("$"), range };
}
