import { describe, expect, it } from "vitest";
import { allWords, forEachCommand, parameterReferences, parametersOfWord, parseShell, type ParameterPart, type Word, type WordPart } from "../../src/shell/index.js";
import { invariantViolations, src } from "./helpers.js";

function words(text: string): Word[] {
  const s = parseShell(text);
  expect(s.errors).toEqual([]);
  expect(invariantViolations(s)).toEqual([]);
  return s.commands[0].argv.slice();
}

function word(text: string, index = 1): Word {
  return words(text)[index];
}

describe("quoting", () => {
  it("single quotes keep everything literal", () => {
    const w = word("echo 'a $b `c` \\d'");
    expect(w.text).toBe("'a $b `c` \\d'");
    expect(w.value).toBe("a $b `c` \\d");
    expect(w.parts).toHaveLength(1);
    expect(w.parts[0].kind).toBe("single-quoted");
    expect(w.start).toBe(5);
    expect(w.end).toBe(18);
  });

  it("double quotes with escapes", () => {
    const w = word('echo "a \\" \\$x \\\\ \\q"');
    expect(w.value).toBe('a " $x \\ \\q');
    expect(w.parts[0].kind).toBe("double-quoted");
  });

  it("ANSI-C quoting decodes escapes", () => {
    const w = word("echo $'a\\tb\\n\\x41\\101\\'q'");
    expect(w.value).toBe("a\tb\nAA'q");
    expect(w.parts[0].kind).toBe("ansi-c-quoted");
    expect(w.text).toBe("$'a\\tb\\n\\x41\\101\\'q'");
  });

  it("backslash escapes outside quotes", () => {
    const w = word("echo a\\ b\\;c");
    expect(w.value).toBe("a b;c");
    expect(w.text).toBe("a\\ b\\;c");
  });

  it("concatenated quoting styles form one word", () => {
    const ws = words(`echo a'b'"c"$'d'\\e f`);
    expect(ws).toHaveLength(3);
    expect(ws[1].value).toBe("abcde");
    expect(ws[1].parts.map((p) => p.kind)).toEqual(["literal", "single-quoted", "double-quoted", "ansi-c-quoted", "literal"]);
  });

  it("line continuation inside a word joins it", () => {
    const text = "echo foo\\\nbar baz";
    const ws = words(text);
    expect(ws.map((w) => w.value)).toEqual(["echo", "foobar", "baz"]);
    expect(ws[1].text).toBe("foo\\\nbar");
  });

  it("line continuation between words is whitespace", () => {
    const s = parseShell("apt-get install \\\n  curl \\\n  git");
    expect(s.errors).toEqual([]);
    expect(s.commands).toHaveLength(1);
    expect(s.commands[0].argv.map((w) => w.text)).toEqual(["apt-get", "install", "curl", "git"]);
    expect(src(s, s.commands[0])).toBe("apt-get install \\\n  curl \\\n  git");
  });

  it("globs and tilde are static", () => {
    const ws = words("ls *.txt ~/x [ab]? {a,b}");
    expect(ws.map((w) => w.value)).toEqual(["ls", "*.txt", "~/x", "[ab]?", "{a,b}"]);
    expect(ws.every((w) => !w.dynamic)).toBe(true);
  });

  it("# inside a word is not a comment", () => {
    const ws = words("echo a#b c # comment");
    expect(ws.map((w) => w.value)).toEqual(["echo", "a#b", "c"]);
  });

  it('bash $"..." is a double-quoted string', () => {
    const w = word('echo $"hello $USER" x');
    expect(w.text).toBe('$"hello $USER"');
    expect(w.parts[0].kind).toBe("double-quoted");
    expect(word('echo $"hi"').value).toBe("hi");
  });

  it("a lone $ is literal", () => {
    expect(word("echo $ x").value).toBe("$");
    expect(word('echo "a$"').value).toBe("a$");
  });
});

describe("expansions", () => {
  it("$VAR is a parameter part with name and range", () => {
    const text = "echo pre$HOME/x";
    const w = word(text);
    expect(w.dynamic).toBe(true);
    expect(w.value).toBeUndefined();
    const p = w.parts[1] as ParameterPart;
    expect(p.kind).toBe("parameter");
    expect(p.name).toBe("HOME");
    expect(p.braced).toBe(false);
    expect(text.slice(p.start, p.end)).toBe("$HOME");
  });

  it("special parameters", () => {
    const names = words("echo $1 $@ $? $$ $# $! $- $* $0").slice(1).map((w) => (w.parts[0] as ParameterPart).name);
    expect(names).toEqual(["1", "@", "?", "$", "#", "!", "-", "*", "0"]);
  });

  it("${VAR:-default} records the operator and the argument parts", () => {
    const text = 'echo "${FOO:-a $BAR b}"';
    const w = word(text);
    const dq = w.parts[0];
    expect(dq.kind).toBe("double-quoted");
    const p = (dq as { parts: readonly WordPart[] }).parts[0] as ParameterPart;
    expect(p.name).toBe("FOO");
    expect(p.braced).toBe(true);
    expect(p.operator).toBe(":-");
    expect(p.modifier).toBe(":-a $BAR b");
    expect(text.slice(p.start, p.end)).toBe("${FOO:-a $BAR b}");
    expect(p.argument.map((a) => a.kind)).toEqual(["literal", "parameter", "literal"]);
    expect((p.argument[1] as ParameterPart).name).toBe("BAR");
  });

  it.each([
    ["${#VAR}", "VAR", "#", undefined, undefined],
    ["${!ref}", "ref", "!", undefined, undefined],
    ["${VAR##*/}", "VAR", undefined, "##", "##*/"],
    ["${VAR%.*}", "VAR", undefined, "%", "%.*"],
    ["${VAR//a/b}", "VAR", undefined, "//", "//a/b"],
    ["${VAR:0:3}", "VAR", undefined, ":", ":0:3"],
    ["${VAR^^}", "VAR", undefined, "^^", "^^"],
    ["${arr[@]}", "arr", undefined, undefined, "[@]"],
    ["${10}", "10", undefined, undefined, undefined],
    ["${#}", "#", undefined, undefined, undefined],
    ["${VAR?must be set}", "VAR", undefined, "?", "?must be set"],
    ["${VAR+x}", "VAR", undefined, "+", "+x"],
  ])("%s", (expr, name, prefix, operator, modifier) => {
    const p = word(`echo ${expr}`).parts[0] as ParameterPart;
    expect(p.kind).toBe("parameter");
    expect(p.text).toBe(expr);
    expect(p.name).toBe(name);
    expect(p.prefix).toBe(prefix);
    expect(p.operator).toBe(operator);
    expect(p.modifier).toBe(modifier);
  });

  it("nested ${...} inside ${...}", () => {
    const text = "echo ${A:-${B:-${C}}}";
    const p = word(text).parts[0] as ParameterPart;
    expect(p.text).toBe("${A:-${B:-${C}}}");
    const inner = p.argument[0] as ParameterPart;
    expect(inner.name).toBe("B");
    expect((inner.argument[0] as ParameterPart).name).toBe("C");
  });

  it("single quotes inside an unquoted ${...} quote, inside a quoted one they are literal", () => {
    const s = parseShell(`echo \${X:-'a}'} "\${Y:-it's}"`);
    expect(s.errors).toEqual([]);
    const [, a, b] = s.commands[0].argv;
    expect(a.text).toBe("${X:-'a}'}");
    expect(b.text).toBe(`"\${Y:-it's}"`);
  });

  it("$(...) is parsed recursively and its commands are listed", () => {
    const text = 'echo "v=$(cat /etc/os-release | grep -i id)" done';
    const s = parseShell(text);
    expect(s.errors).toEqual([]);
    expect(s.commands.map((c) => src(s, c))).toEqual([text, "cat /etc/os-release", "grep -i id"]);
    const inner = s.commands[1];
    expect(inner.nesting).toEqual(["command-substitution"]);
    expect(inner.pipeline).toEqual({ index: 0, length: 2 });
    const w = s.commands[0].argv[1];
    const cs = (w.parts[0] as { parts: readonly WordPart[] }).parts[1];
    expect(cs.kind).toBe("command-substitution");
    expect(text.slice(cs.start, cs.end)).toBe("$(cat /etc/os-release | grep -i id)");
    expect(s.commands[0].argv[2].value).toBe("done");
  });

  it("nested $( $( ) )", () => {
    const s = parseShell("a $(b $(c $(d)))");
    expect(s.errors).toEqual([]);
    expect(s.commands.map((c) => c.name?.value)).toEqual(["a", "b", "c", "d"]);
    expect(s.commands[3].nesting).toEqual(["command-substitution", "command-substitution", "command-substitution"]);
    expect(src(s, s.commands[3])).toBe("d");
  });

  it("backticks are parsed recursively", () => {
    const text = "echo `uname -m` x";
    const s = parseShell(text);
    expect(s.errors).toEqual([]);
    expect(s.commands.map((c) => src(s, c))).toEqual([text, "uname -m"]);
    const part = s.commands[0].argv[1].parts[0];
    expect(part.kind).toBe("command-substitution");
    expect(part.kind === "command-substitution" && part.syntax).toBe("backtick");
  });

  it("$((...)) arithmetic with nested parentheses and variables", () => {
    const text = "echo $(( (1 + $N) * ${M:-2} )) x";
    const s = parseShell(text);
    expect(s.errors).toEqual([]);
    const a = s.commands[0].argv[1].parts[0];
    expect(a.kind).toBe("arithmetic");
    if (a.kind !== "arithmetic") return;
    expect(a.text).toBe("$(( (1 + $N) * ${M:-2} ))");
    expect(a.expression).toBe(" (1 + $N) * ${M:-2} ");
    expect(a.parts.map((p) => (p as ParameterPart).name)).toEqual(["N", "M"]);
    expect(s.commands[0].argv[2].value).toBe("x");
  });

  it("process substitution <(...) is parsed", () => {
    const s = parseShell("diff <(sort a) >(tee b)");
    expect(s.errors).toEqual([]);
    expect(s.commands.map((c) => src(s, c))).toEqual(["diff <(sort a) >(tee b)", "sort a", "tee b"]);
    expect(s.commands[1].nesting).toEqual(["process-substitution"]);
  });
});

describe("assignments", () => {
  it("leading NAME=value words are assignments with a value word", () => {
    const text = 'A=1 B="x y" C= D+=z cmd E=2';
    const s = parseShell(text);
    expect(s.errors).toEqual([]);
    expect(invariantViolations(s)).toEqual([]);
    const c = s.commands[0];
    expect(c.assignments.map((a) => [a.name, a.value.value, a.append])).toEqual([
      ["A", "1", false],
      ["B", "x y", false],
      ["C", "", false],
      ["D", "z", true],
    ]);
    expect(src(s, c.assignments[1].value)).toBe('"x y"');
    expect(c.name?.value).toBe("cmd");
    expect(c.args.map((w) => w.value)).toEqual(["E=2"]);
  });

  it("assignment-only command", () => {
    const s = parseShell("X=$(pwd)");
    expect(s.commands[0].name).toBeUndefined();
    expect(s.commands[0].argv).toEqual([]);
    expect(s.commands[0].assignments[0].value.dynamic).toBe(true);
    expect(s.commands.map((c) => src(s, c))).toEqual(["X=$(pwd)", "pwd"]);
  });

  it("bash array assignment", () => {
    const s = parseShell("arr=(a 'b c' $d) && echo ok");
    expect(s.errors).toEqual([]);
    const a = s.commands[0].assignments[0];
    expect(a.array?.map((w) => w.text)).toEqual(["a", "'b c'", "$d"]);
    expect(src(s, a)).toBe("arr=(a 'b c' $d)");
    expect(s.commands[1].name?.value).toBe("echo");
  });
});

describe("parameter references", () => {
  it("lists every $VAR / ${VAR} in source order, including nested and substituted ones", () => {
    const text = 'A=$B cmd "${C:-$D}" $((E + $F)) $(echo $G) >$H; for x in $I; do :; done; case $J in *) ;; esac';
    const s = parseShell(text);
    expect(s.errors).toEqual([]);
    const refs = parameterReferences(s);
    expect(refs.map((r) => r.name)).toEqual(["B", "C", "D", "F", "G", "H", "I", "J"]);
    for (const r of refs) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(parametersOfWord(s.commands[0].argv[1]).map((r) => r.name)).toEqual(["C", "D"]);
  });

  it("allWords and forEachCommand cover compound commands and function bodies", () => {
    const s = parseShell("f() { echo $X; }; if a; then (b c); fi");
    expect(allWords(s).map((w) => w.text)).toEqual(["f", "echo", "$X", "a", "b", "c"]);
    const kinds: string[] = [];
    forEachCommand(s.body, (c) => kinds.push(c.kind));
    expect(kinds).toEqual(["function", "group", "simple", "if", "simple", "subshell", "simple"]);
  });
});
