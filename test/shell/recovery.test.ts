import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseShell } from "../../src/shell/index.js";
import { invariantViolations, src } from "./helpers.js";

describe("error recovery", () => {
  it.each([
    ["echo 'unterminated", "unterminated single quote"],
    ['echo "unterminated $x', "unterminated double quote"],
    ["echo $(ls", "unterminated $("],
    ["echo `ls", "unterminated `"],
    ["echo ${x", "unterminated ${...} expansion"],
    ["echo $((1+2", "unterminated $((...)) expression"],
    ["echo $'abc", "unterminated $'...' string"],
    ["cat <<EOF\nbody", "here-document delimited by end of input (wanted 'EOF')"],
    ["echo >", "expected a word after >"],
    ["a &&", "expected a command after &&"],
    ["a |", "expected a command after |"],
    ["echo ${}", "bad substitution"],
  ])("%j reports %j", (text, message) => {
    const s = parseShell(text);
    expect(s.errors.map((e) => e.message)).toContain(message);
    expect(invariantViolations(s)).toEqual([]);
    expect(s.commands.length).toBeGreaterThan(0);
  });

  it("stray ) and fi are reported and parsing continues", () => {
    const s = parseShell("echo a ) ; fi ; echo b");
    expect(s.errors.map((e) => [e.message, s.text.slice(e.start, e.end)])).toEqual([
      ["unexpected ')'", ")"],
      ["unexpected 'fi'", "fi"],
    ]);
    expect(s.commands.map((c) => src(s, c))).toEqual(["echo a", "echo b"]);
  });

  it("missing fi / done / esac / }", () => {
    for (const text of ["if a; then b", "for x in y; do b", "while a; do b", "case x in a) b;;", "{ a; b"]) {
      const s = parseShell(text);
      expect(s.errors.length, text).toBe(1);
      expect(s.errors[0].message, text).toMatch(/^expected '(fi|done|esac|\})'/);
      expect(s.commands.map((c) => c.name?.value)).toContain("b");
    }
  });

  it("unterminated double quote keeps preceding commands", () => {
    const s = parseShell('apt-get update && echo "oops');
    expect(s.commands.map((c) => c.name?.value)).toEqual(["apt-get", "echo"]);
    expect(s.errors[0]).toMatchObject({ message: "unterminated double quote", start: 23, end: 28 });
  });

  it("unterminated $( inside double quotes", () => {
    const s = parseShell('echo "$(date" x');
    expect(s.errors.length).toBeGreaterThan(0);
    expect(invariantViolations(s)).toEqual([]);
  });

  it("empty and blank input", () => {
    for (const t of ["", "   ", "\n\n", "# only a comment", "\\\n"]) {
      const s = parseShell(t);
      expect(s.errors).toEqual([]);
      expect(s.commands).toEqual([]);
    }
  });

  it("NUL bytes and control characters", () => {
    const s = parseShell("echo a\u0000b\u0001 'c\u0000'");
    expect(s.errors).toEqual([]);
    expect(s.commands[0].args.map((w) => w.value)).toEqual(["a\u0000b\u0001", "c\u0000"]);
  });

  it("CRLF line endings", () => {
    const s = parseShell("echo a\r\necho b \\\r\n c");
    expect(s.errors).toEqual([]);
    expect(s.commands.map((c) => c.argv.map((w) => w.value))).toEqual([["echo", "a"], ["echo", "b", "c"]]);
  });

  it("non-BMP characters keep UTF-16 offsets", () => {
    const text = "echo 🐳 'é' x";
    const s = parseShell(text);
    expect(s.commands[0].argv.map((w) => [w.value, w.start, w.end])).toEqual([
      ["echo", 0, 4],
      ["🐳", 5, 7],
      ["é", 8, 11],
      ["x", 12, 13],
    ]);
  });

  it("deep nesting does not overflow the stack", () => {
    for (const unit of ["$(", "(", "{ ", '"$(', "${x:-", "if a; then ", "$(`"]) {
      const text = unit.repeat(5000) + "echo hi";
      const s = parseShell(text);
      expect(s.errors.length, unit).toBeGreaterThan(0);
      expect(s.errors.some((e) => e.message.startsWith("internal")), unit).toBe(false);
    }
  });

  it("1 MB inputs parse (commands found, errors bounded)", () => {
    const big = "apt-get install -y foo && ".repeat(40000) + "true";
    expect(big.length).toBeGreaterThan(1_000_000);
    const s = parseShell(big);
    expect(s.errors).toEqual([]);
    expect(s.commands).toHaveLength(40001);
    const junk = ")(;|&'\"`$\\{}<>".repeat(80000);
    const j = parseShell(junk);
    expect(j.errors.length).toBeGreaterThan(0);
    expect(invariantViolations(j)).toEqual([]);
  });

  it("pathological repeated openers finish and report errors", () => {
    for (const unit of ["$((", "<<E ", "${", "$(", "\"$("]) {
      const s = parseShell(unit.repeat(200000));
      expect(s.errors.length, unit).toBeGreaterThan(0);
      expect(invariantViolations(s), unit).toEqual([]);
    }
    // balanced quotes: one command made of 100000 empty strings
    const q = parseShell("'".repeat(200000));
    expect(q.errors).toEqual([]);
    expect(q.commands).toHaveLength(1);
    expect(q.commands[0].name?.value).toBe("");
    expect(q.commands[0].name?.parts).toHaveLength(100000);
  });
});

describe("property: never throws and keeps the invariants", () => {
  const alphabet = [
    " ", "\t", "\n", "\\", "\\\n", "'", '"', "$", "$(", "${", "$((", "`", "(", ")", "{", "}", ";", ";;", "&", "&&", "|", "||",
    "<", ">", "<<", "<<-", "<<<", "2>&1", "#", "=", "!", "*", "a", "b", "EOF", "if", "then", "fi", "for", "in", "do", "done",
    "case", "esac", "x=", ":-", "}", "\u0000", "é", "[[", "]]", "$'\\n'",
  ];
  const token = fc.constantFrom(...alphabet);
  const script = fc.array(token, { maxLength: 60 }).map((a) => a.join(""));

  it("random token soup", () => {
    fc.assert(
      fc.property(script, (text) => {
        const s = parseShell(text);
        expect(invariantViolations(s)).toEqual([]);
        for (const c of s.commands) expect(c.end).toBeGreaterThanOrEqual(c.start);
      }),
      { numRuns: 3000 },
    );
  });

  it("random strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: "binary" }), (text) => {
        const s = parseShell(text);
        expect(invariantViolations(s)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it("well-formed generated scripts parse without errors", () => {
    const word = fc.oneof(
      fc.constantFrom("a", "b-c", "/usr/bin/x", "--flag=1", "*.txt"),
      fc.constantFrom("'q w'", '"d $v"', "$v", "${v:-x}", "$(echo z)", "`echo y`", "$((1+2))"),
    );
    const simple = fc.tuple(fc.constantFrom("echo", "apt-get", "cp"), fc.array(word, { maxLength: 4 })).map(([n, a]) => [n, ...a].join(" "));
    const pipeline = fc.array(simple, { minLength: 1, maxLength: 3 }).map((a) => a.join(" | "));
    const chain = fc.array(pipeline, { minLength: 1, maxLength: 3 }).map((a) => a.join(" && "));
    const compound = fc.oneof(
      chain,
      chain.map((c) => `( ${c} )`),
      chain.map((c) => `{ ${c}; }`),
      fc.tuple(chain, chain).map(([a, b]) => `if ${a}; then ${b}; fi`),
      fc.tuple(chain, chain).map(([a, b]) => `for i in 1 2; do ${a}; ${b}; done`),
    );
    const scriptGen = fc.array(compound, { minLength: 1, maxLength: 4 }).map((a) => a.join(" ;\n"));
    fc.assert(
      fc.property(scriptGen, (text) => {
        const s = parseShell(text);
        expect(s.errors).toEqual([]);
        expect(invariantViolations(s)).toEqual([]);
        const expected = (text.match(/\b(echo|apt-get|cp)\b/g) ?? []).length;
        expect(s.commands.filter((c) => ["echo", "apt-get", "cp"].includes(c.name?.value ?? "")).length).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
