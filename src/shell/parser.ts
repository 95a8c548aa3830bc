/**
 * Recursive-descent parser over the chevrotain shell tokens
 * (grammar/shell-lexer.ts). Produces the model of ./types.ts.
 *
 * Design notes:
 * - Never throws: every loop consumes a token or returns; nesting depth is
 *   bounded; a final try/catch turns unexpected internal failures into an
 *   error entry.
 * - Linear: each token is visited a bounded number of times; strings are
 *   built by slicing the input or by appending decoded pieces.
 *
 * @module
 */
import type { IToken, TokenType } from "chevrotain";
import { ShellTokens as T, tokenizeShell, unquotedWordParts, type HeredocRecord } from "../../grammar/shell-lexer.js";
import { decodeAnsiC } from "./ansi-c.js";
import { setChainOf, setPipelineOf } from "./relations.js";
import type {
  AndOrList,
  ArithmeticCommand,
  ArithmeticPart,
  Assignment,
  BraceGroup,
  CaseCommand,
  CaseItem,
  Command,
  CommandList,
  CommandSubstitutionPart,
  Connector,
  DoubleQuotedPart,
  ForCommand,
  FunctionDefinition,
  Heredoc,
  IfBranch,
  IfCommand,
  NestingKind,
  ParameterPart,
  Pipeline,
  ProcessSubstitutionPart,
  Redirection,
  RedirectionOperator,
  ShellError,
  ShellScript,
  SimpleCommand,
  Subshell,
  WhileCommand,
  Word,
  WordPart,
} from "./types.js";

type Mutable<X> = { -readonly [K in keyof X]: X[K] };

/** Maximum nesting of compound commands / expansions before the parser gives up on the rest. */
const MAX_DEPTH = 200;

const WORD_START = new Set<TokenType>([
  T.Literal,
  T.Escape,
  ...unquotedWordParts,
  T.BacktickOpen,
  T.ProcSubIn,
  T.ProcSubOut,
]);

/** Word parts that may continue a word (but not start one). */
const WORD_CONT = new Set<TokenType>([...WORD_START, T.IoNumber, T.LineCont]);

const REDIR_OPS = new Map<TokenType, RedirectionOperator>([
  [T.Great, ">"],
  [T.GreatGreat, ">>"],
  [T.Less, "<"],
  [T.DLess, "<<"],
  [T.HereString, "<<<"],
  [T.GreatAnd, ">&"],
  [T.LessAnd, "<&"],
  [T.AndGreat, "&>"],
  [T.AndGreatGreat, "&>>"],
  [T.Clobber, ">|"],
  [T.LessGreat, "<>"],
]);

/** Tokens produced in command / backtick context. Anything else is "foreign" to a command list. */
const COMMAND_CONTEXT = new Set<TokenType>([
  ...WORD_START,
  T.LineCont,
  T.Newline,
  T.AndIf,
  T.AndGreatGreat,
  T.AndGreat,
  T.Amp,
  T.OrIf,
  T.PipeAmp,
  T.Pipe,
  T.DSemiAmp,
  T.DSemi,
  T.SemiAmp,
  T.Semi,
  T.LParen,
  T.RParen,
  T.CaseLParen,
  T.RParenCase,
  T.HereString,
  T.HeredocOp,
  T.DLess,
  T.LessGreat,
  T.LessAnd,
  T.Less,
  T.GreatGreat,
  T.GreatAnd,
  T.Clobber,
  T.Great,
  T.IoNumber,
  T.BacktickClose,
]);

const TERMINATOR_WORDS = new Set(["then", "elif", "else", "fi", "do", "done", "esac", "}"]);

const TOKEN_TEXT = new Map<TokenType, string>([
  [T.RParen, "')'"],
  [T.RParenCase, "')'"],
  [T.LParen, "'('"],
  [T.CaseLParen, "'('"],
  [T.DSemi, "';;'"],
  [T.SemiAmp, "';&'"],
  [T.DSemiAmp, "';;&'"],
  [T.Semi, "';'"],
  [T.Amp, "'&'"],
  [T.AndIf, "'&&'"],
  [T.OrIf, "'||'"],
  [T.Pipe, "'|'"],
  [T.PipeAmp, "'|&'"],
  [T.BacktickClose, "'`'"],
]);

const ASSIGNMENT_RE = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/;
const PARAM_PREFIXED_RE = /^([#!])([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])/;
const PARAM_NAME_RE = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])/;
const PARAM_OP_RE = /^(:[-=?+]|[-=?+]|##|#|%%|%|\/\/|\/#|\/%|\/|\^\^|\^|,,|,|@|:)/;

function tokEnd(tok: IToken): number {
  return tok.startOffset + tok.image.length;
}

/** Pending literal text while assembling parts. */
interface LitAcc {
  start: number;
  end: number;
  value: string;
}

class DepthExceeded extends Error {}

class ShellParser {
  private readonly toks: IToken[];
  private readonly n: number;
  private p = 0;
  private depth = 0;
  private nest: readonly NestingKind[] = [];
  readonly errors: ShellError[] = [];
  readonly commands: SimpleCommand[] = [];
  readonly heredocs: Heredoc[] = [];

  constructor(
    private readonly text: string,
    tokens: IToken[],
  ) {
    this.toks = tokens;
    this.n = tokens.length;
  }

  // ------------------------------------------------------------------ utils

  private error(message: string, start: number, end: number): void {
    this.errors.push({ message, start, end: Math.max(start, end) });
  }

  private cur(): IToken | undefined {
    return this.p < this.n ? this.toks[this.p] : undefined;
  }

  private is(tt: TokenType): boolean {
    return this.p < this.n && this.toks[this.p].tokenType === tt;
  }

  private skipLC(): void {
    while (this.p < this.n && this.toks[this.p].tokenType === T.LineCont) this.p++;
  }

  private skipNewlines(): void {
    while (this.p < this.n) {
      const tt = this.toks[this.p].tokenType;
      if (tt !== T.Newline && tt !== T.LineCont) break;
      this.p++;
    }
  }

  /** Does the word that starts at token `i` consist of just that token? */
  private standaloneAt(i: number): boolean {
    const tok = this.toks[i];
    const end = tokEnd(tok);
    const next = this.toks[i + 1];
    if (next === undefined || next.startOffset !== end) return true;
    if (next.tokenType === T.LineCont) return !this.lcContinues(i + 1);
    return !WORD_CONT.has(next.tokenType);
  }

  /** Is the token at `i` a standalone unquoted literal equal to `word`? */
  private reservedAt(i: number, word: string): boolean {
    const tok = this.toks[i];
    return tok !== undefined && tok.tokenType === T.Literal && tok.image === word && this.standaloneAt(i);
  }

  private atReserved(word: string): boolean {
    return this.p < this.n && this.reservedAt(this.p, word);
  }

  /** Does the line continuation at `i` glue two word parts together? */
  private lcContinues(i: number): boolean {
    let j = i;
    while (j < this.n && this.toks[j].tokenType === T.LineCont) {
      const nx = this.toks[j + 1];
      if (nx === undefined || nx.startOffset !== tokEnd(this.toks[j])) return false;
      j++;
    }
    return j < this.n && WORD_CONT.has(this.toks[j].tokenType) && this.toks[j].tokenType !== T.LineCont;
  }

  private isForeign(tok: IToken): boolean {
    return !COMMAND_CONTEXT.has(tok.tokenType);
  }

  /** True when the current token ends a command list. */
  private atTerminator(): boolean {
    const tok = this.cur();
    if (tok === undefined) return true;
    const tt = tok.tokenType;
    if (this.isForeign(tok)) return true;
    if (tt === T.RParen || tt === T.RParenCase || tt === T.BacktickClose || tt === T.DSemi || tt === T.SemiAmp || tt === T.DSemiAmp) return true;
    return tt === T.Literal && TERMINATOR_WORDS.has(tok.image) && this.standaloneAt(this.p);
  }

  private describe(tok: IToken | undefined): string {
    if (tok === undefined) return "end of input";
    return TOKEN_TEXT.get(tok.tokenType) ?? `'${tok.image.length > 20 ? tok.image.slice(0, 20) + "…" : tok.image}'`;
  }

  private enter(kind: NestingKind | undefined): readonly NestingKind[] {
    const saved = this.nest;
    if (++this.depth > MAX_DEPTH) {
      const tok = this.cur();
      const at = tok?.startOffset ?? this.text.length;
      this.error("nesting too deep; the rest of the input is not parsed", at, this.text.length);
      this.p = this.n;
      this.depth--;
      throw new DepthExceeded();
    }
    if (kind !== undefined) this.nest = [...saved, kind];
    return saved;
  }

  private leave(saved: readonly NestingKind[]): void {
    this.depth--;
    this.nest = saved;
  }

  // ------------------------------------------------------------------ words

  private flushLit(parts: WordPart[], acc: LitAcc | undefined): undefined {
    if (acc !== undefined) {
      parts.push({ kind: "literal", text: this.text.slice(acc.start, acc.end), value: acc.value, start: acc.start, end: acc.end });
    }
    return undefined;
  }

  private addLit(acc: LitAcc | undefined, start: number, end: number, value: string): LitAcc {
    if (acc === undefined) return { start, end, value };
    acc.end = end;
    acc.value += value;
    return acc;
  }

  /** Parses an unquoted word at the current token, or returns undefined. */
  parseWord(): Word | undefined {
    this.skipLC();
    const first = this.cur();
    if (first === undefined || !WORD_START.has(first.tokenType)) return undefined;
    const start = first.startOffset;
    const parts: WordPart[] = [];
    let acc: LitAcc | undefined;
    let end = start;
    let started = false;
    while (this.p < this.n) {
      const tok = this.toks[this.p];
      const tt = tok.tokenType;
      if (started && tok.startOffset !== end) break;
      const te = tokEnd(tok);
      if (tt === T.Literal || tt === T.IoNumber) {
        acc = this.addLit(acc, tok.startOffset, te, tok.image);
        this.p++;
        end = te;
      } else if (tt === T.Escape) {
        acc = this.addLit(acc, tok.startOffset, te, tok.image.length > 1 ? tok.image.slice(1) : "\\");
        this.p++;
        end = te;
      } else if (tt === T.Dollar) {
        acc = this.addLit(acc, tok.startOffset, te, "$");
        this.p++;
        end = te;
      } else if (tt === T.LineCont) {
        if (!started || !this.lcContinues(this.p)) break;
        acc = this.addLit(acc, tok.startOffset, te, "");
        this.p++;
        end = te;
      } else if (WORD_START.has(tt)) {
        acc = this.flushLit(parts, acc);
        parts.push(this.parseQuotedOrExpansion(tok));
        end = this.lastEndOffset;
      } else {
        break;
      }
      started = true;
    }
    this.flushLit(parts, acc);
    return this.makeWord(start, end, parts);
  }

  /** End offset of the last word part parsed by {@link parseQuotedOrExpansion}. */
  private lastEndOffset = 0;

  private makeWord(start: number, end: number, parts: WordPart[]): Word {
    let value: string | undefined = "";
    for (const part of parts) {
      const v = staticValue(part);
      if (v === undefined) {
        value = undefined;
        break;
      }
      value += v;
    }
    return { text: this.text.slice(start, end), value, parts, start, end, dynamic: value === undefined };
  }

  /** Parses a non-literal word part starting at `tok` (the current token). Updates lastEndOffset. */
  private parseQuotedOrExpansion(tok: IToken): WordPart {
    const tt = tok.tokenType;
    const start = tok.startOffset;
    const te = tokEnd(tok);
    if (tt === T.SQuote) {
      this.p++;
      this.lastEndOffset = te;
      return { kind: "single-quoted", text: tok.image, value: tok.image.slice(1, -1), start, end: te };
    }
    if (tt === T.SQuoteUnterminated) {
      this.p++;
      this.lastEndOffset = te;
      this.error("unterminated single quote", start, te);
      return { kind: "single-quoted", text: tok.image, value: tok.image.slice(1), start, end: te };
    }
    if (tt === T.AnsiC || tt === T.AnsiCUnterminated) {
      this.p++;
      this.lastEndOffset = te;
      const closed = tt === T.AnsiC;
      if (!closed) this.error("unterminated $'...' string", start, te);
      return { kind: "ansi-c-quoted", text: tok.image, value: decodeAnsiC(tok.image.slice(2, closed ? -1 : undefined)), start, end: te };
    }
    if (tt === T.ParamSimple) {
      this.p++;
      this.lastEndOffset = te;
      return {
        kind: "parameter",
        text: tok.image,
        name: tok.image.slice(1),
        braced: false,
        prefix: undefined,
        modifier: undefined,
        operator: undefined,
        argument: [],
        start,
        end: te,
      };
    }
    if (tt === T.DQuoteOpen || tt === T.LocaleDQuoteOpen) return this.parseDouble();
    if (tt === T.ParamOpen || tt === T.DqParamOpen) return this.parseParam();
    if (tt === T.CmdSubOpen) return this.parseCommandSub(T.RParen, "dollar");
    if (tt === T.BacktickOpen) return this.parseCommandSub(T.BacktickClose, "backtick");
    if (tt === T.ArithOpen) return this.parseArith();
    if (tt === T.ProcSubIn || tt === T.ProcSubOut) return this.parseProcessSub(tt === T.ProcSubIn ? "<" : ">");
    // Literal-ish fallbacks (should not happen: callers handle them).
    this.p++;
    this.lastEndOffset = te;
    return { kind: "literal", text: tok.image, value: tok.image, start, end: te };
  }

  private parseDouble(): DoubleQuotedPart {
    const open = this.toks[this.p];
    const start = open.startOffset;
    this.p++;
    const saved = this.enter(undefined);
    const parts: WordPart[] = [];
    let acc: LitAcc | undefined;
    let end = this.text.length;
    let closed = false;
    try {
      while (this.p < this.n) {
        const tok = this.toks[this.p];
        const tt = tok.tokenType;
        const te = tokEnd(tok);
        if (tt === T.DQuoteClose) {
          this.p++;
          end = te;
          closed = true;
          break;
        }
        if (tt === T.DqLiteral) acc = this.addLit(acc, tok.startOffset, te, tok.image);
        else if (tt === T.DqEscape) acc = this.addLit(acc, tok.startOffset, te, tok.image.slice(1));
        else if (tt === T.DqBackslash) acc = this.addLit(acc, tok.startOffset, te, "\\");
        else if (tt === T.LineCont) acc = this.addLit(acc, tok.startOffset, te, "");
        else if (tt === T.Dollar) acc = this.addLit(acc, tok.startOffset, te, "$");
        else if (tt === T.ParamSimple || tt === T.DqParamOpen || tt === T.CmdSubOpen || tt === T.BacktickOpen || tt === T.ArithOpen) {
          acc = this.flushLit(parts, acc);
          parts.push(this.parseQuotedOrExpansion(tok));
          continue;
        } else {
          end = tok.startOffset;
          break;
        }
        this.p++;
      }
    } finally {
      this.leave(saved);
    }
    if (!closed) {
      if (this.p >= this.n) end = this.text.length;
      this.error("unterminated double quote", start, end);
    }
    this.flushLit(parts, acc);
    this.lastEndOffset = end;
    let value: string | undefined = "";
    for (const part of parts) {
      const v = staticValue(part);
      if (v === undefined) {
        value = undefined;
        break;
      }
      value += v;
    }
    return { kind: "double-quoted", text: this.text.slice(start, end), parts, value, start, end };
  }

  private parseParam(): ParameterPart {
    const open = this.toks[this.p];
    const start = open.startOffset;
    this.p++;
    const saved = this.enter(undefined);
    let name = "";
    let prefix: "#" | "!" | undefined;
    let operator: string | undefined;
    let modifierStart = -1;
    const argument: WordPart[] = [];
    let acc: LitAcc | undefined;
    let end = this.text.length;
    let closed = false;
    try {
      const first = this.cur();
      if (first !== undefined && (first.tokenType === T.ParamLiteral || first.tokenType === T.DqParamLiteral)) {
        const img = first.image;
        let k = 0;
        const pm = PARAM_PREFIXED_RE.exec(img);
        if (pm !== null && !(pm[1] === "#" && pm[2] === "}")) {
          prefix = pm[1] as "#" | "!";
          name = pm[2];
          k = pm[0].length;
        } else {
          const nm = PARAM_NAME_RE.exec(img);
          if (nm !== null) {
            name = nm[1];
            k = nm[0].length;
          }
        }
        modifierStart = first.startOffset + k;
        const om = PARAM_OP_RE.exec(img.slice(k));
        if (om !== null) {
          operator = om[1];
          k += om[0].length;
        }
        if (k < img.length) acc = this.addLit(acc, first.startOffset + k, tokEnd(first), img.slice(k));
        this.p++;
      } else if (first !== undefined && first.tokenType === T.Dollar) {
        name = "$";
        modifierStart = tokEnd(first);
        this.p++;
      } else if (first !== undefined) {
        modifierStart = first.startOffset;
      }
      while (this.p < this.n) {
        const tok = this.toks[this.p];
        const tt = tok.tokenType;
        const te = tokEnd(tok);
        if (tt === T.ParamClose) {
          this.p++;
          end = te;
          closed = true;
          break;
        }
        if (tt === T.ParamLiteral || tt === T.DqParamLiteral || tt === T.Literal) acc = this.addLit(acc, tok.startOffset, te, tok.image);
        else if (tt === T.Escape) acc = this.addLit(acc, tok.startOffset, te, tok.image.length > 1 ? tok.image.slice(1) : "\\");
        else if (tt === T.LineCont) acc = this.addLit(acc, tok.startOffset, te, "");
        else if (tt === T.Dollar) acc = this.addLit(acc, tok.startOffset, te, "$");
        else if (WORD_START.has(tt) || tt === T.DqParamOpen) {
          acc = this.flushLit(argument, acc);
          argument.push(this.parseQuotedOrExpansion(tok));
          continue;
        } else {
          end = tok.startOffset;
          break;
        }
        this.p++;
      }
    } finally {
      this.leave(saved);
    }
    if (!closed) {
      if (this.p >= this.n) end = this.text.length;
      this.error("unterminated ${...} expansion", start, end);
    }
    this.flushLit(argument, acc);
    this.lastEndOffset = end;
    const modEnd = closed ? end - 1 : end;
    const modifier = modifierStart >= 0 && modEnd > modifierStart ? this.text.slice(modifierStart, modEnd) : undefined;
    if (name === "" && closed) this.error("bad substitution", start, end);
    return { kind: "parameter", text: this.text.slice(start, end), name, braced: true, prefix, modifier, operator, argument, start, end };
  }

  private parseCommandSub(closer: TokenType, syntax: "dollar" | "backtick"): CommandSubstitutionPart {
    const open = this.toks[this.p];
    const start = open.startOffset;
    this.p++;
    const saved = this.enter("command-substitution");
    let body: CommandList;
    let end: number;
    try {
      const r = this.parseDelimitedList(closer, syntax === "dollar" ? "$(" : "`", start);
      body = r.list;
      end = r.end;
    } finally {
      this.leave(saved);
    }
    this.lastEndOffset = end;
    return { kind: "command-substitution", text: this.text.slice(start, end), syntax, body, start, end };
  }

  private parseProcessSub(direction: "<" | ">"): ProcessSubstitutionPart {
    const open = this.toks[this.p];
    const start = open.startOffset;
    this.p++;
    const saved = this.enter("process-substitution");
    let r: { list: CommandList; end: number };
    try {
      r = this.parseDelimitedList(T.RParen, `${direction}(`, start);
    } finally {
      this.leave(saved);
    }
    this.lastEndOffset = r.end;
    return { kind: "process-substitution", text: this.text.slice(start, r.end), direction, body: r.list, start, end: r.end };
  }

  private parseArith(): ArithmeticPart {
    const open = this.toks[this.p];
    const start = open.startOffset;
    this.p++;
    const saved = this.enter(undefined);
    const parts: WordPart[] = [];
    let end = this.text.length;
    let closed = false;
    try {
      while (this.p < this.n) {
        const tok = this.toks[this.p];
        const tt = tok.tokenType;
        if (tt === T.ArithClose) {
          this.p++;
          end = tokEnd(tok);
          closed = true;
          break;
        }
        if (tt === T.ArithLiteral || tt === T.ArithParenOpen || tt === T.ArithParenClose || tt === T.ArithStrayClose || tt === T.Dollar) {
          this.p++;
          continue;
        }
        if (tt === T.ParamSimple || tt === T.ParamOpen || tt === T.CmdSubOpen || tt === T.BacktickOpen || tt === T.ArithOpen) {
          parts.push(this.parseQuotedOrExpansion(tok));
          continue;
        }
        end = tok.startOffset;
        break;
      }
    } finally {
      this.leave(saved);
    }
    if (!closed) {
      if (this.p >= this.n) end = this.text.length;
      this.error("unterminated $((...)) expression", start, end);
    }
    this.lastEndOffset = end;
    const expression = this.text.slice(start + 3, closed ? end - 2 : end);
    return { kind: "arithmetic", text: this.text.slice(start, end), expression, parts, start, end };
  }

  /**
   * Parses a list up to a lexically matched closer (`)` or a backtick).
   * Unexpected command-context tokens are reported and skipped.
   * Consumes the closer if present.
   */
  private parseDelimitedList(closer: TokenType, what: string, openStart: number): { list: CommandList; end: number } {
    const items: AndOrList[] = [];
    const listStart = this.cur()?.startOffset ?? this.text.length;
    for (;;) {
      const list = this.parseList();
      for (const it of list.items) items.push(it);
      const tok = this.cur();
      if (tok === undefined) {
        this.error(`unterminated ${what}`, openStart, this.text.length);
        return { list: this.makeList(items, listStart), end: this.text.length };
      }
      if (tok.tokenType === closer || (closer === T.RParen && tok.tokenType === T.RParenCase)) {
        this.p++;
        return { list: this.makeList(items, listStart), end: tokEnd(tok) };
      }
      if (this.isForeign(tok) || (closer === T.RParen && tok.tokenType === T.BacktickClose)) {
        this.error(`unterminated ${what}`, openStart, tok.startOffset);
        return { list: this.makeList(items, listStart), end: tok.startOffset };
      }
      this.error(`unexpected ${this.describe(tok)}`, tok.startOffset, tokEnd(tok));
      this.p++;
      this.skipSeparatorAfterError();
    }
  }

  /** After reporting a stray token, a following `;` or `&` is not reported again. */
  private skipSeparatorAfterError(): void {
    this.skipLC();
    if (this.is(T.Semi) || this.is(T.Amp)) this.p++;
  }

  private makeList(items: AndOrList[], fallbackStart: number): CommandList {
    if (items.length === 0) return { kind: "list", items, start: fallbackStart, end: fallbackStart };
    return { kind: "list", items, start: items[0].start, end: items[items.length - 1].end };
  }

  // --------------------------------------------------------------- commands

  /** Parses a command list until a terminator. */
  parseList(): CommandList {
    const items: AndOrList[] = [];
    let prevSep: Connector | undefined;
    const listStart = this.cur()?.startOffset ?? this.text.length;
    for (;;) {
      this.skipNewlines();
      if (this.atTerminator()) break;
      const before = this.p;
      const chain = this.parseAndOr();
      if (chain === undefined) {
        if (this.p === before) {
          const tok = this.toks[this.p];
          this.error(`unexpected ${this.describe(tok)}`, tok.startOffset, tokEnd(tok));
          this.p++;
        }
        continue;
      }
      this.skipLC();
      const tok = this.cur();
      let sep: ";" | "&" | "\n" | undefined;
      if (tok !== undefined) {
        if (tok.tokenType === T.Semi) sep = ";";
        else if (tok.tokenType === T.Amp) sep = "&";
        else if (tok.tokenType === T.Newline) sep = "\n";
        if (sep !== undefined) this.p++;
      }
      this.finishChain(chain, prevSep, sep);
      items.push(chain);
      prevSep = sep;
      if (sep === undefined && !this.atTerminator()) {
        const bad = this.toks[this.p];
        this.error(`unexpected ${this.describe(bad)}`, bad.startOffset, tokEnd(bad));
        this.p++;
      }
    }
    return this.makeList(items, listStart);
  }

  private parseAndOr(): Mutable<AndOrList> | undefined {
    const first = this.parsePipeline();
    if (first === undefined) return undefined;
    const pipelines: Pipeline[] = [first];
    const operators: ("&&" | "||")[] = [];
    for (;;) {
      this.skipLC();
      const tok = this.cur();
      if (tok === undefined || (tok.tokenType !== T.AndIf && tok.tokenType !== T.OrIf)) break;
      this.p++;
      this.skipNewlines();
      const next = this.parsePipeline();
      if (next === undefined) {
        const at = this.cur();
        this.error(`expected a command after ${tok.image}`, tok.startOffset, at ? tokEnd(at) : this.text.length);
        break;
      }
      operators.push(tok.tokenType === T.AndIf ? "&&" : "||");
      pipelines.push(next);
    }
    return {
      kind: "and-or",
      pipelines,
      operators,
      separator: undefined,
      background: false,
      start: first.start,
      end: pipelines[pipelines.length - 1].end,
    };
  }

  private parsePipeline(): Pipeline | undefined {
    this.skipLC();
    const startTok = this.cur();
    if (startTok === undefined) return undefined;
    let negated = false;
    if (this.atReserved("!")) {
      negated = true;
      this.p++;
    }
    const first = this.parseCommand();
    if (first === undefined) {
      if (negated) this.error("expected a command after '!'", startTok.startOffset, tokEnd(startTok));
      return undefined;
    }
    const commands: Command[] = [first];
    const operators: ("|" | "|&")[] = [];
    for (;;) {
      this.skipLC();
      const tok = this.cur();
      if (tok === undefined || (tok.tokenType !== T.Pipe && tok.tokenType !== T.PipeAmp)) break;
      this.p++;
      this.skipNewlines();
      const next = this.parseCommand();
      if (next === undefined) {
        const at = this.cur();
        this.error(`expected a command after ${tok.image}`, tok.startOffset, at ? tokEnd(at) : this.text.length);
        break;
      }
      operators.push(tok.tokenType === T.Pipe ? "|" : "|&");
      commands.push(next);
    }
    const pipeline: Pipeline = {
      kind: "pipeline",
      commands,
      operators,
      negated,
      start: startTok.startOffset,
      end: commands[commands.length - 1].end,
    };
    for (let i = 0; i < commands.length; i++) {
      const c = commands[i];
      if (c.kind === "simple") {
        const m = c as Mutable<SimpleCommand>;
        m.pipeline = { index: i, length: commands.length };
        m.negated = negated;
        setPipelineOf(c, pipeline);
      }
    }
    return pipeline;
  }

  private finishChain(chain: Mutable<AndOrList>, prevSep: Connector | undefined, sep: ";" | "&" | "\n" | undefined): void {
    chain.separator = sep;
    chain.background = sep === "&";
    const pls = chain.pipelines;
    const maskedAt = maskedPipelines(chain);
    for (let j = 0; j < pls.length; j++) {
      const pl = pls[j];
      setChainOf(pl, chain);
      const masked = maskedAt[j];
      const cmds = pl.commands;
      for (let i = 0; i < cmds.length; i++) {
        const c = cmds[i];
        if (c.kind === "simple") {
          const m = c as Mutable<SimpleCommand>;
          m.background = chain.background;
          m.connectorBefore = i > 0 ? pl.operators[i - 1] : j > 0 ? chain.operators[j - 1] : prevSep;
          m.connectorAfter = i < cmds.length - 1 ? pl.operators[i] : j < pls.length - 1 ? chain.operators[j] : sep;
          if (masked) m.maskedFailure = true;
        } else if (masked) {
          markMasked(c);
        }
      }
    }
  }

  private parseCommand(): Command | undefined {
    this.skipLC();
    const tok = this.cur();
    if (tok === undefined) return undefined;
    const tt = tok.tokenType;
    let cmd: Command | undefined;
    try {
      if (tt === T.Literal && this.standaloneAt(this.p)) {
        switch (tok.image) {
          case "if":
            cmd = this.parseIf();
            break;
          case "for":
            cmd = this.parseFor();
            break;
          case "while":
          case "until":
            cmd = this.parseWhile(tok.image);
            break;
          case "case":
            cmd = this.parseCase();
            break;
          case "{":
            cmd = this.parseGroup();
            break;
          case "function": {
            const next = this.toks[this.p + 1];
            if (next !== undefined && next.tokenType === T.Literal) cmd = this.parseFunctionKeyword();
            break;
          }
          default:
            break;
        }
      }
      if (cmd === undefined && tt === T.LParen) {
        const next = this.toks[this.p + 1];
        cmd = next !== undefined && next.tokenType === T.LParen && next.startOffset === tokEnd(tok) ? this.parseArithCommand() : this.parseSubshell();
      }
      if (cmd === undefined) {
        if (WORD_START.has(tt) || tt === T.IoNumber || REDIR_OPS.has(tt) || tt === T.HeredocOp) return this.parseSimple();
        return undefined;
      }
    } catch (e) {
      if (!(e instanceof DepthExceeded)) throw e;
      return undefined;
    }
    {
      const redirs = cmd.redirections as Redirection[];
      for (;;) {
        this.skipLC();
        if (!this.atRedirection()) break;
        const r = this.parseRedirection();
        redirs.push(r);
        (cmd as Mutable<Command>).end = r.end;
      }
      return cmd;
    }
  }

  private atRedirection(): boolean {
    const tok = this.cur();
    if (tok === undefined) return false;
    const tt = tok.tokenType;
    return tt === T.IoNumber || tt === T.HeredocOp || REDIR_OPS.has(tt);
  }

  private parseRedirection(): Redirection {
    const startTok = this.toks[this.p];
    let fd: number | undefined;
    if (startTok.tokenType === T.IoNumber) {
      fd = Number.parseInt(startTok.image, 10);
      this.p++;
    }
    const opTok = this.cur();
    if (opTok === undefined || !(opTok.tokenType === T.HeredocOp || REDIR_OPS.has(opTok.tokenType))) {
      // IoNumber is always followed by an operator (lexer lookahead); defensive.
      const end = tokEnd(startTok);
      return { kind: "redirection", operator: ">", fd, target: undefined, heredoc: undefined, start: startTok.startOffset, end };
    }
    this.p++;
    let operator: RedirectionOperator;
    let heredoc: Heredoc | undefined;
    if (opTok.tokenType === T.HeredocOp) {
      operator = opTok.image === "<<-" ? "<<-" : "<<";
      const rec = opTok.payload as HeredocRecord;
      heredoc = {
        delimiter: rec.delimiter,
        quoted: rec.quoted,
        stripTabs: rec.stripTabs,
        body: this.text.slice(rec.bodyStart, rec.bodyEnd),
        bodyStart: rec.bodyStart,
        bodyEnd: rec.bodyEnd,
        terminated: rec.terminated,
      };
      this.heredocs.push(heredoc);
      if (!rec.terminated) {
        this.error(`here-document delimited by end of input (wanted '${rec.delimiter}')`, opTok.startOffset, tokEnd(opTok));
      }
    } else {
      operator = REDIR_OPS.get(opTok.tokenType) as RedirectionOperator;
      if (opTok.tokenType === T.DLess) operator = opTok.image === "<<-" ? "<<-" : "<<";
    }
    let target: Word | undefined;
    if (this.is(T.LineCont)) this.skipLC();
    target = this.parseWord();
    let end = tokEnd(opTok);
    if (target === undefined) {
      const at = this.cur();
      this.error(
        opTok.tokenType === T.DLess ? "here-document operator without a delimiter" : `expected a word after ${opTok.image}`,
        opTok.startOffset,
        at !== undefined && !this.atTerminatorToken(at) ? tokEnd(at) : end,
      );
    } else {
      end = target.end;
    }
    return { kind: "redirection", operator, fd, target, heredoc, start: startTok.startOffset, end };
  }

  private atTerminatorToken(tok: IToken): boolean {
    return tok.tokenType === T.Newline || tok.tokenType === T.Semi || tok.tokenType === T.Amp || this.isForeign(tok);
  }

  private parseSimple(): Command | undefined {
    const startTok = this.toks[this.p];
    const start = startTok.startOffset;
    const assignments: Assignment[] = [];
    const redirections: Redirection[] = [];
    const words: Word[] = [];
    let end = start;
    const nest = this.nest;
    for (;;) {
      this.skipLC();
      if (this.atRedirection()) {
        const r = this.parseRedirection();
        redirections.push(r);
        end = r.end;
        continue;
      }
      const tok = this.cur();
      if (tok === undefined || !WORD_START.has(tok.tokenType)) break;
      const w = this.parseWord();
      if (w === undefined) break;
      end = w.end;
      if (words.length === 0) {
        const a = this.asAssignment(w);
        if (a !== undefined) {
          assignments.push(a);
          end = a.end;
          continue;
        }
      }
      words.push(w);
      if (words.length === 1) {
        if (w.value === "[[" && w.parts.length === 1 && w.parts[0].kind === "literal") {
          end = this.parseTestExpression(words, w);
          continue;
        }
        if (assignments.length === 0 && redirections.length === 0 && this.is(T.LParen)) {
          const close = this.toks[this.p + 1];
          if (close !== undefined && close.tokenType === T.RParen) {
            return this.parseFunctionBody(w, start, this.p + 2);
          }
        }
      }
    }
    if (assignments.length === 0 && redirections.length === 0 && words.length === 0) return undefined;
    const cmd: SimpleCommand = {
      kind: "simple",
      name: words[0],
      args: words.slice(1),
      argv: words,
      assignments,
      redirections,
      pipeline: { index: 0, length: 1 },
      negated: false,
      background: false,
      maskedFailure: false,
      connectorBefore: undefined,
      connectorAfter: undefined,
      nesting: nest,
      start,
      end,
    };
    this.commands.push(cmd);
    return cmd;
  }

  /** Consumes the rest of a `[[ ... ]]` expression as words; returns the end offset. */
  private parseTestExpression(words: Word[], open: Word): number {
    let end = open.end;
    for (;;) {
      this.skipLC();
      const tok = this.cur();
      if (tok === undefined || this.isForeign(tok)) break;
      const tt = tok.tokenType;
      if (tt === T.Newline) {
        this.p++;
        continue;
      }
      if (WORD_START.has(tt)) {
        const w = this.parseWord();
        if (w === undefined) break;
        words.push(w);
        end = w.end;
        if (w.value === "]]") return end;
        continue;
      }
      if (tt === T.Semi || tt === T.Amp || tt === T.DSemi || tt === T.BacktickClose || tt === T.SemiAmp || tt === T.DSemiAmp) break;
      // operators inside [[ ]] are plain words: && || ( ) < > !
      const te = tokEnd(tok);
      words.push({
        text: tok.image,
        value: tok.image,
        parts: [{ kind: "literal", text: tok.image, value: tok.image, start: tok.startOffset, end: te }],
        start: tok.startOffset,
        end: te,
        dynamic: false,
      });
      end = te;
      this.p++;
    }
    this.error("expected ']]'", open.start, end);
    return end;
  }

  private asAssignment(w: Word): Assignment | undefined {
    const first = w.parts[0];
    if (first === undefined || first.kind !== "literal") return undefined;
    const m = ASSIGNMENT_RE.exec(first.text);
    if (m === null) return undefined;
    const k = m[0].length;
    const valueStart = w.start + k;
    let value: Word;
    let array: Word[] | undefined;
    let end = w.end;
    if (w.end === valueStart && this.is(T.LParen) && this.toks[this.p].startOffset === valueStart) {
      // NAME=( a b c )
      this.p++;
      array = [];
      for (;;) {
        this.skipNewlines();
        const tok = this.cur();
        if (tok === undefined || this.isForeign(tok)) {
          this.error("unterminated array assignment", w.start, tok?.startOffset ?? this.text.length);
          end = tok?.startOffset ?? this.text.length;
          break;
        }
        if (tok.tokenType === T.RParen) {
          this.p++;
          end = tokEnd(tok);
          break;
        }
        const el = this.parseWord();
        if (el === undefined) {
          this.error(`unexpected ${this.describe(tok)} in array assignment`, tok.startOffset, tokEnd(tok));
          this.p++;
          continue;
        }
        array.push(el);
      }
      value = { text: this.text.slice(valueStart, end), value: undefined, parts: [], start: valueStart, end, dynamic: true };
      const word: Word = { ...w, text: this.text.slice(w.start, end), end, value: undefined, dynamic: true };
      return { name: m[1], append: m[2] === "+", value, array, word, start: w.start, end };
    }
    const parts: WordPart[] = [];
    if (k < first.text.length) {
      parts.push({ kind: "literal", text: first.text.slice(k), value: first.value.slice(k), start: valueStart, end: first.end });
    }
    for (let i = 1; i < w.parts.length; i++) parts.push(w.parts[i]);
    value = this.makeWord(valueStart, w.end, parts);
    return { name: m[1], append: m[2] === "+", value, array, word: w, start: w.start, end };
  }

  private parseFunctionBody(name: Word, start: number, afterParens: number): FunctionDefinition | undefined {
    this.p = afterParens;
    this.skipNewlines();
    const saved = this.enter("function-body");
    let body: Command | undefined;
    try {
      body = this.parseCommand();
    } finally {
      this.leave(saved);
    }
    if (body === undefined) {
      const at = this.cur();
      this.error("expected a function body", name.start, at ? tokEnd(at) : this.text.length);
    }
    return { kind: "function", name, body, redirections: [], start, end: body?.end ?? this.toks[afterParens - 1].startOffset + 1 };
  }

  private parseFunctionKeyword(): FunctionDefinition | undefined {
    const kw = this.toks[this.p];
    this.p++;
    const name = this.parseWord();
    if (name === undefined) return undefined;
    let after = this.p;
    if (this.is(T.LParen) && this.toks[this.p + 1]?.tokenType === T.RParen) after = this.p + 2;
    return this.parseFunctionBody(name, kw.startOffset, after);
  }

  private expectReserved(word: string, openTok: IToken): boolean {
    if (this.atReserved(word)) {
      this.p++;
      return true;
    }
    const at = this.cur();
    this.error(
      `expected '${word}' (to match '${openTok.image}' at ${openTok.startOffset}), found ${this.describe(at)}`,
      at?.startOffset ?? this.text.length,
      at ? tokEnd(at) : this.text.length,
    );
    return false;
  }

  private endOfPrev(): number {
    return this.p > 0 ? tokEnd(this.toks[this.p - 1]) : 0;
  }

  private nestedList(kind: NestingKind): CommandList {
    const saved = this.enter(kind);
    try {
      return this.parseList();
    } finally {
      this.leave(saved);
    }
  }

  private parseIf(): IfCommand {
    const kw = this.toks[this.p];
    this.p++;
    const branches: IfBranch[] = [];
    let elseBody: CommandList | undefined;
    let bStart = kw.startOffset;
    for (;;) {
      const condition = this.nestedList("if-condition");
      const okThen = this.expectReserved("then", kw);
      const body = okThen ? this.nestedList("if-body") : this.makeList([], this.endOfPrev());
      branches.push({ condition, body, start: bStart, end: this.endOfPrev() });
      if (!okThen) break;
      if (this.atReserved("elif")) {
        bStart = this.toks[this.p].startOffset;
        this.p++;
        continue;
      }
      break;
    }
    if (this.atReserved("else")) {
      this.p++;
      elseBody = this.nestedList("if-body");
    }
    this.expectReserved("fi", kw);
    return { kind: "if", branches, elseBody, redirections: [], start: kw.startOffset, end: this.endOfPrev() };
  }

  private parseDoGroup(kw: IToken): CommandList {
    this.skipNewlines();
    if (!this.expectReserved("do", kw)) return this.makeList([], this.endOfPrev());
    const body = this.nestedList("loop-body");
    this.expectReserved("done", kw);
    return body;
  }

  private parseWhile(which: "while" | "until"): WhileCommand {
    const kw = this.toks[this.p];
    this.p++;
    const condition = this.nestedList("loop-condition");
    const body = this.parseDoGroup(kw);
    return { kind: which, condition, body, redirections: [], start: kw.startOffset, end: this.endOfPrev() };
  }

  /** Skips a parenthesised region starting at the current `(`; returns the end offset. */
  private skipParens(): number {
    let depth = 0;
    while (this.p < this.n) {
      const tok = this.toks[this.p];
      const tt = tok.tokenType;
      if (tt === T.LParen || tt === T.CmdSubOpen) depth++;
      else if (tt === T.RParen) depth--;
      this.p++;
      if (depth <= 0) return tokEnd(tok);
    }
    return this.text.length;
  }

  private parseArithCommand(): ArithmeticCommand {
    const open = this.toks[this.p];
    const end = this.skipParens();
    const closed = end - open.startOffset >= 4 && this.text.startsWith("))", end - 2);
    if (!closed) this.error("unterminated ((...)) command", open.startOffset, end);
    const expression = this.text.slice(open.startOffset + 2, closed ? end - 2 : end);
    return { kind: "arithmetic", expression, redirections: [], start: open.startOffset, end };
  }

  private parseFor(): ForCommand {
    const kw = this.toks[this.p];
    this.p++;
    let variable: Word | undefined;
    let items: Word[] | undefined;
    let arithmetic: string | undefined;
    this.skipLC();
    if (this.is(T.LParen)) {
      const open = this.toks[this.p];
      const end = this.skipParens();
      arithmetic = this.text.slice(open.startOffset, end);
    } else {
      variable = this.parseWord();
      if (variable === undefined) {
        const at = this.cur();
        this.error("expected a variable name after 'for'", kw.startOffset, at ? tokEnd(at) : this.text.length);
      }
    }
    this.skipNewlines();
    if (arithmetic === undefined && this.atReserved("in")) {
      this.p++;
      items = [];
      for (;;) {
        this.skipLC();
        const tok = this.cur();
        if (tok === undefined || !WORD_START.has(tok.tokenType)) break;
        const w = this.parseWord();
        if (w === undefined) break;
        items.push(w);
      }
    }
    this.skipLC();
    if (this.is(T.Semi)) this.p++;
    const body = this.parseDoGroup(kw);
    return { kind: "for", variable, items, arithmetic, body, redirections: [], start: kw.startOffset, end: this.endOfPrev() };
  }

  private parseCase(): CaseCommand {
    const kw = this.toks[this.p];
    this.p++;
    const subject = this.parseWord();
    if (subject === undefined) {
      const at = this.cur();
      this.error("expected a word after 'case'", kw.startOffset, at ? tokEnd(at) : this.text.length);
    }
    this.skipNewlines();
    const items: CaseItem[] = [];
    if (this.expectReserved("in", kw)) {
      for (;;) {
        this.skipNewlines();
        if (this.atReserved("esac")) {
          this.p++;
          break;
        }
        const tok = this.cur();
        if (tok === undefined || this.isForeign(tok) || tok.tokenType === T.BacktickClose) {
          this.expectReserved("esac", kw);
          break;
        }
        const itemStart = tok.startOffset;
        if (tok.tokenType === T.LParen || tok.tokenType === T.CaseLParen) this.p++;
        const patterns: Word[] = [];
        for (;;) {
          const w = this.parseWord();
          if (w === undefined) break;
          patterns.push(w);
          this.skipLC();
          if (!this.is(T.Pipe)) break;
          this.p++;
        }
        this.skipLC();
        if (patterns.length === 0 || !(this.is(T.RParen) || this.is(T.RParenCase))) {
          const at = this.cur();
          this.error(`expected a case pattern followed by ')', found ${this.describe(at)}`, at?.startOffset ?? this.text.length, at ? tokEnd(at) : this.text.length);
          // skip to the next ;; or esac to resynchronise
          if (!this.skipToCaseItemEnd()) break;
          continue;
        }
        this.p++;
        const body = this.nestedList("case-body");
        let terminator: CaseItem["terminator"];
        const term = this.cur();
        if (term !== undefined && (term.tokenType === T.DSemi || term.tokenType === T.SemiAmp || term.tokenType === T.DSemiAmp)) {
          terminator = term.tokenType === T.DSemi ? ";;" : term.tokenType === T.SemiAmp ? ";&" : ";;&";
          this.p++;
        }
        items.push({ patterns, body, terminator, start: itemStart, end: this.endOfPrev() });
        if (terminator === undefined) {
          this.skipNewlines();
          this.expectReserved("esac", kw);
          break;
        }
      }
    }
    return { kind: "case", subject, items, redirections: [], start: kw.startOffset, end: this.endOfPrev() };
  }

  /** After a malformed case item: skips to just after the next `;;`-like token. False if `esac`/end reached. */
  private skipToCaseItemEnd(): boolean {
    while (this.p < this.n) {
      const tok = this.toks[this.p];
      const tt = tok.tokenType;
      if (this.isForeign(tok)) return false;
      if (this.atReserved("esac")) {
        this.p++;
        return false;
      }
      this.p++;
      if (tt === T.DSemi || tt === T.SemiAmp || tt === T.DSemiAmp) return true;
    }
    return false;
  }

  private parseGroup(): BraceGroup {
    const kw = this.toks[this.p];
    this.p++;
    const body = this.nestedList("group");
    this.expectReserved("}", kw);
    return { kind: "group", body, redirections: [], start: kw.startOffset, end: this.endOfPrev() };
  }

  private parseSubshell(): Subshell {
    const open = this.toks[this.p];
    this.p++;
    const saved = this.enter("subshell");
    let r: { list: CommandList; end: number };
    try {
      r = this.parseDelimitedList(T.RParen, "'(' subshell", open.startOffset);
    } finally {
      this.leave(saved);
    }
    return { kind: "subshell", body: r.list, redirections: [], start: open.startOffset, end: r.end };
  }

  // ------------------------------------------------------------------- top

  parseScript(): CommandList {
    const items: AndOrList[] = [];
    for (;;) {
      let list: CommandList;
      try {
        list = this.parseList();
      } catch (e) {
        if (!(e instanceof DepthExceeded)) throw e;
        break;
      }
      for (const it of list.items) items.push(it);
      const tok = this.cur();
      if (tok === undefined) break;
      this.error(`unexpected ${this.describe(tok)}`, tok.startOffset, tokEnd(tok));
      this.p++;
      this.skipSeparatorAfterError();
    }
    return items.length === 0
      ? { kind: "list", items, start: 0, end: 0 }
      : { kind: "list", items, start: items[0].start, end: items[items.length - 1].end };
  }
}

function staticValue(part: WordPart): string | undefined {
  switch (part.kind) {
    case "literal":
    case "single-quoted":
    case "ansi-c-quoted":
    case "double-quoted":
      return part.value;
    default:
      return undefined;
  }
}

/** Does a pipeline definitely fail (so it cannot mask a preceding failure)? */
function definitelyFails(pl: Pipeline): boolean {
  if (pl.negated) return false;
  return commandFails(pl.commands[pl.commands.length - 1]);
}

function commandFails(c: Command): boolean {
  if (c.kind === "simple") {
    const name = c.name?.value;
    if (name === "false") return true;
    if (name === "exit" || name === "return") {
      const arg = c.args[0];
      if (arg === undefined) return true; // exits with the failing status
      if (arg.value === undefined) return false;
      return !/^0+$/.test(arg.value);
    }
    return false;
  }
  if (c.kind === "subshell" || c.kind === "group") {
    const items = c.body.items;
    for (const it of items) {
      if (it.pipelines.length === 1 && it.separator !== "&" && definitelyFails(it.pipelines[0])) return true;
    }
    return false;
  }
  return false;
}

/**
 * For each pipeline of an and-or list: is its failure masked by a later `||`
 * fallback that does not itself definitely fail? (Linear, computed backwards:
 * a failing fallback passes the failure on to the next `||`.)
 */
function maskedPipelines(chain: AndOrList): boolean[] {
  const pls = chain.pipelines;
  const ops = chain.operators;
  const n = pls.length;
  const masked = new Array<boolean>(n).fill(false);
  let nextOr = -1; // index of the first `||` operator at or after j
  for (let j = n - 1; j >= 0; j--) {
    if (j < ops.length && ops[j] === "||") nextOr = j;
    if (nextOr >= 0) {
      const fb = nextOr + 1;
      masked[j] = !definitelyFails(pls[fb]) || masked[fb];
    }
  }
  return masked;
}

/** Marks every simple command inside a compound command (not in substitutions) as masked. */
function markMasked(c: Command): void {
  const stack: Command[] = [c];
  while (stack.length > 0) {
    const x = stack.pop() as Command;
    switch (x.kind) {
      case "simple":
        (x as Mutable<SimpleCommand>).maskedFailure = true;
        break;
      case "subshell":
      case "group":
        pushList(stack, x.body);
        break;
      case "if":
        for (const b of x.branches) {
          pushList(stack, b.condition);
          pushList(stack, b.body);
        }
        if (x.elseBody) pushList(stack, x.elseBody);
        break;
      case "for":
        pushList(stack, x.body);
        break;
      case "while":
      case "until":
        pushList(stack, x.condition);
        pushList(stack, x.body);
        break;
      case "case":
        for (const it of x.items) pushList(stack, it.body);
        break;
      default:
        break;
    }
  }
}

function pushList(stack: Command[], list: CommandList): void {
  for (const it of list.items) for (const pl of it.pipelines) for (const c of pl.commands) stack.push(c);
}

/**
 * Parses POSIX shell text. Never throws; syntax errors are reported in
 * {@link ShellScript.errors} and parsing recovers.
 */
export function parseShell(text: string): ShellScript {
  const input = typeof text === "string" ? text : String(text);
  try {
    const lexed = tokenizeShell(input);
    const parser = new ShellParser(input, lexed.tokens);
    const body = parser.parseScript();
    const errors = parser.errors;
    for (const e of lexed.errors) errors.push({ message: e.message, start: e.offset, end: e.offset + e.length });
    errors.sort((a, b) => a.start - b.start);
    const commands = parser.commands.sort((a, b) => a.start - b.start);
    const heredocs = parser.heredocs.sort((a, b) => a.bodyStart - b.bodyStart);
    return { text: input, body, errors, commands, heredocs };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      text: input,
      body: { kind: "list", items: [], start: 0, end: 0 },
      errors: [{ message: `internal parser error: ${message}`, start: 0, end: input.length }],
      commands: [],
      heredocs: [],
    };
  }
}
