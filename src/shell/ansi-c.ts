/**
 * Decoding of bash `$'...'` (ANSI-C quoted) strings.
 * @module
 */

const SIMPLE: Readonly<Record<string, string>> = {
  a: "\x07",
  b: "\b",
  e: "\x1b",
  E: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "?": "?",
};

function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9A-Fa-f]$/.test(c);
}

function isOctal(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "7";
}

function fromCodePointSafe(cp: number): string {
  return cp <= 0x10ffff ? String.fromCodePoint(cp) : "\ufffd";
}

/**
 * Decodes the content of an ANSI-C quoted string (without the `$'` and `'`).
 * Unknown escapes keep their backslash, as bash does.
 */
export function decodeAnsiC(content: string): string {
  if (!content.includes("\\")) return content;
  let out = "";
  const n = content.length;
  let i = 0;
  while (i < n) {
    const c = content[i];
    if (c !== "\\" || i + 1 >= n) {
      out += c;
      i++;
      continue;
    }
    const d = content[i + 1];
    const simple = SIMPLE[d];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (isOctal(d)) {
      let j = i + 1;
      let digits = "";
      while (j < n && digits.length < 3 && isOctal(content[j])) digits += content[j++];
      out += String.fromCharCode(parseInt(digits, 8) & 0xff);
      i = j;
    } else if (d === "x" || d === "u" || d === "U") {
      const max = d === "x" ? 2 : d === "u" ? 4 : 8;
      let j = i + 2;
      let digits = "";
      while (j < n && digits.length < max && isHex(content[j])) digits += content[j++];
      if (digits.length === 0) {
        out += "\\" + d;
        i += 2;
      } else {
        out += fromCodePointSafe(parseInt(digits, 16));
        i = j;
      }
    } else if (d === "c" && i + 2 < n) {
      out += String.fromCharCode(content.charCodeAt(i + 2) & 0x1f);
      i += 3;
    } else {
      out += "\\" + d;
      i += 2;
    }
  }
  return out;
}
