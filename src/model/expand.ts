/**
 * BuildKit's shell-word expansion (`shell.Lex` in `frontend/dockerfile/shell/lex.go`), reproduced
 * character for character: `$VAR`, `${VAR}`, the `-`, `+`, `?` modifiers with and without `:`,
 * `#`/`##`, `%`/`%%`, `/`/`//`, single and double quotes, and the file's escape character.
 *
 * On top of BuildKit's result it reports every variable reference with its offsets in the input, and
 * it can work with partly known environments: a variable may be set, unset, or set to a value that
 * is not known statically ({@link UNKNOWN_VALUE}). The result's `value` is `undefined` when it
 * depends on something unknown.
 * @module
 */
import { isGoSpace } from "../ast/text.js";
import { PatternError, replacePattern, shellPatternToRegExp, trimPrefix, trimSuffix } from "./pattern.js";

/** Returned by an {@link EnvLookup} for a variable that is set but whose value is not known statically. */
export const UNKNOWN_VALUE: unique symbol = Symbol.for("shipshape.model.unknown-value");

/** What an environment says about one name: its value, `undefined` (unset) or {@link UNKNOWN_VALUE}. */
export type EnvValue = string | undefined | typeof UNKNOWN_VALUE;

/** Looks a variable up. Plain `(name) => string | undefined` functions are valid lookups. */
export type EnvLookup = (name: string) => EnvValue;

/** The operator of a `${VAR<op>word}` expansion. */
export type ExpansionModifier = ":-" | "-" | ":+" | "+" | ":?" | "?" | "#" | "##" | "%" | "%%" | "/" | "//";

/** What the environment said about a referenced variable. */
export type ReferenceStatus = "set" | "unset" | "unknown";

/** One `$NAME` or `${NAME...}` found while expanding. Offsets are UTF-16 indices into the input. */
export interface VariableReference {
  name: string;
  /** Offset of the `$`. */
  start: number;
  /** Offset just after the name (`$NAME`) or the closing `}`. */
  end: number;
  /** Offsets of the name itself. */
  nameStart: number;
  nameEnd: number;
  /** Written as `${...}`. */
  braced: boolean;
  /** The operator, for `${NAME<op>word}`; absent for `$NAME`, `${NAME}` and unsupported operators. */
  modifier?: ExpansionModifier;
  status: ReferenceStatus;
  /** Sits inside another expansion's word, e.g. `$B` in `${A:-$B}`. */
  nested: boolean;
}

/** Options of {@link expandWord}. */
export interface ExpandOptions {
  /** The file's escape character (`# escape=` directive); `\` by default. */
  escape?: string;
  /**
   * Expand unset variables to the empty string, as BuildKit does at build time, instead of making
   * the result unresolvable. Default `false`.
   */
  unsetAsEmpty?: boolean;
  /** Treat quotes as ordinary characters (BuildKit's heredoc expansion). */
  skipProcessQuotes?: boolean;
  /** Keep quote characters in the result. */
  rawQuotes?: boolean;
  /** Keep escape characters in the result. */
  rawEscapes?: boolean;
}

/** What {@link expandWord} returns. */
export interface ExpandResult {
  /**
   * The expanded text, or `undefined` when it cannot be known statically: a referenced variable is
   * unset (unless a modifier supplies the value, or `unsetAsEmpty` is on) or has an unknown value,
   * or BuildKit would fail (see `errors`).
   */
  value: string | undefined;
  /**
   * The result split into words as BuildKit's `ProcessWords` does (used for EXPOSE), `undefined`
   * when `value` is.
   */
  words: string[] | undefined;
  /** Every variable reference, in source order (nested ones included). */
  references: VariableReference[];
  /** Names looked up but unset (BuildKit's "unmatched" set), in order of first appearance. */
  unresolved: string[];
  /** Names that are set to values not known statically, in order of first appearance. */
  unknown: string[];
  /** BuildKit's error for this word (bad substitution, `${VAR?msg}` on an unset variable, ...). */
  errors: string[];
}

class ExpandError extends Error {}

const EOF = -1;
const DOLLAR = 0x24;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const COLON = 0x3a;
const SQUOTE = 0x27;
const DQUOTE = 0x22;
const LT = 0x3c;
const SLASH = 0x2f;

type Value = string | null;

/** BuildKit's special shell parameters (`$@`, `$*`, `$#`, `$?`, `$-`, `$$`, `$!`, `$0`). */
function isSpecialParam(cp: number): boolean {
  return cp === 0x40 || cp === 0x2a || cp === 0x23 || cp === 0x3f || cp === 0x2d || cp === 0x24 || cp === 0x21 || cp === 0x30;
}

const DIGIT = /^\p{Nd}$/u;
const LETTER = /^\p{L}$/u;

function isDigit(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return DIGIT.test(String.fromCodePoint(cp));
}

function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return LETTER.test(String.fromCodePoint(cp));
}

/** Go's `string(rune)` for a scanner result (EOF becomes U+FFFD). */
function runeString(cp: number): string {
  return cp < 0 ? "\uFFFD" : String.fromCodePoint(cp);
}

/** The word list of one `processStopOn` call; the buffer itself is shared, as in BuildKit. */
interface WordList {
  words: string[];
  inWord: boolean;
}

class Lexer {
  private pos = 0;
  private rawEscapes: boolean;
  private readonly escape: number;
  private depth = 0;
  /** BuildKit's shared `wordsBuffer`: every nested scan resets it. */
  private wordBuffer = "";
  private wordsKnown = true;
  readonly references: VariableReference[] = [];

  constructor(
    private readonly text: string,
    private readonly env: EnvLookup,
    private readonly options: ExpandOptions,
  ) {
    this.escape = (options.escape ?? "\\").codePointAt(0) ?? 0x5c;
    this.rawEscapes = options.rawEscapes ?? false;
  }

  run(): { value: Value; words: string[] | undefined } {
    const { value, words } = this.processStopOn(EOF, this.rawEscapes);
    return { value, words: this.wordsKnown && value !== null ? words : undefined };
  }

  private peek(): number {
    return this.pos < this.text.length ? (this.text.codePointAt(this.pos) as number) : EOF;
  }

  private next(): number {
    if (this.pos >= this.text.length) return EOF;
    const cp = this.text.codePointAt(this.pos) as number;
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private addChar(w: WordList, cp: number): void {
    if (isGoSpace(cp)) {
      if (w.inWord && this.wordBuffer.length !== 0) {
        w.words.push(this.wordBuffer);
        this.wordBuffer = "";
        w.inWord = false;
      }
    } else {
      this.addRawString(w, String.fromCodePoint(cp));
    }
  }

  private addRawString(w: WordList, s: string): void {
    this.wordBuffer += s;
    w.inWord = true;
  }

  private addString(w: WordList, s: string): void {
    for (const ch of s) this.addChar(w, ch.codePointAt(0) as number);
  }

  private getWords(w: WordList): string[] {
    if (this.wordBuffer.length > 0) {
      w.words.push(this.wordBuffer);
      this.wordBuffer = "";
      w.inWord = false;
    }
    return w.words;
  }

  /** Reads until `stop` (EOF for the whole input); `null` in the result means "not known". */
  private processStopOn(stop: number, rawEscapes: boolean): { value: Value; words: string[] } {
    let result: Value = "";
    this.wordBuffer = "";
    const w: WordList = { words: [], inWord: false };
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    const append = (s: Value): void => {
      result = result === null || s === null ? null : result + s;
    };
    try {
      while (this.peek() !== EOF) {
        let ch = this.peek();
        if (stop !== EOF && ch === stop) {
          this.next();
          return { value: result, words: this.getWords(w) };
        }
        if (ch === DOLLAR) {
          const tmp = this.processDollar();
          append(tmp);
          if (tmp === null) this.wordsKnown = false;
          else this.addString(w, tmp);
          continue;
        }
        if (ch === LT || (!this.options.skipProcessQuotes && (ch === SQUOTE || ch === DQUOTE))) {
          const tmp = ch === LT ? this.processPossibleHeredoc() : ch === SQUOTE ? this.processSingleQuote() : this.processDoubleQuote();
          append(tmp);
          if (tmp === null) this.wordsKnown = false;
          else this.addRawString(w, tmp);
          continue;
        }
        ch = this.next();
        if (ch === this.escape) {
          if (this.rawEscapes) {
            this.addRawString(w, runeString(ch));
            append(runeString(ch));
          }
          ch = this.next();
          if (ch === EOF) break;
          this.addRawString(w, runeString(ch));
        } else {
          this.addChar(w, ch);
        }
        append(runeString(ch));
      }
      if (stop !== EOF) {
        throw new ExpandError(`unexpected end of statement while looking for matching ${runeString(stop)}`);
      }
      return { value: result, words: this.getWords(w) };
    } finally {
      this.rawEscapes = saved;
    }
  }

  private processSingleQuote(): string {
    let result = "";
    const open = this.next();
    if (this.options.rawQuotes) result += runeString(open);
    for (;;) {
      const ch = this.next();
      if (ch === EOF) throw new ExpandError("unexpected end of statement while looking for matching single-quote");
      if (ch === SQUOTE) {
        if (this.options.rawQuotes) result += runeString(ch);
        return result;
      }
      result += runeString(ch);
    }
  }

  private processDoubleQuote(): Value {
    let result: Value = "";
    const append = (s: Value): void => {
      result = result === null || s === null ? null : result + s;
    };
    const open = this.next();
    if (this.options.rawQuotes) append(runeString(open));
    for (;;) {
      const p = this.peek();
      if (p === EOF) throw new ExpandError("unexpected end of statement while looking for matching double-quote");
      if (p === DQUOTE) {
        const ch = this.next();
        if (this.options.rawQuotes) append(runeString(ch));
        return result;
      }
      if (p === DOLLAR) {
        append(this.processDollar());
        continue;
      }
      let ch = this.next();
      if (ch === this.escape) {
        if (this.rawEscapes) append(runeString(ch));
        const q = this.peek();
        if (q === EOF) continue;
        if (q === DQUOTE || q === DOLLAR || q === this.escape) ch = this.next();
      }
      append(runeString(ch));
    }
  }

  private processPossibleHeredoc(): string {
    this.next();
    if (this.peek() !== LT) return "<";
    this.next();
    let space = "";
    for (let p = this.peek(); p === 0x09 || p === 0x0d || p === 0x20; p = this.peek()) {
      space += runeString(p);
      this.next();
    }
    return "<<" + space;
  }

  private processName(): string {
    let name = "";
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (name.length === 0 && isDigit(ch)) {
        while (this.peek() !== EOF && isDigit(this.peek())) name += runeString(this.next());
        return name;
      }
      if (name.length === 0 && isSpecialParam(ch)) {
        this.next();
        return runeString(ch);
      }
      if (!isLetter(ch) && !isDigit(ch) && ch !== 0x5f) break;
      name += runeString(this.next());
    }
    return name;
  }

  /** Looks `name` up and records the reference. */
  private lookup(
    name: string,
    start: number,
    nameStart: number,
    braced: boolean,
    modifier: ExpansionModifier | undefined,
  ): { status: ReferenceStatus; value: string } {
    const v = this.env(name);
    const status: ReferenceStatus = v === undefined ? "unset" : v === UNKNOWN_VALUE ? "unknown" : "set";
    const ref: VariableReference = {
      name,
      start,
      end: -1,
      nameStart,
      nameEnd: nameStart + name.length,
      braced,
      status,
      nested: this.depth > 0,
    };
    if (modifier !== undefined) ref.modifier = modifier;
    this.references.push(ref);
    return { status, value: typeof v === "string" ? v : "" };
  }

  private finishReference(end: number): void {
    const ref = this.references[this.references.length - 1];
    if (ref && ref.end === -1) ref.end = end;
  }

  /** The value of a plain reference: unset is unresolvable unless `unsetAsEmpty`. */
  private plain(status: ReferenceStatus, value: string): Value {
    if (status === "set") return value;
    if (status === "unset" && this.options.unsetAsEmpty) return "";
    return null;
  }

  private processNested(stop: number, rawEscapes: boolean, missing: string): Value {
    this.depth++;
    try {
      return this.processStopOn(stop, rawEscapes).value;
    } catch (error) {
      if (error instanceof ExpandError && this.peek() === EOF) throw new ExpandError(missing);
      throw error;
    } finally {
      this.depth--;
    }
  }

  private processDollar(): Value {
    const start = this.pos;
    this.next();
    if (this.peek() !== LBRACE) {
      const nameStart = this.pos;
      const name = this.processName();
      if (name === "") return "$";
      const { status, value } = this.lookup(name, start, nameStart, false, undefined);
      this.finishReference(this.pos);
      return this.plain(status, value);
    }
    this.next();
    const p = this.peek();
    if (p === EOF) throw new ExpandError("syntax error: missing '}'");
    if (p === LBRACE || p === RBRACE || p === COLON) throw new ExpandError("syntax error: bad substitution");
    const nameStart = this.pos;
    const name = this.processName();
    let ch = this.next();
    let chs = runeString(ch);
    let nullIsUnset = false;

    if (ch === RBRACE) {
      const { status, value } = this.lookup(name, start, nameStart, true, undefined);
      this.finishReference(this.pos);
      return this.plain(status, value);
    }
    if (ch === COLON || ch === 0x2b || ch === 0x2d || ch === 0x3f || ch === 0x23 || ch === 0x25) {
      if (ch === COLON) {
        nullIsUnset = true;
        ch = this.next();
        chs += runeString(ch);
      }
      const trims = ch === 0x23 || ch === 0x25;
      if (nullIsUnset && trims) throw new ExpandError(`unsupported modifier (${chs}) in substitution`);
      let word = this.processNested(RBRACE, trims, "syntax error: missing '}'");
      const end = this.pos;
      let modifier: ExpansionModifier | undefined;
      let greedy = false;
      if (ch === 0x2d || ch === 0x2b || ch === 0x3f) modifier = ((nullIsUnset ? ":" : "") + runeString(ch)) as ExpansionModifier;
      else if (trims) {
        const op = runeString(ch);
        if (word !== null && word.startsWith(op)) {
          greedy = true;
          word = word.slice(op.length);
        }
        modifier = (greedy ? op + op : op) as ExpansionModifier;
      }
      const { status, value } = this.lookup(name, start, nameStart, true, modifier);
      this.finishReference(end);
      const isEmpty = status === "set" && value === "";
      switch (ch) {
        case 0x2d /* - */:
          if (status === "unset" || (nullIsUnset && isEmpty)) return word;
          return status === "set" ? value : null;
        case 0x2b /* + */:
          if (status === "unset" || (nullIsUnset && isEmpty)) return "";
          return status === "set" ? word : null;
        case 0x3f /* ? */: {
          if (status === "unset") {
            throw new ExpandError(`${name}: ${word ? word : "is not allowed to be unset"}`);
          }
          if (nullIsUnset && isEmpty) {
            throw new ExpandError(`${name}: ${word ? word : "is not allowed to be empty"}`);
          }
          return status === "set" ? value : null;
        }
        case 0x23 /* # */:
        case 0x25 /* % */: {
          if (word === null) return null;
          let regexpChecked: string;
          try {
            regexpChecked = ch === 0x25 ? trimSuffix(word, value, greedy) : trimPrefix(word, value, greedy);
          } catch (error) {
            if (error instanceof PatternError) throw new ExpandError(`invalid pattern (${word}) in substitution: ${error.message}`);
            throw error;
          }
          if (status === "unknown" || (status === "unset" && !this.options.unsetAsEmpty)) return null;
          return regexpChecked;
        }
        default:
          throw new ExpandError(`unsupported modifier (${chs}) in substitution`);
      }
    }
    if (ch === SLASH) {
      const all = this.peek() === SLASH;
      if (all) this.next();
      const pattern = this.processNested(SLASH, true, "syntax error: missing '/' in ${}");
      const replacement = this.processNested(RBRACE, true, "syntax error: missing '}'");
      const end = this.pos;
      const { status, value } = this.lookup(name, start, nameStart, true, all ? "//" : "/");
      this.finishReference(end);
      if (pattern === null) return null;
      try {
        shellPatternToRegExp(pattern, true, false);
      } catch (error) {
        if (error instanceof PatternError) throw new ExpandError(`invalid pattern (${pattern}) in substitution: ${error.message}`);
        throw error;
      }
      if (replacement === null || status === "unknown" || (status === "unset" && !this.options.unsetAsEmpty)) return null;
      return replacePattern(value, pattern, replacement, all);
    }
    throw new ExpandError(`unsupported modifier (${chs}) in substitution`);
  }
}

function uniqueNames(refs: VariableReference[], status: ReferenceStatus): string[] {
  const seen = new Set<string>();
  for (const r of refs) if (r.status === status) seen.add(r.name);
  return [...seen];
}

/**
 * Expands variables in `text` the way BuildKit's `shell.Lex.ProcessWord` does for the instructions
 * it expands (FROM, ENV, LABEL, COPY, ADD, WORKDIR, USER, VOLUME, EXPOSE, STOPSIGNAL, ARG defaults,
 * and the flags that allow it). Never throws: BuildKit's errors are returned in `errors`.
 *
 * @param text The raw word, quotes and escapes included.
 * @param env Looks names up; return `undefined` for unset and {@link UNKNOWN_VALUE} for "set, value unknown".
 */
export function expandWord(text: string, env: EnvLookup, options: ExpandOptions = {}): ExpandResult {
  const lexer = new Lexer(text, env, options);
  let value: string | undefined;
  let words: string[] | undefined;
  const errors: string[] = [];
  try {
    const result = lexer.run();
    value = result.value ?? undefined;
    words = result.words;
  } catch (error) {
    if (!(error instanceof ExpandError)) throw error;
    errors.push(error.message);
    value = undefined;
    words = undefined;
  }
  const references = lexer.references.filter((r) => r.end !== -1).sort((a, b) => a.start - b.start);
  return {
    value,
    words,
    references,
    unresolved: uniqueNames(references, "unset"),
    unknown: uniqueNames(references, "unknown"),
    errors,
  };
}
