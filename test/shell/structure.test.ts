import { describe, expect, it } from "vitest";
import { parseShell, type ShellScript } from "../../src/shell/index.js";
import { argvOf, invariantViolations, src } from "./helpers.js";

function ok(text: string): ShellScript {
  const s = parseShell(text);
  expect(s.errors).toEqual([]);
  expect(invariantViolations(s)).toEqual([]);
  return s;
}

describe("lists, and-or chains and pipelines", () => {
  it("operators and connectors", () => {
    const s = ok("a && b || c; d | e |& f & g\nh");
    expect(s.commands.map((c) => c.name?.value)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
    expect(s.commands.map((c) => [c.connectorBefore, c.connectorAfter])).toEqual([
      [undefined, "&&"],
      ["&&", "||"],
      ["||", ";"],
      [";", "|"],
      ["|", "|&"],
      ["|&", "&"],
      ["&", "\n"],
      ["\n", undefined],
    ]);
    expect(s.commands.map((c) => c.background)).toEqual([false, false, false, true, true, true, false, false]);
    expect(s.commands.slice(3, 6).map((c) => c.pipeline)).toEqual([
      { index: 0, length: 3 },
      { index: 1, length: 3 },
      { index: 2, length: 3 },
    ]);
    expect(s.body.items).toHaveLength(4);
    expect(s.body.items[0].operators).toEqual(["&&", "||"]);
    expect(s.body.items[1].pipelines[0].operators).toEqual(["|", "|&"]);
    expect(src(s, s.body.items[1])).toBe("d | e |& f");
  });

  it("newlines after && and | continue the chain", () => {
    const s = ok("a &&\n  b |\n  c");
    expect(s.body.items).toHaveLength(1);
    expect(s.commands[2].pipeline).toEqual({ index: 1, length: 2 });
  });

  it("exact command ranges", () => {
    const text = "  apt-get update   &&  apt-get install -y curl ;";
    const s = ok(text);
    expect(s.commands.map((c) => [c.start, c.end, src(s, c)])).toEqual([
      [2, 16, "apt-get update"],
      [23, 46, "apt-get install -y curl"],
    ]);
  });

  it("negation with !", () => {
    const s = ok("! grep -q x f && echo no");
    expect(s.commands[0].negated).toBe(true);
    expect(s.commands[1].negated).toBe(false);
    expect(s.body.items[0].pipelines[0].negated).toBe(true);
    expect(src(s, s.body.items[0].pipelines[0])).toBe("! grep -q x f");
  });

  it("comments are ignored", () => {
    const s = ok("# leading\necho a # trailing ; not-a-command\n  # another\necho b");
    expect(s.commands.map(argvOf)).toEqual([["echo", "a"], ["echo", "b"]]);
  });
});

describe("redirections", () => {
  it("all redirection operators", () => {
    const text = "cmd >out 2>&1 >>app <in 3<>rw &>all &>>alla >|clob 0<&3 <<<'here str' 2>/dev/null";
    const s = ok(text);
    const c = s.commands[0];
    expect(c.argv.map((w) => w.value)).toEqual(["cmd"]);
    expect(c.redirections.map((r) => [r.fd, r.operator, r.target?.value])).toEqual([
      [undefined, ">", "out"],
      [2, ">&", "1"],
      [undefined, ">>", "app"],
      [undefined, "<", "in"],
      [3, "<>", "rw"],
      [undefined, "&>", "all"],
      [undefined, "&>>", "alla"],
      [undefined, ">|", "clob"],
      [0, "<&", "3"],
      [undefined, "<<<", "here str"],
      [2, ">", "/dev/null"],
    ]);
    expect(src(s, c.redirections[1])).toBe("2>&1");
    expect(src(s, c)).toBe(text);
  });

  it("redirections may precede the command name", () => {
    const s = ok(">/dev/null 2>&1 command -v curl");
    expect(s.commands[0].name?.value).toBe("command");
    expect(s.commands[0].redirections).toHaveLength(2);
  });

  it("a number not followed by a redirection is a word", () => {
    const s = ok("echo 2 >x 1");
    expect(s.commands[0].argv.map((w) => w.value)).toEqual(["echo", "2", "1"]);
    expect(s.commands[0].redirections[0].fd).toBeUndefined();
  });

  it("heredocs: body range, delimiter, no command parsing inside", () => {
    const text = "cat <<EOF >/etc/conf && echo done\nline $X\nrm -rf /\nEOF\necho after";
    const s = ok(text);
    expect(s.commands.map((c) => c.name?.value)).toEqual(["cat", "echo", "echo"]);
    const r = s.commands[0].redirections[0];
    expect(r.operator).toBe("<<");
    expect(r.heredoc?.delimiter).toBe("EOF");
    expect(r.heredoc?.quoted).toBe(false);
    expect(r.heredoc?.body).toBe("line $X\nrm -rf /\n");
    expect(text.slice(r.heredoc?.bodyStart, r.heredoc?.bodyEnd)).toBe("line $X\nrm -rf /\n");
    expect(r.heredoc?.terminated).toBe(true);
    expect(s.heredocs).toHaveLength(1);
    expect(s.commands[1].connectorBefore).toBe("&&");
  });

  it("quoted and tab-stripping heredocs, two on one line", () => {
    const text = "cat <<-'A' - <<\"B\"\n\tone\n\tA\ntwo\nB\nnext";
    const s = ok(text);
    const [a, b] = s.commands[0].redirections;
    expect(a.operator).toBe("<<-");
    expect(a.heredoc).toMatchObject({ delimiter: "A", quoted: true, stripTabs: true, body: "\tone\n" });
    expect(b.heredoc).toMatchObject({ delimiter: "B", quoted: true, stripTabs: false, body: "two\n" });
    expect(s.commands[1].name?.value).toBe("next");
  });

  it("heredoc inside $(...)", () => {
    const text = "x=$(cat <<EOF\nhello )\nEOF\n)\necho $x";
    const s = ok(text);
    expect(s.commands.map((c) => c.name?.value)).toEqual([undefined, "cat", "echo"]);
    expect(s.heredocs[0].body).toBe("hello )\n");
  });
});

describe("compound commands", () => {
  it("subshells and groups", () => {
    const text = "(cd /src && make) | tee log; { echo a; echo b; } > out";
    const s = ok(text);
    const sub = s.body.items[0].pipelines[0].commands[0];
    expect(sub.kind).toBe("subshell");
    expect(src(s, sub)).toBe("(cd /src && make)");
    const grp = s.body.items[1].pipelines[0].commands[0];
    expect(grp.kind).toBe("group");
    expect(src(s, grp)).toBe("{ echo a; echo b; } > out");
    expect(grp.redirections.map((r) => r.target?.value)).toEqual(["out"]);
    expect(s.commands.map((c) => [c.name?.value, c.nesting.join("/")])).toEqual([
      ["cd", "subshell"],
      ["make", "subshell"],
      ["tee", ""],
      ["echo", "group"],
      ["echo", "group"],
    ]);
  });

  it("if / elif / else", () => {
    const text = "if [ -f a ]; then x; elif test -d b\nthen y\nelse z; fi";
    const s = ok(text);
    const node = s.body.items[0].pipelines[0].commands[0];
    expect(node.kind).toBe("if");
    if (node.kind !== "if") return;
    expect(src(s, node)).toBe(text);
    expect(node.branches).toHaveLength(2);
    expect(node.elseBody?.items).toHaveLength(1);
    expect(s.commands.map((c) => [c.name?.value, c.nesting.join("/")])).toEqual([
      ["[", "if-condition"],
      ["x", "if-body"],
      ["test", "if-condition"],
      ["y", "if-body"],
      ["z", "if-body"],
    ]);
  });

  it("for, while, until", () => {
    const text = 'for f in a "b c" $d; do echo "$f"; done; while read l; do :; done < file; until false; do break; done; for x; do y; done';
    const s = ok(text);
    const items = s.body.items.map((i) => i.pipelines[0].commands[0]);
    expect(items.map((c) => c.kind)).toEqual(["for", "while", "until", "for"]);
    const f = items[0];
    if (f.kind === "for") {
      expect(f.variable?.value).toBe("f");
      expect(f.items?.map((w) => w.text)).toEqual(["a", '"b c"', "$d"]);
    }
    const last = items[3];
    if (last.kind === "for") expect(last.items).toBeUndefined();
    expect(items[1].redirections[0].target?.value).toBe("file");
    expect(s.commands.map((c) => c.name?.value)).toEqual(["echo", "read", ":", "false", "break", "y"]);
  });

  it("for loop with newline-separated do and arithmetic for", () => {
    const s = ok("for i in 1 2\ndo\n  echo $i\ndone\nfor ((i=0; i<3; i++)); do echo $i; done");
    const second = s.body.items[1].pipelines[0].commands[0];
    expect(second.kind === "for" && second.arithmetic).toBe("((i=0; i<3; i++))");
    expect(s.commands.map((c) => c.name?.value)).toEqual(["echo", "echo"]);
  });

  it("case with multiple patterns, fallthrough terminators and optional (", () => {
    const text = 'case "$(uname -m)" in\n  x86_64|amd64) arch=amd64 ;;\n  (aarch64) arch=arm64 ;&\n  *) echo "unsupported"; exit 1 ;;\nesac';
    const s = ok(text);
    const node = s.body.items[0].pipelines[0].commands[0];
    expect(node.kind).toBe("case");
    if (node.kind !== "case") return;
    expect(node.subject?.text).toBe('"$(uname -m)"');
    expect(node.items.map((i) => i.patterns.map((p) => p.value))).toEqual([["x86_64", "amd64"], ["aarch64"], ["*"]]);
    expect(node.items.map((i) => i.terminator)).toEqual([";;", ";&", ";;"]);
    expect(s.commands.map((c) => c.name?.value ?? c.assignments[0]?.name)).toEqual(["uname", "arch", "arch", "echo", "exit"]);
    expect(s.commands[3].nesting).toEqual(["case-body"]);
  });

  it("case with last item without ;; and empty items", () => {
    const s = ok("case $1 in a) ;; b) echo b\nesac");
    const node = s.body.items[0].pipelines[0].commands[0];
    expect(node.kind === "case" && node.items.length).toBe(2);
  });

  it("function definitions", () => {
    const s = ok("f() { echo in f; }\nfunction g { h; }\nk () (sub)\nf");
    const kinds = s.body.items.map((i) => i.pipelines[0].commands[0].kind);
    expect(kinds).toEqual(["function", "function", "function", "simple"]);
    const f = s.body.items[0].pipelines[0].commands[0];
    if (f.kind === "function") {
      expect(f.name.value).toBe("f");
      expect(src(s, f)).toBe("f() { echo in f; }");
    }
    expect(s.commands.map((c) => [c.name?.value, c.nesting[0]])).toEqual([
      ["echo", "function-body"],
      ["h", "function-body"],
      ["sub", "function-body"],
      ["f", undefined],
    ]);
  });

  it("[[ ... ]] keeps && and < as arguments", () => {
    const s = ok('[[ -f a && "$x" < b ]] && echo yes');
    expect(s.commands.map(argvOf)).toEqual([
      ["[[", "-f", "a", "&&", '"$x"', "<", "b", "]]"],
      ["echo", "yes"],
    ]);
  });

  it("(( arithmetic )) command", () => {
    const s = ok("(( i++ )) || true");
    const a = s.body.items[0].pipelines[0].commands[0];
    expect(a.kind === "arithmetic" && a.expression).toBe(" i++ ");
  });

  it("reserved words are only special in command position", () => {
    const s = ok("echo if then fi done { }");
    expect(s.commands[0].args.map((w) => w.value)).toEqual(["if", "then", "fi", "done", "{", "}"]);
  });

  it("deeply nested structure in source order", () => {
    const s = ok("if a; then for x in y; do (b | e $(c) && { d; }); done; fi");
    expect(s.commands.map((c) => c.name?.value)).toEqual(["a", "b", "e", "c", "d"]);
    expect(s.commands[3].nesting).toEqual(["if-body", "loop-body", "subshell", "command-substitution"]);
    expect(s.commands[4].nesting).toEqual(["if-body", "loop-body", "subshell", "group"]);
  });
});

describe("failure masking", () => {
  it.each([
    ["apt-get update || true", true],
    ["apt-get update || :", true],
    ["apt-get update || exit 0", true],
    ["apt-get update || echo failed", true],
    ["apt-get update || exit 1", false],
    ["apt-get update || exit", false],
    ["apt-get update || false", false],
    ["apt-get update || (echo failed; exit 1)", false],
    ["apt-get update || { echo failed; exit 2; }", false],
    ["apt-get update; true", false],
    ["apt-get update && true", false],
    ["apt-get update", false],
    ["apt-get update || false || true", true],
  ])("%s → %s", (text, masked) => {
    const s = ok(text);
    expect(s.commands[0].maskedFailure).toBe(masked);
  });

  it("masks every command before the ||", () => {
    const s = ok("a && b | c || true; d");
    expect(s.commands.map((c) => [c.name?.value, c.maskedFailure])).toEqual([
      ["a", true],
      ["b", true],
      ["c", true],
      ["true", false],
      ["d", false],
    ]);
  });

  it("masks commands inside a masked subshell", () => {
    const s = ok("(a && b) || true");
    expect(s.commands.map((c) => c.maskedFailure)).toEqual([true, true, false]);
  });
});

describe("case inside command substitutions", () => {
  it.each([
    ['echo "$(case $x in a) echo y;; (b|c) echo z;; esac)" after', ["echo", "echo", "echo"]],
    ["X=`case $a in b) c;; esac`; y", [undefined, "c", "y"]],
    ["curl -o go.linux-$(case $(uname -m) in x86_64) echo amd64 ;; aarch64) echo arm64 ;; esac).tgz x", ["curl", "uname", "echo", "echo"]],
    ['A="${B:-$(case 1 in 1) echo one;; esac)}" && z', [undefined, "echo", "z"]],
  ])("%s", (text, names) => {
    const s = ok(text);
    expect(s.commands.map((c) => c.name?.value)).toEqual(names);
  });

  it("the word after a quoted case substitution is intact", () => {
    const s = ok('echo "$(case $x in a) echo y;; esac)" after');
    expect(s.commands[0].args.map((w) => w.text)).toEqual(['"$(case $x in a) echo y;; esac)"', "after"]);
  });
});
