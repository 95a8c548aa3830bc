/** The fixer engine with small text-based rules: selection, conflicts, checks, passes, line endings. */
import { describe, expect, it } from "vitest";
import { fix } from "../../src/index.js";
import { replaceRule, textRule } from "./helpers.js";

const only = (r: ReturnType<typeof fix>) => ({
  output: r.output,
  applied: r.applied.map((a) => `${a.pass}:${a.rule}`),
  dropped: r.dropped.map((d) => `${d.finding.rule}: ${d.reason}`),
  passes: r.passes,
});

describe("selecting fixes", () => {
  it("applies nothing and reports the findings when no rule offers a fix", () => {
    const text = "FROM alpine:3.20\n# todo\n";
    const r = fix(text, { rules: [textRule("todo", /todo/, null)] });
    expect(only(r)).toEqual({ output: text, applied: [], dropped: [], passes: 0 });
    expect(r.remaining.map((f) => f.rule)).toEqual(["todo"]);
  });

  it("leaves unsafe fixes alone unless asked, and applies them with unsafe: true", () => {
    const rules = [replaceRule("risky", /foo/, "bar", { safe: false })];
    const text = "FROM alpine:3.20\n# foo\n";
    const safeOnly = fix(text, { rules });
    expect(only(safeOnly)).toEqual({ output: text, applied: [], dropped: [], passes: 0 });
    expect(safeOnly.remaining.map((f) => f.rule)).toEqual(["risky"]);
    const r = fix(text, { rules, unsafe: true });
    expect(only(r)).toEqual({ output: "FROM alpine:3.20\n# bar\n", applied: ["1:risky"], dropped: [], passes: 1 });
    expect(r.applied[0].safe).toBe(false);
    expect(r.remaining).toEqual([]);
  });

  it("of two overlapping fixes applies the one starting first; the other's finding is gone after it", () => {
    const rules = [replaceRule("later", /oo/, "00"), replaceRule("first", /foo/, "bar")];
    const r = fix("FROM alpine:3.20\n# foo\n", { rules });
    expect(only(r)).toEqual({ output: "FROM alpine:3.20\n# bar\n", applied: ["1:first"], dropped: [], passes: 1 });
  });

  it("breaks a tie at the same position by rule id, whatever the order of the rules", () => {
    const a = replaceRule("a-rule", /foo/, "AAA");
    const b = replaceRule("b-rule", /foo/, "BBB");
    for (const rules of [
      [a, b],
      [b, a],
    ]) {
      const r = fix("FROM alpine:3.20\n# foo\n", { rules });
      expect(only(r)).toEqual({ output: "FROM alpine:3.20\n# AAA\n", applied: ["1:a-rule"], dropped: [], passes: 1 });
    }
  });

  it("applies replacements that only touch in the same pass", () => {
    const rules = [replaceRule("left", /abc/, "ABC"), replaceRule("right", /def/, "DEF")];
    const r = fix("FROM alpine:3.20\n# abcdef\n", { rules });
    expect(only(r)).toEqual({ output: "FROM alpine:3.20\n# ABCDEF\n", applied: ["1:left", "1:right"], dropped: [], passes: 1 });
  });

  it("defers an insertion touching another fix's edit to the next pass", () => {
    // `mark` inserts "!" before "def"; `right` replaces "def". Which goes first would be a guess.
    const mark = textRule("mark", /(?<!!)def/, (m) => [{ start: m.index, end: m.index, text: "!" }]);
    const right = replaceRule("right", /def/, "DEF");
    const r = fix("FROM alpine:3.20\n# abcdef\n", { rules: [mark, right] });
    expect(only(r)).toEqual({ output: "FROM alpine:3.20\n# abc!DEF\n", applied: ["1:mark", "2:right"], dropped: [], passes: 2 });
  });

  it("converges over several passes when fixes overlap", () => {
    // Every "xx" window (overlapping) reports; each fix turns one window into "x".
    const rules = [replaceRule("double-x", /xx/, "x", { overlapping: true })];
    const r = fix("FROM alpine:3.20\n# xxxxx\n", { rules });
    expect(r.output).toBe("FROM alpine:3.20\n# x\n");
    expect(r.passes).toBe(3);
    expect(r.applied.map((a) => a.pass)).toEqual([1, 1, 2, 3]);
    expect(r.remaining).toEqual([]);
    expect(r.dropped).toEqual([]);
  });

  it("stops after maxPasses (10 by default) and reports what is left", () => {
    // 15 findings with the same fix (delete the first x): one can be applied per pass.
    const rule = textRule("strip-x", /x/, (_m, text) => {
      const at = text.indexOf("x");
      return [{ start: at, end: at + 1, text: "" }];
    });
    const text = `FROM alpine:3.20\n# ${"x".repeat(15)}\n`;
    const r = fix(text, { rules: [rule] });
    expect(r.passes).toBe(10);
    expect(r.output).toBe(`FROM alpine:3.20\n# ${"x".repeat(5)}\n`);
    expect(r.remaining.map((f) => f.rule)).toEqual(Array(5).fill("strip-x"));
    const three = fix(text, { rules: [rule], maxPasses: 3 });
    expect(three.passes).toBe(3);
    expect(three.output).toBe(`FROM alpine:3.20\n# ${"x".repeat(12)}\n`);
  });
});

describe("checking results", () => {
  it("drops a fix whose result does not parse, and leaves the text untouched", () => {
    const breaker = replaceRule("breaker", /RUN echo hi/, "RUN <<EOF\necho hi");
    const text = "FROM alpine:3.20\nRUN echo hi\n";
    const r = fix(text, { rules: [breaker] });
    expect(only(r)).toEqual({
      output: text,
      applied: [],
      dropped: ["breaker: the result does not parse: unterminated-heredoc: unterminated heredoc (line 2)"],
      passes: 0,
    });
    expect(r.remaining.map((f) => f.rule)).toEqual(["breaker"]);
  });

  it("allows parse errors the text already had, but not one more of the same kind", () => {
    const text = "FROM alpine:3.20\nFROB x\n# frob\n";
    const same = fix(text, { rules: [replaceRule("upper", /# frob/, "# FROB")] });
    expect(same.output).toBe("FROM alpine:3.20\nFROB x\n# FROB\n");
    const more = fix(text, { rules: [replaceRule("unhash", /# frob/, "FROB y")] });
    expect(more.output).toBe(text);
    expect(more.dropped).toHaveLength(1);
    expect(more.dropped[0].reason).toMatch(/^the result does not parse: unknown-instruction: unknown instruction: FROB\b.* \(line 3\)$/);
  });

  it("drops a fix that introduces a new finding", () => {
    const rules = [replaceRule("apple", /apple/, "banana"), textRule("no-banana", /banana/, null)];
    const text = "FROM alpine:3.20\n# apple\n";
    const r = fix(text, { rules });
    expect(only(r)).toEqual({
      output: text,
      applied: [],
      dropped: ["apple: the fix introduces a new finding: no-banana: no-banana here (line 2)"],
      passes: 0,
    });
  });

  it("counts findings: one more of a kind that already existed is new too", () => {
    const rules = [replaceRule("apple", /apple/, "banana"), textRule("no-banana", /banana/, null)];
    const r = fix("FROM alpine:3.20\n# banana\n# apple\n", { rules });
    expect(r.output).toBe("FROM alpine:3.20\n# banana\n# apple\n");
    expect(r.dropped).toHaveLength(1);
  });

  it("finds the culprit in a pass and keeps the other fixes of that pass", () => {
    const rules = [replaceRule("upper", /[a-c]\b/, "Z"), replaceRule("apple", /apple/, "banana"), textRule("no-banana", /banana/, null)];
    const r = fix("FROM alpine:3.20\n# a apple b\n# c\n", { rules });
    expect(only(r)).toEqual({
      output: "FROM alpine:3.20\n# Z apple Z\n# Z\n",
      applied: ["1:upper", "1:upper", "1:upper"],
      dropped: ["apple: the fix introduces a new finding: no-banana: no-banana here (line 2)"],
      passes: 1,
    });
  });

  it("drops a fix that does not make its own finding go away", () => {
    const r = fix("FROM alpine:3.20\n# same\n", { rules: [replaceRule("noop", /same/, "same")] });
    expect(r.dropped.map((d) => d.reason)).toEqual(["the finding is still reported after the fix (line 2)"]);
    expect(r.output).toBe("FROM alpine:3.20\n# same\n");
  });

  it("does not count a message that only names a shifted line number as new", () => {
    const where = textRule("where", /CMD/, null, { message: (m, text) => `CMD on line ${text.slice(0, m.index).split("\n").length}` });
    const header = textRule("header", /^FROM/, (m) => [{ start: m.index, end: m.index, text: "# syntax note\n" }], { message: () => "no header" });
    const r = fix("FROM alpine:3.20\nCMD true\n", { rules: [where, header] });
    expect(r.output).toBe("# syntax note\nFROM alpine:3.20\nCMD true\n");
    expect(r.remaining.map((f) => f.message)).toEqual(["CMD on line 3"]);
  });

  it("does not count an old finding whose message quotes text the fix changed as new", () => {
    // `quoter` reports the whole second line in its message, like empty-continuation does.
    const quoter = textRule("quoter", /^RUN .*$/m, null, { message: (m) => `found in: ${m.text}` });
    const rules = [quoter, replaceRule("install", /install -y/, "install --yes")];
    const r = fix("FROM alpine:3.20\nRUN apk install -y curl\n", { rules });
    expect(r.output).toBe("FROM alpine:3.20\nRUN apk install --yes curl\n");
    expect(r.remaining.map((f) => f.message)).toEqual(["found in: RUN apk install --yes curl"]);
  });

  it("does count a finding of the same rule at a new place as new", () => {
    const quoter = textRule("quoter", /^RUN .*yes.*$/m, null, { message: (m) => `found in: ${m.text}` });
    const rules = [quoter, replaceRule("install", /install -y/, "install --yes")];
    const r = fix("FROM alpine:3.20\nRUN apk install -y curl\n", { rules });
    expect(r.output).toBe("FROM alpine:3.20\nRUN apk install -y curl\n");
    expect(r.dropped.map((d) => d.reason)).toEqual(["the fix introduces a new finding: quoter: found in: RUN apk install --yes curl (line 2)"]);
  });

  it("drops fixes with invalid edits with the reason", () => {
    const cases: [string, Parameters<typeof textRule>[2], string][] = [
      ["outside", () => [{ start: 5, end: 9999, text: "" }], "invalid edit: offset 9999 is outside the text (0-21)"],
      ["backwards", () => [{ start: 5, end: 2, text: "" }], "invalid edit: start 5 is after end 2"],
      ["self-overlap", () => [{ start: 0, end: 4, text: "" }, { start: 2, end: 6, text: "" }], "the fix's own edits overlap"],
      ["empty", () => [], "the fix has no edits"],
    ];
    for (const [id, edits, reason] of cases) {
      const r = fix("FROM alpine:3.20\n# z\n", { rules: [textRule(id, /z/, edits)] });
      expect(r.output, id).toBe("FROM alpine:3.20\n# z\n");
      expect(r.dropped.map((d) => d.reason), id).toEqual([reason]);
    }
  });

  it("applies several edits of one fix together", () => {
    const quote = textRule("quote", /(?<!")word/, (m) => [
      { start: m.index, end: m.index, text: '"' },
      { start: m.index + 4, end: m.index + 4, text: '"' },
    ]);
    const r = fix("FROM alpine:3.20\n# word\n", { rules: [quote] });
    expect(r.output).toBe('FROM alpine:3.20\n# "word"\n');
  });
});

describe("keeping bytes", () => {
  it("turns inserted line breaks into CRLF in a CRLF file and keeps every other byte", () => {
    const note = textRule("note", /^(?<!app\r?\n)CMD/m, (m) => [{ start: m.index, end: m.index, text: "# start\n# the app\n" }]);
    const r = fix("FROM alpine:3.20\r\nCMD [\"app\"]\r\n", { rules: [note] });
    expect(r.output).toBe("FROM alpine:3.20\r\n# start\r\n# the app\r\nCMD [\"app\"]\r\n");
  });

  it("uses the line break of the line being edited in a file that mixes them", () => {
    const note = textRule("note", /^(?<!# n\r?\n)(CMD|RUN)/m, (m) => [{ start: m.index, end: m.index, text: "# n\n" }]);
    const r = fix("FROM alpine:3.20\nRUN true\r\nCMD [\"app\"]\n", { rules: [note] });
    expect(r.output).toBe("FROM alpine:3.20\n# n\r\nRUN true\r\n# n\nCMD [\"app\"]\n");
  });

  it("keeps a byte order mark in front of a fix that inserts at the start", () => {
    const header = textRule("header", /^\uFEFF?FROM/, () => [{ start: 0, end: 0, text: "# hello\n" }], { message: () => "no header" });
    const r = fix("\uFEFFFROM alpine:3.20\n", { rules: [header] });
    expect(r.output).toBe("\uFEFF# hello\nFROM alpine:3.20\n");
  });

  it("keeps a byte order mark when a fix replaces the first word", () => {
    const r = fix("\uFEFFfrom alpine:3.20\n", { rules: [replaceRule("casing", /from/, "FROM")] });
    expect(r.output).toBe("\uFEFFFROM alpine:3.20\n");
  });

  it("handles non-ASCII text with UTF-16 offsets", () => {
    const r = fix("FROM alpine:3.20\n# 🐳 café naïve 🐳 x\n", { rules: [replaceRule("naive", /naïve/, "NAÏVE"), replaceRule("x", / x$/m, " y")] });
    expect(r.output).toBe("FROM alpine:3.20\n# 🐳 café NAÏVE 🐳 y\n");
  });

  it("refuses an edit that would split a surrogate pair", () => {
    const split = textRule("split", /🐳/, (m) => [{ start: m.index + 1, end: m.index + 2, text: "" }]);
    const r = fix("FROM alpine:3.20\n# 🐳\n", { rules: [split] });
    expect(r.output).toBe("FROM alpine:3.20\n# 🐳\n");
    expect(r.dropped.map((d) => d.reason)).toEqual(["invalid edit: offset 20 splits a surrogate pair"]);
  });

  it("refuses an edit between the CR and LF of a line break", () => {
    const split = textRule("split", /\r/, (m) => [{ start: m.index + 1, end: m.index + 1, text: "x" }]);
    const r = fix("FROM alpine:3.20\r\n", { rules: [split] });
    expect(r.output).toBe("FROM alpine:3.20\r\n");
    expect(r.dropped.map((d) => d.reason)).toEqual(["invalid edit: offset 17 splits a CRLF line break"]);
  });
});
