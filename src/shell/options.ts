/**
 * A small declarative command-line option parser over shell {@link Word}s.
 *
 * Specs are plain data ({@link OptionSpec}); the parser handles `-abc`
 * bundles, `-oVALUE`, `-o VALUE`, `--long=value`, `--long value`, `--`,
 * GNU-style permutation (options after operands) and subcommands (possibly
 * nested, each adding its own options).
 *
 * @module
 */
import type { Word } from "./types.js";
import { startsStatic, subWord, wordShape } from "./words.js";

/** Declarative description of a command's options. */
export interface OptionSpec {
  /** Short option letters that take a value (`-o VALUE` or `-oVALUE`). */
  readonly shortWithValue?: string;
  /** Long option names (without `--`) that take a value (`--name VALUE` or `--name=VALUE`). */
  readonly longWithValue?: readonly string[];
  /** Maps option names (as written, without dashes) to canonical names, e.g. `{ y: "yes", "assume-yes": "yes" }`. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Go style: `-name` is one long option (no bundling); `-name=value` is accepted. */
  readonly singleDashLong?: boolean;
  /** Exact words that are single options despite their look (wget `-nv` → `no-verbose`). */
  readonly specialWords?: Readonly<Record<string, string>>;
  /** Words matching this are operands even if they start with `-` (chmod `-x`). Tested on the word shape. */
  readonly operandPattern?: RegExp;
  /** POSIX mode: the first operand ends option parsing (no permutation). */
  readonly stopAtFirstOperand?: boolean;
  /**
   * Valid subcommands, each with the options it adds. When present, the first
   * operand is taken as the subcommand (known or not).
   */
  readonly subcommands?: Readonly<Record<string, OptionSpec>>;
  /** Subcommand aliases (`in` → `install`). */
  readonly subcommandAliases?: Readonly<Record<string, string>>;
}

/** One parsed option. */
export interface ParsedOption {
  /** Name as written, without leading dashes (`y`, `no-install-recommends`, `o`). */
  readonly name: string;
  /** Canonical name (after {@link OptionSpec.aliases}); equals `name` when there is no alias. */
  readonly canonical: string;
  /** True for `--long` (or single-dash long) options. */
  readonly long: boolean;
  /** Option value (attached `-oX` / `--o=X`, or the next word). */
  readonly value: Word | undefined;
  /** The word holding the option. */
  readonly word: Word;
}

/** Result of {@link parseOptions}. */
export interface ParsedOptions {
  /** First subcommand word (`install` in `apt-get -y install foo`). */
  readonly subcommand: Word | undefined;
  /** Canonical (alias-resolved) name of the first subcommand, or its shape when dynamic. */
  readonly subcommandName: string | undefined;
  /** Whether the first subcommand is in the spec's list. */
  readonly subcommandKnown: boolean;
  /** Canonical names of all (nested) subcommands, e.g. `["global", "add"]` for `yarn global add`. */
  readonly subcommandPath: readonly string[];
  readonly options: readonly ParsedOption[];
  readonly operands: readonly Word[];
  /** Index in `args` where `--` was seen, or -1. */
  readonly doubleDashIndex: number;
}

interface Compiled {
  readonly spec: OptionSpec;
  readonly shortValue: ReadonlySet<string>;
  readonly longValue: ReadonlySet<string>;
  readonly aliases: Readonly<Record<string, string>>;
  readonly special: Readonly<Record<string, string>>;
}

const compiledCache = new WeakMap<OptionSpec, Compiled>();
const mergedCache = new WeakMap<Compiled, Map<string, Compiled>>();

function compile(spec: OptionSpec): Compiled {
  let c = compiledCache.get(spec);
  if (c === undefined) {
    c = {
      spec,
      shortValue: new Set(spec.shortWithValue ?? ""),
      longValue: new Set(spec.longWithValue ?? []),
      aliases: spec.aliases ?? {},
      special: spec.specialWords ?? {},
    };
    compiledCache.set(spec, c);
  }
  return c;
}

/** Merges a parent spec with a subcommand spec (subcommand settings win). */
function merge(parent: Compiled, subName: string, sub: OptionSpec | undefined): Compiled {
  let m = mergedCache.get(parent);
  if (m === undefined) {
    m = new Map();
    mergedCache.set(parent, m);
  }
  const hit = m.get(subName);
  if (hit !== undefined) return hit;
  const s = sub ?? {};
  const spec: OptionSpec = {
    shortWithValue: (parent.spec.shortWithValue ?? "") + (s.shortWithValue ?? ""),
    longWithValue: [...(parent.spec.longWithValue ?? []), ...(s.longWithValue ?? [])],
    aliases: { ...parent.aliases, ...(s.aliases ?? {}) },
    singleDashLong: s.singleDashLong ?? parent.spec.singleDashLong,
    specialWords: { ...parent.special, ...(s.specialWords ?? {}) },
    operandPattern: s.operandPattern ?? parent.spec.operandPattern,
    stopAtFirstOperand: s.stopAtFirstOperand ?? parent.spec.stopAtFirstOperand,
    subcommands: s.subcommands,
    subcommandAliases: s.subcommandAliases,
  };
  const c = compile(spec);
  m.set(subName, c);
  return c;
}

function isOptionWord(word: Word, shape: string, c: Compiled): boolean {
  if (shape.length < 2 || shape[0] !== "-" || !startsStatic(word)) return false;
  if (c.spec.operandPattern !== undefined && c.spec.operandPattern.test(shape)) return false;
  return true;
}

/**
 * Parses `args` (the words after the command name) according to `spec`.
 * Never throws. Dynamic words (`$OPTS`) are operands unless they start with
 * a static `-`.
 */
export function parseOptions(args: readonly Word[], spec: OptionSpec): ParsedOptions {
  let c = compile(spec);
  const options: ParsedOption[] = [];
  const operands: Word[] = [];
  const path: string[] = [];
  let subcommand: Word | undefined;
  let subcommandName: string | undefined;
  let subcommandKnown = false;
  let endOfOptions = false;
  let doubleDashIndex = -1;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const shape = wordShape(w);
    if (shape === "--" && !endOfOptions && w.value !== undefined) {
      endOfOptions = true;
      doubleDashIndex = i;
      continue;
    }
    if (endOfOptions || !isOptionWord(w, shape, c)) {
      const subs = c.spec.subcommands;
      if (subs !== undefined && operands.length === 0) {
        const name = c.spec.subcommandAliases?.[shape] ?? shape;
        const known = w.value !== undefined && Object.prototype.hasOwnProperty.call(subs, name);
        if (subcommand === undefined) {
          subcommand = w;
          subcommandName = name;
          subcommandKnown = known;
        } else if (!known) {
          // nested subcommand lists only accept known names
          operands.push(w);
          if (c.spec.stopAtFirstOperand) endOfOptions = true;
          continue;
        }
        path.push(name);
        c = merge(c, name, known ? subs[name] : undefined);
        continue;
      }
      operands.push(w);
      if (c.spec.stopAtFirstOperand) endOfOptions = true;
      continue;
    }
    const special = c.special[shape];
    if (special !== undefined) {
      options.push({ name: shape.slice(1), canonical: special, long: false, value: undefined, word: w });
      continue;
    }
    const dashes = shape.startsWith("--") ? 2 : 1;
    if (dashes === 2 || c.spec.singleDashLong === true) {
      const body = shape.slice(dashes);
      const eq = body.indexOf("=");
      const name = eq >= 0 ? body.slice(0, eq) : body;
      let value: Word | undefined;
      if (eq >= 0) {
        value = subWord(w, dashes + eq + 1) ?? emptyWordAt(w.end);
      } else if (c.longValue.has(name) && i + 1 < args.length) {
        value = args[++i];
      }
      options.push({ name, canonical: c.aliases[name] ?? name, long: true, value, word: w });
      continue;
    }
    for (let j = 1; j < shape.length; j++) {
      const ch = shape[j];
      if (c.shortValue.has(ch)) {
        let value: Word | undefined;
        if (j + 1 < shape.length) value = subWord(w, j + 1);
        else if (i + 1 < args.length) value = args[++i];
        options.push({ name: ch, canonical: c.aliases[ch] ?? ch, long: false, value, word: w });
        break;
      }
      options.push({ name: ch, canonical: c.aliases[ch] ?? ch, long: false, value: undefined, word: w });
    }
  }
  return { subcommand, subcommandName, subcommandKnown, subcommandPath: path, options, operands, doubleDashIndex };
}

function emptyWordAt(offset: number): Word {
  return { text: "", value: "", parts: [], start: offset, end: offset, dynamic: false };
}

/** Does the parse contain an option with this (as-written or canonical) name? */
export function hasOption(parsed: ParsedOptions, ...names: string[]): boolean {
  return parsed.options.some((o) => names.includes(o.name) || names.includes(o.canonical));
}

/** The last option with this (as-written or canonical) name. */
export function getOption(parsed: ParsedOptions, ...names: string[]): ParsedOption | undefined {
  for (let i = parsed.options.length - 1; i >= 0; i--) {
    const o = parsed.options[i];
    if (names.includes(o.name) || names.includes(o.canonical)) return o;
  }
  return undefined;
}
