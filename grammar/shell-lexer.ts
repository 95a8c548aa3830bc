/**
 * Chevrotain lexer for the POSIX `sh` subset found in Dockerfile `RUN`, `CMD`
 * and `ENTRYPOINT` instructions.
 *
 * The lexer is multi-modal: the mode stack mirrors the quoting / nesting
 * context (`"..."`, `${...}`, `$(...)`, backticks, `$((...))`), so every token
 * carries its context-dependent meaning and the parser (src/shell/parser.ts)
 * never has to re-scan characters. Words are *not* assembled here: a word is a
 * run of adjacent word-part tokens (the parser checks offsets), because
 * blanks are skipped.
 *
 * Here-documents are handled statefully: a `<<` / `<<-` operator peeks at its
 * delimiter and queues a {@link HeredocRecord}; the next newline token in a
 * command context swallows the queued bodies and fills in the records. The
 * records travel to the parser as the operator token's `payload`.
 *
 * The lexer is built once, lazily, and reused; {@link tokenizeShell} is
 * synchronous, so the module-level here-document queue is safe.
 *
 * @module
 */
import { createToken, Lexer, type CustomPatternMatcherReturn, type ILexingError, type IToken, type TokenType } from "chevrotain";

/** A here-document found by the lexer. Offsets are UTF-16 indices, end exclusive. */
export interface HeredocRecord {
  /** Delimiter after quote removal (`<<'EOF'` → `EOF`). */
  delimiter: string;
  /** True when any part of the delimiter was quoted or escaped (body is then not expanded). */
  quoted: boolean;
  /** True for `<<-` (leading tabs are stripped from body lines and the terminator). */
  stripTabs: boolean;
  /** Start of the body (first character of the line after the operator's line); -1 until read. */
  bodyStart: number;
  /** End of the body (start of the terminator line, or end of input). */
  bodyEnd: number;
  /** End of the terminator line (after its newline), or end of input. */
  end: number;
  /** False when the input ended before the terminator line, or no newline followed the operator. */
  terminated: boolean;
}

// ---------------------------------------------------------------------------
// Here-document state (reset by tokenizeShell)
// ---------------------------------------------------------------------------

let pendingHeredocs: HeredocRecord[] = [];

function isDelimiterStop(c: number): boolean {
  // blank, tab, CR, LF, ; & | ( ) < >
  return (
    c === 32 || c === 9 || c === 13 || c === 10 || c === 59 || c === 38 || c === 124 || c === 40 || c === 41 || c === 60 || c === 62
  );
}

/** Reads a here-document delimiter word starting at `i`. */
function peekDelimiter(text: string, i: number): { delimiter: string; quoted: boolean } | undefined {
  const n = text.length;
  let out = "";
  let quoted = false;
  let any = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDelimiterStop(c)) break;
    any = true;
    if (c === 39 /* ' */) {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return undefined;
      out += text.slice(i + 1, close);
      quoted = true;
      i = close + 1;
    } else if (c === 34 /* " */) {
      let j = i + 1;
      let s = "";
      while (j < n && text.charCodeAt(j) !== 34) {
        if (text.charCodeAt(j) === 92 && j + 1 < n) {
          const d = text[j + 1];
          if (d === "$" || d === "`" || d === '"' || d === "\\") {
            s += d;
            j += 2;
            continue;
          }
        }
        s += text[j];
        j++;
      }
      if (j >= n) return undefined;
      out += s;
      quoted = true;
      i = j + 1;
    } else if (c === 92 /* \ */) {
      quoted = true;
      if (i + 1 < n) out += text[i + 1];
      i += 2;
    } else {
      out += text[i];
      i++;
    }
  }
  return any ? { delimiter: out, quoted } : undefined;
}

function matchHeredocOp(text: string, offset: number): CustomPatternMatcherReturn | null {
  if (text.charCodeAt(offset) !== 60 || text.charCodeAt(offset + 1) !== 60) return null;
  let i = offset + 2;
  if (text.charCodeAt(i) === 60) return null; // <<< here-string
  const stripTabs = text.charCodeAt(i) === 45; /* - */
  if (stripTabs) i++;
  const opEnd = i;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const d = peekDelimiter(text, i);
  if (d === undefined) return null;
  const record: HeredocRecord = {
    delimiter: d.delimiter,
    quoted: d.quoted,
    stripTabs,
    bodyStart: -1,
    bodyEnd: -1,
    end: -1,
    terminated: false,
  };
  pendingHeredocs.push(record);
  const result: CustomPatternMatcherReturn = [text.slice(offset, opEnd)];
  result.payload = record;
  return result;
}

/** Reads the bodies of all pending here-documents starting at `pos`; returns the end offset. */
function readHeredocBodies(text: string, pos: number): number {
  const n = text.length;
  for (const rec of pendingHeredocs) {
    rec.bodyStart = pos;
    const delim = rec.delimiter;
    let found = false;
    while (pos < n) {
      let lineEnd = text.indexOf("\n", pos);
      if (lineEnd < 0) lineEnd = n;
      let p = pos;
      if (rec.stripTabs) while (p < lineEnd && text.charCodeAt(p) === 9) p++;
      let contentEnd = lineEnd;
      if (contentEnd > p && text.charCodeAt(contentEnd - 1) === 13) contentEnd--;
      if (contentEnd - p === delim.length && text.startsWith(delim, p)) {
        rec.bodyEnd = pos;
        rec.end = lineEnd < n ? lineEnd + 1 : n;
        rec.terminated = true;
        pos = rec.end;
        found = true;
        break;
      }
      pos = lineEnd < n ? lineEnd + 1 : n;
    }
    if (!found) {
      rec.bodyEnd = n;
      rec.end = n;
      pos = n;
    }
  }
  pendingHeredocs = [];
  return pos;
}

function matchNewline(text: string, offset: number): CustomPatternMatcherReturn | null {
  const c = text.charCodeAt(offset);
  let end: number;
  if (c === 10) end = offset + 1;
  else if (c === 13 && text.charCodeAt(offset + 1) === 10) end = offset + 2;
  else return null;
  if (pendingHeredocs.length > 0) end = readHeredocBodies(text, end);
  return [text.slice(offset, end)];
}

/** `#` starts a comment only at the beginning of a word. */
function commentStartOk(text: string, offset: number): boolean {
  if (offset === 0) return true;
  const p = text.charCodeAt(offset - 1);
  // blank, tab, CR, LF, ; & | ( ) < > `
  return (
    p === 32 || p === 9 || p === 13 || p === 10 || p === 59 || p === 38 || p === 124 || p === 40 || p === 41 || p === 60 || p === 62 || p === 96
  );
}

function matchComment(text: string, offset: number): CustomPatternMatcherReturn | null {
  if (text.charCodeAt(offset) !== 35 || !commentStartOk(text, offset)) return null;
  let end = text.indexOf("\n", offset);
  if (end < 0) end = text.length;
  return [text.slice(offset, end)];
}

function matchBacktickComment(text: string, offset: number): CustomPatternMatcherReturn | null {
  if (text.charCodeAt(offset) !== 35 || !commentStartOk(text, offset)) return null;
  let end = offset;
  const n = text.length;
  while (end < n) {
    const c = text.charCodeAt(end);
    if (c === 10 || c === 96) break;
    end++;
  }
  return [text.slice(offset, end)];
}

// ---------------------------------------------------------------------------
// Case-pattern tracking
//
// A `)` normally closes the innermost `(`, `$(` or `<(` and pops the lexer
// mode; but in `case WORD in pat) ...` the `)` ends a pattern. To keep the
// mode stack right (e.g. in "$(case $x in a) echo;; esac)"), the lexer keeps
// a shadow stack of command frames, each with the `case` statements open in
// it. Observer patterns (which never match) update it; `RParenCase` /
// `CaseLParen` match only in pattern position.
// ---------------------------------------------------------------------------

interface Frame {
  /** One entry per open `case` in this frame: true while in pattern position. */
  cases: boolean[];
  /** Saw `case`, waiting for `in`. */
  awaitIn: boolean;
}

let frames: Frame[] = [{ cases: [], awaitIn: false }];

function topFrame(): Frame {
  return frames[frames.length - 1];
}

function pushFrame(): void {
  frames.push({ cases: [], awaitIn: false });
}

function popFrame(): void {
  if (frames.length > 1) frames.pop();
}

function inPatternPosition(): boolean {
  const f = topFrame();
  return f.cases.length > 0 && f.cases[f.cases.length - 1];
}

function isWordEndAt(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 59 || c === 38 || c === 124 || c === 40 || c === 41 || c === 60 || c === 62;
}

function wordAt(text: string, offset: number, word: string): boolean {
  return text.startsWith(word, offset) && isWordEndAt(text, offset + word.length);
}

const COMMAND_WORDS_BEFORE = new Set(["then", "do", "else", "elif", "if", "while", "until", "{", "!", "time"]);

/** Is `offset` (roughly) in command position? */
function commandPosition(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  const c = text[i];
  if (c === ";" || c === "&" || c === "|" || c === "(" || c === "\n" || c === "\r" || c === "`" || c === ")") return true;
  let j = i;
  while (j >= 0 && !/[\s;&|()<>`]/.test(text[j])) j--;
  return COMMAND_WORDS_BEFORE.has(text.slice(j + 1, i + 1));
}

/** Observes `case`, `in` and `esac`; never matches. */
function observeCaseWords(text: string, offset: number): null {
  const f = topFrame();
  const c = text.charCodeAt(offset);
  if (c === 99 /* c */ && wordAt(text, offset, "case") && commandPosition(text, offset)) f.awaitIn = true;
  else if (c === 105 /* i */ && f.awaitIn && wordAt(text, offset, "in")) {
    f.awaitIn = false;
    f.cases.push(true);
  } else if (c === 101 /* e */ && f.cases.length > 0 && wordAt(text, offset, "esac") && commandPosition(text, offset)) f.cases.pop();
  return null;
}

/** Observes `;;`, `;&`, `;;&` (back to pattern position); never matches. */
function observeCaseSeparator(text: string, offset: number): null {
  const f = topFrame();
  if (f.cases.length > 0 && text.charCodeAt(offset + 1) === 59 /* ; */) f.cases[f.cases.length - 1] = true;
  else if (f.cases.length > 0 && text.charCodeAt(offset + 1) === 38 /* & */) f.cases[f.cases.length - 1] = true;
  return null;
}

/** `)` ending a case pattern (no mode pop). Otherwise pops the shadow frame and lets RParen match. */
function matchRParenCase(text: string, offset: number): CustomPatternMatcherReturn | null {
  if (text.charCodeAt(offset) !== 41) return null;
  if (inPatternPosition()) {
    const f = topFrame();
    f.cases[f.cases.length - 1] = false;
    return [")"];
  }
  popFrame();
  return null;
}

/** Optional `(` before a case pattern (no mode push). Otherwise pushes a shadow frame and lets LParen match. */
function matchCaseLParen(text: string, offset: number): CustomPatternMatcherReturn | null {
  if (text.charCodeAt(offset) !== 40) return null;
  if (inPatternPosition()) return ["("];
  pushFrame();
  return null;
}

/** Observes `$(` (not `$((`), `<(`, `>(` and opening backticks: they start a command frame. */
function observeFrameOpen(text: string, offset: number): null {
  const c = text.charCodeAt(offset);
  const d = text.charCodeAt(offset + 1);
  if (c === 36 /* $ */) {
    if (d === 40 && text.charCodeAt(offset + 2) !== 40) pushFrame();
  } else if (c === 60 || c === 62) {
    if (d === 40) pushFrame();
  } else if (c === 96) {
    pushFrame();
  }
  return null;
}

/** Observes a closing backtick. */
function observeBacktickClose(text: string, offset: number): null {
  if (text.charCodeAt(offset) === 96) popFrame();
  return null;
}

// ---------------------------------------------------------------------------
// Token types
// ---------------------------------------------------------------------------

/** Mode names. */
export const ShellMode = {
  command: "command",
  backtick: "backtick",
  double: "double",
  param: "param",
  dqParam: "dqParam",
  arith: "arith",
  arithParen: "arithParen",
} as const;

const t = createToken;

/** All shell token types, by name. */
export const ShellTokens = {
  // trivia
  LineCont: t({ name: "LineCont", pattern: /\\\r?\n/, line_breaks: true }),
  Newline: t({ name: "Newline", pattern: { exec: matchNewline }, start_chars_hint: ["\n", "\r"], line_breaks: true }),
  Blank: t({ name: "Blank", pattern: /[ \t\r]+/, group: Lexer.SKIPPED }),
  Comment: t({ name: "Comment", pattern: { exec: matchComment }, start_chars_hint: ["#"], line_breaks: false, group: Lexer.SKIPPED }),
  BacktickComment: t({
    name: "BacktickComment",
    pattern: { exec: matchBacktickComment },
    start_chars_hint: ["#"],
    line_breaks: false,
    group: Lexer.SKIPPED,
  }),
  // control operators
  AndIf: t({ name: "AndIf", pattern: "&&" }),
  AndGreatGreat: t({ name: "AndGreatGreat", pattern: "&>>" }),
  AndGreat: t({ name: "AndGreat", pattern: "&>" }),
  Amp: t({ name: "Amp", pattern: "&" }),
  OrIf: t({ name: "OrIf", pattern: "||" }),
  PipeAmp: t({ name: "PipeAmp", pattern: "|&" }),
  Pipe: t({ name: "Pipe", pattern: "|" }),
  DSemiAmp: t({ name: "DSemiAmp", pattern: ";;&" }),
  DSemi: t({ name: "DSemi", pattern: ";;" }),
  SemiAmp: t({ name: "SemiAmp", pattern: ";&" }),
  Semi: t({ name: "Semi", pattern: ";" }),
  CaseObserver: t({ name: "CaseObserver", pattern: { exec: observeCaseWords }, start_chars_hint: ["c", "i", "e"], line_breaks: false }),
  CaseSepObserver: t({ name: "CaseSepObserver", pattern: { exec: observeCaseSeparator }, start_chars_hint: [";"], line_breaks: false }),
  FrameOpenObserver: t({ name: "FrameOpenObserver", pattern: { exec: observeFrameOpen }, start_chars_hint: ["$", "<", ">", "`"], line_breaks: false }),
  BacktickCloseObserver: t({ name: "BacktickCloseObserver", pattern: { exec: observeBacktickClose }, start_chars_hint: ["`"], line_breaks: false }),
  CaseLParen: t({ name: "CaseLParen", pattern: { exec: matchCaseLParen }, start_chars_hint: ["("], line_breaks: false }),
  RParenCase: t({ name: "RParenCase", pattern: { exec: matchRParenCase }, start_chars_hint: [")"], line_breaks: false }),
  LParen: t({ name: "LParen", pattern: "(", push_mode: ShellMode.command }),
  RParen: t({ name: "RParen", pattern: ")", pop_mode: true }),
  // redirection operators
  ProcSubIn: t({ name: "ProcSubIn", pattern: "<(", push_mode: "command" }),
  ProcSubOut: t({ name: "ProcSubOut", pattern: ">(", push_mode: "command" }),
  HereString: t({ name: "HereString", pattern: "<<<" }),
  HeredocOp: t({ name: "HeredocOp", pattern: { exec: matchHeredocOp }, start_chars_hint: ["<"], line_breaks: false }),
  DLess: t({ name: "DLess", pattern: /<<-?/ }),
  LessGreat: t({ name: "LessGreat", pattern: "<>" }),
  LessAnd: t({ name: "LessAnd", pattern: "<&" }),
  Less: t({ name: "Less", pattern: "<" }),
  GreatGreat: t({ name: "GreatGreat", pattern: ">>" }),
  GreatAnd: t({ name: "GreatAnd", pattern: ">&" }),
  Clobber: t({ name: "Clobber", pattern: ">|" }),
  Great: t({ name: "Great", pattern: ">" }),
  IoNumber: t({ name: "IoNumber", pattern: /[0-9]+(?=[<>])/ }),
  // word parts
  SQuote: t({ name: "SQuote", pattern: /'[^']*'/, line_breaks: true }),
  SQuoteUnterminated: t({ name: "SQuoteUnterminated", pattern: /'[\s\S]*/, line_breaks: true }),
  AnsiC: t({ name: "AnsiC", pattern: /\$'(?:[^'\\]|\\[\s\S])*'/, line_breaks: true }),
  AnsiCUnterminated: t({ name: "AnsiCUnterminated", pattern: /\$'[\s\S]*/, line_breaks: true }),
  DQuoteOpen: t({ name: "DQuoteOpen", pattern: '"', push_mode: ShellMode.double }),
  /** bash `$"..."` (locale translation): a double-quoted string. */
  LocaleDQuoteOpen: t({ name: "LocaleDQuoteOpen", pattern: '$"', push_mode: ShellMode.double }),
  ArithOpen: t({ name: "ArithOpen", pattern: "$((", push_mode: ShellMode.arith }),
  CmdSubOpen: t({ name: "CmdSubOpen", pattern: "$(", push_mode: ShellMode.command }),
  ParamOpen: t({ name: "ParamOpen", pattern: "${", push_mode: ShellMode.param }),
  DqParamOpen: t({ name: "DqParamOpen", pattern: "${", push_mode: ShellMode.dqParam }),
  ParamSimple: t({ name: "ParamSimple", pattern: /\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/ }),
  Dollar: t({ name: "Dollar", pattern: "$" }),
  BacktickOpen: t({ name: "BacktickOpen", pattern: "`", push_mode: ShellMode.backtick }),
  BacktickClose: t({ name: "BacktickClose", pattern: "`", pop_mode: true }),
  Escape: t({ name: "Escape", pattern: /\\[\s\S]?/ }),
  Literal: t({
    name: "Literal",
    pattern: /[\x00-\x08\x0B\x0C\x0E-\x1F!#%*-:=?-[\]-_a-{}-\uFFFF][^ \t\r\n'"\\$`;&|()<>]*/,
    line_breaks: false,
  }),
  // double-quote mode
  DQuoteClose: t({ name: "DQuoteClose", pattern: '"', pop_mode: true }),
  DqEscape: t({ name: "DqEscape", pattern: /\\[$`"\\]/ }),
  DqBackslash: t({ name: "DqBackslash", pattern: "\\" }),
  DqLiteral: t({ name: "DqLiteral", pattern: /[\x00-!#%-[\]-_a-\uFFFF][^"\\$`]*/, line_breaks: true }),
  // parameter mode
  ParamClose: t({ name: "ParamClose", pattern: "}", pop_mode: true }),
  ParamLiteral: t({ name: "ParamLiteral", pattern: /[\x00-!#%-&(-[\]-_a-|~-\uFFFF][^}'"\\$`]*/, line_breaks: true }),
  DqParamLiteral: t({ name: "DqParamLiteral", pattern: /[\x00-!#%-[\]-_a-|~-\uFFFF][^}"\\$`]*/, line_breaks: true }),
  // arithmetic mode
  ArithClose: t({ name: "ArithClose", pattern: "))", pop_mode: true }),
  ArithParenOpen: t({ name: "ArithParenOpen", pattern: "(", push_mode: ShellMode.arithParen }),
  ArithParenClose: t({ name: "ArithParenClose", pattern: ")", pop_mode: true }),
  ArithStrayClose: t({ name: "ArithStrayClose", pattern: ")" }),
  ArithLiteral: t({ name: "ArithLiteral", pattern: /[\x00-#%-'*-_a-\uFFFF][^()$`]*/, line_breaks: true }),
} satisfies Record<string, TokenType>;

/** Token type of a shell token. */
export type ShellTokenName = keyof typeof ShellTokens;

const T = ShellTokens;

/** Tokens that may appear in an unquoted word, in priority order (the parser's word-start set builds on it). */
export const unquotedWordParts: readonly TokenType[] = [
  T.SQuote,
  T.SQuoteUnterminated,
  T.AnsiC,
  T.AnsiCUnterminated,
  T.DQuoteOpen,
  T.LocaleDQuoteOpen,
  T.ArithOpen,
  T.CmdSubOpen,
  T.ParamOpen,
  T.ParamSimple,
  T.Dollar,
];

const operators = [
  T.FrameOpenObserver,
  T.CaseSepObserver,
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
  T.CaseLParen,
  T.LParen,
  T.RParenCase,
  T.RParen,
  T.ProcSubIn,
  T.ProcSubOut,
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
];

const commandMode = [T.LineCont, T.Newline, T.Blank, T.Comment, ...operators, ...unquotedWordParts, T.BacktickOpen, T.Escape, T.CaseObserver, T.Literal];

const backtickMode = [
  T.BacktickCloseObserver,
  T.BacktickClose,
  T.LineCont,
  T.Newline,
  T.Blank,
  T.BacktickComment,
  ...operators,
  ...unquotedWordParts,
  T.Escape,
  T.CaseObserver,
  T.Literal,
];

const doubleMode = [
  T.DQuoteClose,
  T.LineCont,
  T.DqEscape,
  T.DqBackslash,
  T.FrameOpenObserver,
  T.ArithOpen,
  T.CmdSubOpen,
  T.DqParamOpen,
  T.ParamSimple,
  T.Dollar,
  T.BacktickOpen,
  T.DqLiteral,
];

const paramMode = [T.ParamClose, T.LineCont, T.FrameOpenObserver, ...unquotedWordParts, T.BacktickOpen, T.Escape, T.ParamLiteral];

const dqParamMode = [
  T.ParamClose,
  T.LineCont,
  T.FrameOpenObserver,
  T.DQuoteOpen,
  T.ArithOpen,
  T.CmdSubOpen,
  T.DqParamOpen,
  T.ParamSimple,
  T.Dollar,
  T.BacktickOpen,
  T.Escape,
  T.DqParamLiteral,
];

const arithCommon = [T.ArithParenOpen, T.FrameOpenObserver, T.ArithOpen, T.CmdSubOpen, T.ParamOpen, T.ParamSimple, T.Dollar, T.BacktickOpen, T.ArithLiteral];
const arithMode = [T.ArithClose, T.ArithStrayClose, ...arithCommon];
const arithParenMode = [T.ArithParenClose, ...arithCommon];

let lexer: Lexer | undefined;

function getLexer(): Lexer {
  if (lexer === undefined) {
    lexer = new Lexer(
      {
        modes: {
          [ShellMode.command]: commandMode,
          [ShellMode.backtick]: backtickMode,
          [ShellMode.double]: doubleMode,
          [ShellMode.param]: paramMode,
          [ShellMode.dqParam]: dqParamMode,
          [ShellMode.arith]: arithMode,
          [ShellMode.arithParen]: arithParenMode,
        },
        defaultMode: ShellMode.command,
      },
      { positionTracking: "onlyOffset", ensureOptimizations: true, skipValidations: false },
    );
  }
  return lexer;
}

/** Result of {@link tokenizeShell}. */
export interface ShellLexResult {
  /** Significant tokens (blanks and comments are skipped). `endOffset` is inclusive (chevrotain convention). */
  tokens: IToken[];
  /** Lexing errors other than unbalanced-`)` mode pops (which the parser reports itself). */
  errors: ILexingError[];
  /** Here-documents whose operator was seen but no newline followed; they have empty bodies. */
  unreadHeredocs: HeredocRecord[];
}

/** Tokenizes shell text. Never throws for any input string. */
export function tokenizeShell(text: string): ShellLexResult {
  pendingHeredocs = [];
  frames = [{ cases: [], awaitIn: false }];
  const lx = getLexer();
  const res = lx.tokenize(text);
  const unread = pendingHeredocs;
  for (const rec of unread) {
    rec.bodyStart = text.length;
    rec.bodyEnd = text.length;
    rec.end = text.length;
  }
  pendingHeredocs = [];
  frames = [{ cases: [], awaitIn: false }];
  const errors = res.errors.filter((e) => !e.message.startsWith("Unable to pop"));
  return { tokens: res.tokens, errors, unreadHeredocs: unread };
}
