/**
 * Exec-form grammar: the JSON array BuildKit accepts for RUN, CMD, ENTRYPOINT, SHELL, COPY, ADD,
 * VOLUME and HEALTHCHECK CMD.
 *
 * BuildKit decodes the text with Go's `encoding/json`. Three outcomes matter and this grammar tells
 * them apart: an array of strings (exec form), valid JSON that is not an array of strings (a hard
 * error in BuildKit), and anything else (BuildKit silently falls back to shell form).
 */
import { createToken, EmbeddedActionsParser, Lexer, type IToken } from "chevrotain";

const WhiteSpace = createToken({ name: "JsonWhiteSpace", pattern: /[ \t\n\r]+/, group: Lexer.SKIPPED });
const LSquare = createToken({ name: "LSquare", pattern: /\[/ });
const RSquare = createToken({ name: "RSquare", pattern: /]/ });
const LCurly = createToken({ name: "LCurly", pattern: /{/ });
const RCurly = createToken({ name: "RCurly", pattern: /}/ });
const Comma = createToken({ name: "Comma", pattern: /,/ });
const Colon = createToken({ name: "Colon", pattern: /:/ });
const StringLiteral = createToken({
  name: "StringLiteral",
  // Go's decoder: no raw control characters, only the standard escapes.
  pattern: /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/,
});
const NumberLiteral = createToken({
  name: "NumberLiteral",
  pattern: /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/,
});
const True = createToken({ name: "True", pattern: /true/ });
const False = createToken({ name: "False", pattern: /false/ });
const Null = createToken({ name: "Null", pattern: /null/ });

const jsonTokens = [WhiteSpace, LSquare, RSquare, LCurly, RCurly, Comma, Colon, StringLiteral, NumberLiteral, True, False, Null];

/** One element of the top-level array. */
export interface JsonArrayItem {
  /** The decoded string, or `null` when the element is not a string. */
  value: string | null;
  /** Offsets of the element in the text given to {@link parseJsonArray}. */
  start: number;
  end: number;
}

class JsonArrayParser extends EmbeddedActionsParser {
  constructor() {
    super(jsonTokens, { recoveryEnabled: false, maxLookahead: 1 });
    this.performSelfAnalysis();
  }

  /** The whole input: one array. */
  readonly topArray = this.RULE("topArray", (): JsonArrayItem[] => {
    const items: JsonArrayItem[] = [];
    this.CONSUME(LSquare);
    this.OPTION(() => {
      items.push(this.SUBRULE(this.item));
      this.MANY(() => {
        this.CONSUME(Comma);
        items.push(this.SUBRULE2(this.item));
      });
    });
    this.CONSUME(RSquare);
    return items;
  });

  private readonly item = this.RULE("item", (): JsonArrayItem => {
    const first = this.LA(1);
    let value: string | null = null;
    this.OR([
      {
        ALT: () => {
          const tok = this.CONSUME(StringLiteral);
          value = this.ACTION(() => decodeJsonString(tok.image));
        },
      },
      { ALT: () => this.SUBRULE(this.nonString) },
    ]);
    const last = this.LA(0);
    return { value, start: first.startOffset, end: last.startOffset + last.image.length };
  });

  private readonly nonString = this.RULE("nonString", () => {
    this.OR([
      { ALT: () => this.CONSUME(NumberLiteral) },
      { ALT: () => this.CONSUME(True) },
      { ALT: () => this.CONSUME(False) },
      { ALT: () => this.CONSUME(Null) },
      { ALT: () => this.SUBRULE(this.object) },
      { ALT: () => this.SUBRULE(this.array) },
    ]);
  });

  private readonly value = this.RULE("value", () => {
    this.OR([{ ALT: () => this.CONSUME(StringLiteral) }, { ALT: () => this.SUBRULE(this.nonString) }]);
  });

  private readonly object = this.RULE("object", () => {
    this.CONSUME(LCurly);
    this.OPTION(() => {
      this.SUBRULE(this.pair);
      this.MANY(() => {
        this.CONSUME(Comma);
        this.SUBRULE2(this.pair);
      });
    });
    this.CONSUME(RCurly);
  });

  private readonly pair = this.RULE("pair", () => {
    this.CONSUME(StringLiteral);
    this.CONSUME(Colon);
    this.SUBRULE(this.value);
  });

  private readonly array = this.RULE("array", () => {
    this.CONSUME(LSquare);
    this.OPTION(() => {
      this.SUBRULE(this.value);
      this.MANY(() => {
        this.CONSUME(Comma);
        this.SUBRULE2(this.value);
      });
    });
    this.CONSUME(RSquare);
  });
}

let lexer: Lexer | undefined;
let parser: JsonArrayParser | undefined;

/** What the exec-form grammar made of a text. */
export type JsonArrayResult =
  | { kind: "strings"; items: JsonArrayItem[] }
  | { kind: "not-strings"; items: JsonArrayItem[] }
  | { kind: "invalid" };

/**
 * Parses `text` (which should start with `[`) as Go's `json.Unmarshal` into `[]any` would.
 * The grammar is built on first use and reused for the life of the process.
 */
export function parseJsonArray(text: string): JsonArrayResult {
  lexer ??= new Lexer(jsonTokens, { positionTracking: "onlyOffset", ensureOptimizations: false });
  parser ??= new JsonArrayParser();
  const lexed = lexer.tokenize(text);
  if (lexed.errors.length > 0) return { kind: "invalid" };
  parser.input = lexed.tokens as IToken[];
  const items = parser.topArray();
  if (parser.errors.length > 0) return { kind: "invalid" };
  return { kind: items.every((i) => i.value !== null) ? "strings" : "not-strings", items };
}

/** Decodes a JSON string literal the way Go does (unpaired surrogates become U+FFFD). */
export function decodeJsonString(literal: string): string {
  const body = literal.slice(1, -1);
  if (body.indexOf("\\") === -1) return body;
  let out = "";
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch !== "\\") {
      const next = body.indexOf("\\", i);
      const stop = next === -1 ? body.length : next;
      out += body.slice(i, stop);
      i = stop;
      continue;
    }
    const esc = body[i + 1];
    i += 2;
    switch (esc) {
      case "b":
        out += "\b";
        break;
      case "f":
        out += "\f";
        break;
      case "n":
        out += "\n";
        break;
      case "r":
        out += "\r";
        break;
      case "t":
        out += "\t";
        break;
      case "u": {
        const unit = parseInt(body.slice(i, i + 4), 16);
        i += 4;
        if (unit >= 0xd800 && unit < 0xdc00) {
          if (body[i] === "\\" && body[i + 1] === "u") {
            const low = parseInt(body.slice(i + 2, i + 6), 16);
            if (low >= 0xdc00 && low < 0xe000) {
              out += String.fromCharCode(unit, low);
              i += 6;
              break;
            }
          }
          out += "\ufffd";
        } else if (unit >= 0xdc00 && unit < 0xe000) {
          out += "\ufffd";
        } else {
          out += String.fromCharCode(unit);
        }
        break;
      }
      default:
        out += esc; // \" \\ \/
    }
  }
  return out;
}
