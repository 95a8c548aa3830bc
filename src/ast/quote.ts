/** Go's `strconv.Quote`, which BuildKit's AST dump uses for every value. */

const printable = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;
const plainAscii = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/** Quotes `s` exactly as Go's `strconv.Quote` does. */
export function goQuote(s: string): string {
  if (plainAscii.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === "\\") {
      out += "\\" + ch;
    } else if (cp === 0x20 || (cp > 0x20 && cp < 0x7f)) {
      out += ch;
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      out += "\ufffd"; // a lone surrogate cannot come from UTF-8; Go would print U+FFFD
    } else if (cp >= 0x80 && printable.test(ch)) {
      out += ch;
    } else {
      switch (cp) {
        case 0x07:
          out += "\\a";
          break;
        case 0x08:
          out += "\\b";
          break;
        case 0x0c:
          out += "\\f";
          break;
        case 0x0a:
          out += "\\n";
          break;
        case 0x0d:
          out += "\\r";
          break;
        case 0x09:
          out += "\\t";
          break;
        case 0x0b:
          out += "\\v";
          break;
        default:
          if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex(cp, 2);
          else if (cp < 0x10000) out += "\\u" + hex(cp, 4);
          else out += "\\U" + hex(cp, 8);
      }
    }
  }
  return out + '"';
}
