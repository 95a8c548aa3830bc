/**
 * BuildKit's word splitters, each reproduced for its own instructions. Offsets are indices into the
 * string passed in; callers map them back to the source.
 */
import { isGoSpace, isSplitSpace } from "./text.js";

/** A word found in a string: value plus `[start, end)` offsets. */
export interface RawWord {
  value: string;
  start: number;
  end: number;
}

/**
 * BuildKit's `parseWords` (ARG, and the key=value form of ENV and LABEL): split at whitespace outside
 * quotes, keeping quotes and escapes in the value; only a lone escape at the very end is dropped.
 */
export function splitWordsKeepingQuotes(text: string, escape: number): RawWord[] {
  const words: RawWord[] = [];
  const len = text.length;
  let pos = 0;
  while (pos < len) {
    while (pos < len && isGoSpace(text.charCodeAt(pos))) pos++;
    if (pos >= len) break;
    const start = pos;
    let quote = 0;
    let dropLast = false;
    while (pos < len) {
      const code = text.charCodeAt(pos);
      if (quote === 0) {
        if (isGoSpace(code)) break;
        if (code === 39 || code === 34) quote = code;
        else if (code === escape) {
          if (pos + 1 === len) {
            dropLast = true;
            pos++;
            break;
          }
          pos += 2;
          continue;
        }
      } else if (code === quote) {
        quote = 0;
      } else if (code === escape && quote !== 39) {
        if (pos + 1 === len) {
          dropLast = true;
          pos++;
          break;
        }
        pos += 2;
        continue;
      }
      pos++;
    }
    const end = pos;
    words.push({ value: text.slice(start, dropLast ? end - 1 : end), start, end });
  }
  return words;
}

/** BuildKit's `reWhitespace.Split` on `[\t\v\f\r ]+` (FROM, EXPOSE, and non-JSON COPY/ADD/VOLUME). */
export function splitOnWhitespace(text: string): RawWord[] {
  const words: RawWord[] = [];
  const len = text.length;
  let pos = 0;
  let start = 0;
  while (pos <= len) {
    if (pos === len || isSplitSpace(text.charCodeAt(pos))) {
      words.push({ value: text.slice(start, pos), start, end: pos });
      while (pos < len && isSplitSpace(text.charCodeAt(pos))) pos++;
      start = pos;
      if (pos === len) break;
      continue;
    }
    pos++;
  }
  return words;
}

/** Options of {@link processShellWords}, after BuildKit's shell lexer switches. */
export interface ShellWordOptions {
  /** Keep quote characters in the result. */
  rawQuotes: boolean;
  /** Keep escape characters in the result. */
  rawEscapes: boolean;
}

class ShellWordError extends Error {}

/**
 * BuildKit's shell word lexer with an empty environment and unset variables left as written: used
 * to find heredoc markers on an instruction line and to read a heredoc delimiter. Returns `null`
 * where BuildKit's lexer reports an error (unbalanced quotes, bad `${...}`).
 */
export function processShellWords(text: string, options: ShellWordOptions): RawWord[] | null {
  const lexer = new ShellWordLexer(text, options);
  try {
    return lexer.run();
  } catch (error) {
    if (error instanceof ShellWordError) return null;
    throw error;
  }
}

class ShellWordLexer {
  private pos = 0;
  private words: RawWord[] = [];
  private buf = "";
  private inWord = false;
  private wordStart = -1;
  private rawEscapes: boolean;

  constructor(
    private readonly text: string,
    private readonly options: ShellWordOptions,
  ) {
    this.rawEscapes = options.rawEscapes;
  }

  run(): RawWord[] {
    this.processStopOn(-1, this.rawEscapes, true);
    this.flushWord(this.pos);
    return this.words;
  }

  private peek(): number {
    return this.pos < this.text.length ? this.text.charCodeAt(this.pos) : -1;
  }

  private next(): number {
    return this.pos < this.text.length ? this.text.charCodeAt(this.pos++) : -1;
  }

  private flushWord(end: number): void {
    if (this.buf.length > 0) this.words.push({ value: this.buf, start: this.wordStart, end });
    this.buf = "";
    this.inWord = false;
    this.wordStart = -1;
  }

  private addRawChar(ch: string, at: number): void {
    if (this.wordStart < 0) this.wordStart = at;
    this.buf += ch;
    this.inWord = true;
  }

  private addChar(code: number, at: number): void {
    if (isGoSpace(code)) {
      if (this.inWord && this.buf.length !== 0) this.flushWord(at);
    } else {
      this.addRawChar(String.fromCharCode(code), at);
    }
  }

  private addRawString(s: string, at: number): void {
    if (this.wordStart < 0) this.wordStart = at;
    this.buf += s;
    this.inWord = true;
  }

  private addString(s: string, at: number): void {
    for (let i = 0; i < s.length; i++) this.addChar(s.charCodeAt(i), at + i);
  }

  /** Reads until `stop` (or the end); collects words only at the top level. */
  private processStopOn(stop: number, rawEscapes: boolean, top: boolean): string {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    // BuildKit's nested scans share and reset the word buffer.
    if (!top) {
      this.buf = "";
    }
    let result = "";
    try {
      while (this.peek() !== -1) {
        const code = this.peek();
        const at = this.pos;
        if (stop !== -1 && code === stop) {
          this.next();
          return result;
        }
        if (code === 36 /* $ */) {
          const tmp = this.processDollar();
          result += tmp;
          if (top) this.addString(tmp, at);
          continue;
        }
        if (code === 60 /* < */ || code === 39 || code === 34) {
          const tmp = code === 60 ? this.processPossibleHeredoc() : code === 39 ? this.processSingleQuote() : this.processDoubleQuote();
          result += tmp;
          if (top) this.addRawString(tmp, at);
          continue;
        }
        let ch = this.next();
        if (ch === 92 /* \ */) {
          if (this.rawEscapes) {
            if (top) this.addRawChar("\\", at);
            result += "\\";
          }
          ch = this.next();
          if (ch === -1) break;
          if (top) this.addRawChar(String.fromCharCode(ch), at + 1);
        } else if (top) {
          this.addChar(ch, at);
        }
        result += String.fromCharCode(ch);
      }
      if (stop !== -1) throw new ShellWordError("unexpected end of statement");
      return result;
    } finally {
      this.rawEscapes = saved;
    }
  }

  private processSingleQuote(): string {
    let result = "";
    const open = this.next();
    if (this.options.rawQuotes) result += String.fromCharCode(open);
    for (;;) {
      const ch = this.next();
      if (ch === -1) throw new ShellWordError("unterminated single quote");
      if (ch === 39) {
        if (this.options.rawQuotes) result += "'";
        return result;
      }
      result += String.fromCharCode(ch);
    }
  }

  private processDoubleQuote(): string {
    let result = "";
    const open = this.next();
    if (this.options.rawQuotes) result += String.fromCharCode(open);
    for (;;) {
      const p = this.peek();
      if (p === -1) throw new ShellWordError("unterminated double quote");
      if (p === 34) {
        this.next();
        if (this.options.rawQuotes) result += '"';
        return result;
      }
      if (p === 36) {
        result += this.processDollar();
        continue;
      }
      let ch = this.next();
      if (ch === 92) {
        if (this.rawEscapes) result += "\\";
        const q = this.peek();
        if (q === -1) continue;
        if (q === 34 || q === 36 || q === 92) ch = this.next();
      }
      result += String.fromCharCode(ch);
    }
  }

  private processName(): string {
    let name = "";
    const text = this.text;
    while (this.pos < text.length) {
      const ch = text[this.pos];
      if (name.length === 0 && /\p{Nd}/u.test(ch)) {
        while (this.pos < text.length && /\p{Nd}/u.test(text[this.pos])) name += text[this.pos++];
        return name;
      }
      if (name.length === 0 && "@*#?-$!0".includes(ch)) {
        this.pos++;
        return ch;
      }
      if (!/[\p{L}\p{Nd}_]/u.test(ch)) break;
      name += ch;
      this.pos++;
    }
    return name;
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== 123 /* { */) {
      const name = this.processName();
      return name === "" ? "$" : "$" + name;
    }
    this.next();
    const p = this.peek();
    if (p === -1) throw new ShellWordError("missing }");
    if (p === 123 || p === 125 || p === 58) throw new ShellWordError("bad substitution");
    const name = this.processName();
    const ch = this.next();
    if (ch === 125) return "${" + name + "}";
    if (ch === 58 || ch === 43 || ch === 45 || ch === 63 || ch === 35 || ch === 37) {
      let chs = String.fromCharCode(ch);
      let mod = ch;
      if (ch === 58) {
        mod = this.next();
        if (mod === -1) throw new ShellWordError("missing }");
        chs += String.fromCharCode(mod);
        if (mod === 35 || mod === 37) throw new ShellWordError("unsupported modifier");
      }
      const word = this.processStopOn(125, mod === 35 || mod === 37, false);
      return "${" + name + chs + word + "}";
    }
    if (ch === 47 /* / */) {
      if (this.peek() === 47) this.next();
      const pattern = this.processStopOn(47, true, false);
      const replacement = this.processStopOn(125, true, false);
      return "${" + name + "/" + pattern + "/" + replacement + "}";
    }
    throw new ShellWordError("unsupported modifier");
  }

  private processPossibleHeredoc(): string {
    this.next();
    if (this.peek() !== 60) return "<";
    this.next();
    let space = "";
    for (let p = this.peek(); p === 9 || p === 13 || p === 32; p = this.peek()) {
      space += String.fromCharCode(p);
      this.next();
    }
    return "<<" + space;
  }
}
