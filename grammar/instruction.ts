/**
 * Instruction-line grammar: `KEYWORD [--flag[=value] ...] [--] rest`.
 *
 * Input is one logical line (continuations already joined, surrounding whitespace trimmed). A
 * multi-mode chevrotain lexer splits it into the keyword, the flags and the rest; the parser returns
 * them with offsets. Flag words follow BuildKit's rules: quotes group characters and are removed, the
 * escape character protects the next character, a bare `--` ends the flags.
 */
import { createToken, EmbeddedActionsParser, Lexer, type CustomPatternMatcherReturn, type IToken } from "chevrotain";

/** Escape character in force for the line being lexed (set by {@link parseInstructionLine}). */
let escapeChar = 92; // "\"

interface FlagScan {
  offset: number;
  end: number;
  value: string;
}
let lastScan: FlagScan | undefined;
let lastScanText = "";

function isSplitSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d;
}

function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** Scans one flag word starting at `offset` (which holds `--`), as BuildKit's flag extractor does. */
function scanFlagWord(text: string, offset: number): FlagScan | undefined {
  if (text.charCodeAt(offset) !== 45 || text.charCodeAt(offset + 1) !== 45) return undefined;
  if (lastScan !== undefined && lastScan.offset === offset && lastScanText === text) return lastScan;
  let value = "";
  let quote = 0;
  let pos = offset;
  const len = text.length;
  while (pos < len) {
    let code = text.charCodeAt(pos);
    if (quote === 0) {
      if (isAsciiSpace(code)) break;
      if (code === 39 || code === 34) {
        quote = code;
        pos++;
        continue;
      }
    } else if (code === quote) {
      quote = 0;
      pos++;
      continue;
    }
    if (code === escapeChar) {
      if (pos + 1 === len) {
        pos++;
        continue;
      }
      pos++;
      code = text.charCodeAt(pos);
    }
    value += String.fromCharCode(code);
    pos++;
  }
  lastScan = { offset, end: pos, value };
  lastScanText = text;
  return lastScan;
}

function matchFlag(endOfFlags: boolean) {
  return (text: string, offset: number): CustomPatternMatcherReturn | null => {
    const scan = scanFlagWord(text, offset);
    if (scan === undefined || (scan.value === "--") !== endOfFlags) return null;
    const result: CustomPatternMatcherReturn = [text.slice(offset, scan.end)];
    result.payload = scan.value;
    return result;
  };
}

const Keyword = createToken({ name: "Keyword", pattern: /[^\t\v\f\r ]+/, push_mode: "args" });
const Whitespace = createToken({ name: "Whitespace", pattern: /[\t\n\v\f\r ]+/, line_breaks: false });
const EndOfFlags = createToken({
  name: "EndOfFlags",
  pattern: { exec: matchFlag(true) },
  start_chars_hint: ["-"],
  line_breaks: false,
  push_mode: "rest",
});
const Flag = createToken({ name: "Flag", pattern: { exec: matchFlag(false) }, start_chars_hint: ["-"], line_breaks: false });
const Rest = createToken({ name: "Rest", pattern: /[^]+/, line_breaks: false });

const lexerDefinition = {
  modes: {
    keyword: [Keyword],
    args: [Whitespace, EndOfFlags, Flag, Rest],
    rest: [Whitespace, Rest],
  },
  defaultMode: "keyword",
};
const allTokens = [Keyword, Whitespace, EndOfFlags, Flag, Rest];

/** A flag word: its source offsets and its value with quotes and escapes processed. */
export interface FlagToken {
  start: number;
  end: number;
  /** e.g. `--from=build`. */
  text: string;
}

/** The parts of one instruction line. */
export interface InstructionLine {
  keyword: { start: number; end: number; text: string };
  flags: FlagToken[];
  /** The argument text after the flags (not yet trimmed of non-ASCII whitespace). */
  rest: { start: number; end: number } | null;
}

class InstructionLineParser extends EmbeddedActionsParser {
  constructor() {
    super(allTokens, { recoveryEnabled: false });
    this.performSelfAnalysis();
  }

  readonly line = this.RULE("line", (): InstructionLine => {
    const kw = this.CONSUME(Keyword);
    const flags: FlagToken[] = [];
    let rest: IToken | undefined;
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Whitespace) },
        { ALT: () => this.CONSUME(EndOfFlags) },
        {
          ALT: () => {
            const tok = this.CONSUME(Flag);
            this.ACTION(() => flags.push(toFlag(tok)));
          },
        },
      ]);
    });
    this.OPTION(() => {
      rest = this.CONSUME(Rest);
    });
    return {
      keyword: { start: kw.startOffset, end: kw.startOffset + kw.image.length, text: kw.image },
      flags,
      rest: rest === undefined ? null : { start: rest.startOffset, end: rest.startOffset + rest.image.length },
    };
  });
}

function toFlag(tok: IToken): FlagToken {
  return { start: tok.startOffset, end: tok.startOffset + tok.image.length, text: tok.payload as string };
}

let lexer: Lexer | undefined;
let parser: InstructionLineParser | undefined;

/**
 * Splits a trimmed, non-empty logical line into keyword, flags and rest.
 * `escape` is the file's escape character (`\` or backtick). Built once per process.
 */
export function parseInstructionLine(line: string, escape: string, options: { forceGrammar?: boolean } = {}): InstructionLine {
  if (!options.forceGrammar) {
    // Most lines have no flags: after the keyword and its whitespace comes the rest. That is what
    // the grammar yields for them too (tested over the corpus), without the lexer's per-call cost.
    let kwEnd = 0;
    const len = line.length;
    while (kwEnd < len && !isSplitSpace(line.charCodeAt(kwEnd))) kwEnd++;
    let restStart = kwEnd;
    while (restStart < len && isAsciiSpace(line.charCodeAt(restStart))) restStart++;
    if (line.charCodeAt(restStart) !== 45 || line.charCodeAt(restStart + 1) !== 45) {
      return {
        keyword: { start: 0, end: kwEnd, text: line.slice(0, kwEnd) },
        flags: [],
        rest: restStart < len ? { start: restStart, end: len } : null,
      };
    }
  }
  lexer ??= new Lexer(lexerDefinition, { positionTracking: "onlyOffset", ensureOptimizations: false });
  parser ??= new InstructionLineParser();
  escapeChar = escape.charCodeAt(0);
  lastScan = undefined;
  const lexed = lexer.tokenize(line);
  parser.input = lexed.tokens;
  const result = parser.line();
  if (parser.errors.length > 0 || lexed.errors.length > 0) {
    // Cannot happen for a trimmed non-empty line (every character belongs to some token), but a
    // grammar must never take the parser down: fall back to "keyword + rest".
    const cut = line.search(/[\t\v\f\r ]/);
    const kwEnd = cut === -1 ? line.length : cut;
    const restStart = kwEnd + (line.slice(kwEnd).match(/^[\t\v\f\r ]*/)?.[0].length ?? 0);
    return {
      keyword: { start: 0, end: kwEnd, text: line.slice(0, kwEnd) },
      flags: [],
      rest: restStart < line.length ? { start: restStart, end: line.length } : null,
    };
  }
  return result;
}
