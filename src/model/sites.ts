/**
 * Which words of an instruction BuildKit expands, and how offsets inside those words map back to the
 * source. Mirrors the `Expand`/`ExpandRaw` methods of BuildKit's instruction types plus the special
 * cases in its dispatcher (ARG values, EXPOSE word splitting, RUN --mount fields, FROM).
 * @module
 */
import type { LineIndex } from "../ast/text.js";
import type { Flag, Heredoc, Instruction, LogicalText, Range, Word } from "../ast/types.js";
import type { SiteRole } from "./types.js";

/** Maps `[start, end)` offsets of a site's text to a source range. */
export type RangeMapper = (start: number, end: number) => Range;

/** How BuildKit expands a site. */
export type SiteMode =
  /** `ProcessWord` with the file's escape character. */
  | "word"
  /** `ProcessWords` (EXPOSE): the result is split into words. */
  | "words"
  /** Heredoc bodies: `\` escape, quotes not processed. */
  | "raw";

/** One expandable piece of an instruction. */
export interface Site {
  role: SiteRole;
  detail?: string;
  text: string;
  range: Range;
  map: RangeMapper;
  mode: SiteMode;
  /** Index of the ARG/ENV/LABEL pair the site belongs to. */
  pair?: number;
}

/** First logical offset whose source offset is at or after `sourceOffset`. */
export function logicalOffsetAt(logical: LogicalText, sourceOffset: number): number {
  let lo = 0;
  let hi = logical.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (logical.sourceStart(mid) < sourceOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A mapper for `text` that was taken from the instruction's logical line somewhere inside `range`.
 * Falls back to the source text, then to the whole range when the text is not found verbatim (JSON
 * escapes, quotes removed by flag parsing).
 */
export function mapperFor(instruction: Instruction, source: string, lines: LineIndex, text: string, range: Range): RangeMapper {
  const logical = instruction.logical;
  const ls = logicalOffsetAt(logical, range.start.offset);
  const le = Math.max(ls, logicalOffsetAt(logical, range.end.offset));
  const idx = logical.text.slice(ls, le).indexOf(text);
  if (idx !== -1) {
    const base = ls + idx;
    return (s, e) => logical.range(base + s, base + e);
  }
  const sidx = source.slice(range.start.offset, range.end.offset).indexOf(text);
  if (sidx !== -1) {
    const base = range.start.offset + sidx;
    return (s, e) => lines.range(base + s, base + e);
  }
  // Quotes or escapes were removed (flag values, JSON strings): align the text with the logical
  // span character by character, skipping what was removed.
  const span = logical.text.slice(ls, le);
  const at: number[] = [];
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    while (j < span.length && span[j] !== text[i]) j++;
    if (j >= span.length) return () => range;
    at.push(ls + j++);
  }
  return (s, e) => {
    if (text.length === 0) return range;
    const start = s < at.length ? at[s] : at[at.length - 1] + 1;
    const end = e > s ? at[Math.min(e, at.length) - 1] + 1 : start;
    return logical.range(start, end);
  };
}

const HEREDOC_WORD = /^(\d*)<<(-?)\s*([^<]*)$/;

/** BuildKit's `MustParseHeredoc` test on a COPY/ADD source word (approximated: one word after `<<`). */
function isHeredocWord(value: string): boolean {
  const m = HEREDOC_WORD.exec(value);
  return m !== null && m[3].length > 0 && !/\s/.test(m[3]);
}

/** Splits a `--mount` value into CSV fields with their offsets (Go's `csvvalue.Fields`, comma separated). */
export function csvFields(value: string): { text: string; start: number; exact: boolean }[] {
  const fields: { text: string; start: number; exact: boolean }[] = [];
  let i = 0;
  for (;;) {
    if (value.charCodeAt(i) === 0x22 /* " */) {
      let text = "";
      let j = i + 1;
      let exact = true;
      for (;;) {
        if (j >= value.length) break;
        const c = value[j];
        if (c === '"') {
          if (value[j + 1] === '"') {
            text += '"';
            exact = false;
            j += 2;
            continue;
          }
          j++;
          break;
        }
        text += c;
        j++;
      }
      fields.push({ text, start: i + 1, exact });
      const comma = value.indexOf(",", j);
      if (comma === -1) break;
      i = comma + 1;
      continue;
    }
    const comma = value.indexOf(",", i);
    const end = comma === -1 ? value.length : comma;
    fields.push({ text: value.slice(i, end), start: i, exact: true });
    if (comma === -1) break;
    i = comma + 1;
  }
  return fields;
}

function wordSite(ctx: SiteContext, role: SiteRole, word: Word, extra: Partial<Site> = {}): Site {
  return {
    role,
    text: word.value,
    range: word.range,
    map: mapperFor(ctx.instruction, ctx.source, ctx.lines, word.value, word.range),
    mode: "word",
    ...extra,
  };
}

function flagSites(ctx: SiteContext, flags: Flag[], names: readonly string[]): Site[] {
  const out: Site[] = [];
  for (const flag of flags) {
    if (!names.includes(flag.name) || flag.value === null || flag.valueRange === null) continue;
    out.push({
      role: "flag",
      detail: flag.name,
      text: flag.value,
      range: flag.valueRange,
      map: mapperFor(ctx.instruction, ctx.source, ctx.lines, flag.value, flag.valueRange),
      mode: "word",
    });
  }
  return out;
}

function mountSites(ctx: SiteContext, flags: Flag[]): Site[] {
  const out: Site[] = [];
  for (const flag of flags) {
    if (flag.name !== "mount" || flag.value === null || flag.valueRange === null) continue;
    const whole = mapperFor(ctx.instruction, ctx.source, ctx.lines, flag.value, flag.valueRange);
    for (const field of csvFields(flag.value)) {
      const eq = field.text.indexOf("=");
      if (eq === -1) continue;
      const text = field.text.slice(eq + 1);
      const base = field.start + eq + 1;
      const map: RangeMapper = field.exact ? (s, e) => whole(base + s, base + e) : () => flag.valueRange as Range;
      out.push({ role: "mount", detail: field.text.slice(0, eq).toLowerCase(), text, range: map(0, text.length), map, mode: "word" });
    }
  }
  return out;
}

function heredocSite(ctx: SiteContext, heredoc: Heredoc): Site {
  const base = heredoc.bodyRange.start.offset;
  return {
    role: "heredoc",
    detail: heredoc.name,
    text: heredoc.content,
    range: heredoc.bodyRange,
    map: (s, e) => ctx.lines.range(base + s, base + e),
    mode: "raw",
  };
}

interface SiteContext {
  instruction: Instruction;
  source: string;
  lines: LineIndex;
}

/**
 * The words of `instruction` BuildKit expands, in the order it expands them. ARG sites are the
 * values of pairs with a default (`pair` set); the caller decides whether a build arg replaces them.
 * RUN, CMD, ENTRYPOINT, SHELL, HEALTHCHECK, MAINTAINER and ONBUILD have no sites (ONBUILD triggers
 * are expanded later, in the stages that build on this one).
 */
export function expansionSites(instruction: Instruction, source: string, lines: LineIndex): Site[] {
  const ctx: SiteContext = { instruction, source, lines };
  if (instruction.onbuild) return [];
  switch (instruction.kind) {
    case "FROM": {
      const out: Site[] = [];
      const image = instruction.args[0];
      if (instruction.image && image) out.push(wordSite(ctx, "from-image", image));
      const platform = instruction.platform;
      if (platform && platform.value !== null && platform.valueRange !== null && platform.value !== "") {
        out.push({
          role: "from-platform",
          text: platform.value,
          range: platform.valueRange,
          map: mapperFor(instruction, source, lines, platform.value, platform.valueRange),
          mode: "word",
        });
      }
      return out;
    }
    case "ARG":
      return instruction.pairs.flatMap((p, i) => (p.value ? [wordSite(ctx, "arg-value", p.value, { pair: i })] : []));
    case "ENV":
    case "LABEL": {
      const keyRole: SiteRole = instruction.kind === "ENV" ? "env-key" : "label-key";
      const valueRole: SiteRole = instruction.kind === "ENV" ? "env-value" : "label-value";
      return instruction.pairs.flatMap((p, i) => [
        wordSite(ctx, keyRole, p.key, { pair: i }),
        ...(p.value ? [wordSite(ctx, valueRole, p.value, { pair: i })] : []),
      ]);
    }
    case "COPY":
    case "ADD": {
      const out = flagSites(ctx, instruction.flags, instruction.kind === "ADD" ? ["chown", "chmod", "checksum"] : ["chown", "chmod"]);
      const heredocSources: string[] = [];
      for (const src of instruction.sources) {
        if (instruction.heredocs.length > 0 && isHeredocWord(src.value)) heredocSources.push(src.value);
        else out.push(wordSite(ctx, "source", src));
      }
      if (instruction.destination) out.push(wordSite(ctx, "destination", instruction.destination));
      if (heredocSources.length > 0) {
        for (const h of instruction.heredocs) if (h.expand) out.push(heredocSite(ctx, h));
      }
      return out;
    }
    case "RUN":
      return mountSites(ctx, instruction.flags);
    case "WORKDIR":
    case "USER":
    case "STOPSIGNAL": {
      if (!instruction.value) return [];
      const role: SiteRole = instruction.kind === "WORKDIR" ? "workdir" : instruction.kind === "USER" ? "user" : "stopsignal";
      return [wordSite(ctx, role, instruction.value)];
    }
    case "VOLUME":
      return instruction.paths.map((p) => wordSite(ctx, "volume", p));
    case "EXPOSE":
      return instruction.ports.map((p) => ({ ...wordSite(ctx, "expose", p.raw), mode: "words" as const }));
    default:
      return [];
  }
}
