import { describe, expect, it } from "vitest";
import { expandWord, UNKNOWN_VALUE, type EnvLookup } from "../../src/model/index.js";
import { replacePattern, reversePattern, shellPatternToRegExp, trimPrefix, trimSuffix } from "../../src/model/pattern.js";
import { levenshtein, suggestName } from "../../src/util/suggest.js";

const envOf =
  (vars: Record<string, string>): EnvLookup =>
  (name) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;

/** BuildKit's `envVarTest` environment. */
const lexEnv = envOf({ PWD: "/home", SHELL: "bash", KOREAN: "한국어", NULL: "" });

/** BuildKit expands with unset variables as empty; `null` means BuildKit fails. */
const bk = (text: string, env: EnvLookup = lexEnv) => {
  const r = expandWord(text, env, { unsetAsEmpty: true });
  return r.errors.length > 0 ? null : r.value;
};

// Inputs and expected values from BuildKit's frontend/dockerfile/shell/envVarTest (Unix rows).
const ENV_VAR_TEST: [string, string | null][] = [
  ["hello", "hello"],
  ["he'll'o", "hello"],
  ["he'llo", null],
  ["he\\'llo", "he'llo"],
  ["he\\\\'llo", null],
  ["abc\\tdef", "abctdef"],
  ['"abc\\tdef"', "abc\\tdef"],
  ['"abc\\\\tdef"', "abc\\tdef"],
  ["'abc\\tdef'", "abc\\tdef"],
  ["hello\\", "hello"],
  ["hello\\\\", "hello\\"],
  ['"hello', null],
  ['"hello\\"', null],
  ['"hel\'lo"', "hel'lo"],
  ["'hello", null],
  ["'hello\\'", "hello\\"],
  ["'hello\\there'", "hello\\there"],
  ["'hello\\\\there'", "hello\\\\there"],
  ["\"''\"", "''"],
  ["$.", "$."],
  ["he$1x", "hex"],
  ["he$.x", "he$.x"],
  ["he$pwd.", "he."],
  ["he$PWD", "he/home"],
  ["he\\$PWD", "he$PWD"],
  ["he\\\\$PWD", "he\\/home"],
  ['"he\\$PWD"', "he$PWD"],
  ['"he\\\\$PWD"', "he\\/home"],
  ["\\${}", "${}"],
  ["\\${}aaa", "${}aaa"],
  ["he\\${}", "he${}"],
  ["he\\${}xx", "he${}xx"],
  ["${}", null],
  ["${}aaa", null],
  ["he${}", null],
  ["he${}xx", null],
  ["he${hi}", "he"],
  ["he${hi}xx", "hexx"],
  ["he${PWD}", "he/home"],
  ["he${.}", null],
  ["he${XXX:-000}xx", "he000xx"],
  ["he${PWD:-000}xx", "he/homexx"],
  ["he${XXX:-$PWD}xx", "he/homexx"],
  ["he${XXX:-${PWD:-yyy}}xx", "he/homexx"],
  ["he${XXX:-${YYY:-yyy}}xx", "heyyyxx"],
  ["he${XXX:YYY}", null],
  ["he${XXX?}", null],
  ["he${XXX:?}", null],
  ["he${PWD?}", "he/home"],
  ["he${PWD:?}", "he/home"],
  ["he${NULL?}", "he"],
  ["he${NULL:?}", null],
  ["he${XXX:+${PWD}}xx", "hexx"],
  ["he${PWD:+${XXX}}xx", "hexx"],
  ["he${PWD:+${SHELL}}xx", "hebashxx"],
  ["he${XXX:+000}xx", "hexx"],
  ["he${PWD:+000}xx", "he000xx"],
  ["'he${XX}'", "he${XX}"],
  ['"he${PWD}"', "he/home"],
  ["\"he'$PWD'\"", "he'/home'"],
  ['"$PWD"', "/home"],
  ["'$PWD'", "$PWD"],
  ["'\\$PWD'", "\\$PWD"],
  ["'\"hello\"'", '"hello"'],
  ["'he\\$PWD'", "he\\$PWD"],
  ["he${PWD", null],
  ["he${PWD:=000}xx", null],
  ["he${PWD:+${PWD}:}xx", "he/home:xx"],
  ["he${XXX:-\\$PWD:}xx", "he$PWD:xx"],
  ["he${XXX:-\\${PWD}z}xx", "he${PWDz}xx"],
  ["안녕하세요", "안녕하세요"],
  ["안'녕'하세요", "안녕하세요"],
  ["안녕\\'하세요", "안녕'하세요"],
  ["안녕$PWD", "안녕/home"],
  ["안녕${XXX:-${YYY:-yyy}}xx", "안녕yyyxx"],
  ["$KOREAN", "한국어"],
  ["안녕$KOREAN", "안녕한국어"],
  ["${{aaa}", null],
  ["${aaa}}", "}"],
  ["${aaa", null],
  ["${{aaa:-bbb}", null],
  ["${aaa:-bbb}}", "bbb}"],
  ["${aaa:-bbb", null],
  ["${aaa:-bbb}", "bbb"],
  ["${aaa:-${bbb:-ccc}}", "ccc"],
  ["${aaa:-bbb ${foo}", null],
  ["${aaa:-bbb {foo}", "bbb {foo"],
  ["${:}", null],
  ["${:-bbb}", null],
  ["${:+bbb}", null],
  ["$1", ""],
  ["${1:-bbb}", "bbb"],
  ["${999:-bbb}aaa", "bbbaaa"],
  ["$999aaa", "aaa"],
  ["$001aaa", "aaa"],
  ["${001:-bbb}", "bbb"],
  ["$@@@", "@@"],
  ["${@:-bbb}aaa", "bbbaaa"],
  ["$*", ""],
  ["${#:-bbb}", "bbb"],
  ["${?:+bbb}", ""],
  ["${-:-bbb}", "bbb"],
  ["$$", ""],
  ["${!:-bbb}", "bbb"],
  ["${0:-bbb}", "bbb"],
];

describe("expandWord: BuildKit's envVarTest", () => {
  it.each(ENV_VAR_TEST)("%s", (input, expected) => {
    expect(bk(input)).toBe(expected);
  });
});

// Inputs, environments and results from BuildKit's lex_test.go TestProcessWithMatches.
const MATCHES: { input: string; env: Record<string, string>; expected: string | null; unmatched?: string[] }[] = [
  { input: "x ${UNUSED}", env: { DUMMY: "dummy" }, expected: "x ", unmatched: ["UNUSED"] },
  { input: "${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}", env: { FOO: "xxx", BAR: "" }, expected: "xxx  ccc", unmatched: ["BAZ"] },
  { input: "${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}", env: { FOO: "xxx", BAR: "" }, expected: "xxx bbb ccc", unmatched: ["BAZ"] },
  { input: "${FOO:-}", env: {}, expected: "", unmatched: ["FOO"] },
  { input: "${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}", env: { FOO: "xxx", BAR: "" }, expected: "aaa bbb ", unmatched: ["BAZ"] },
  { input: "${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}", env: { FOO: "xxx", BAR: "" }, expected: "aaa  ", unmatched: ["BAZ"] },
  { input: "${FOO?aaa}", env: { FOO: "xxx" }, expected: "xxx" },
  { input: "${BAR?bbb}", env: { BAR: "" }, expected: "" },
  { input: "${BAZ?ccc}", env: {}, expected: null, unmatched: ["BAZ"] },
  { input: "${FOO:?aaa}", env: { FOO: "xxx" }, expected: "xxx" },
  { input: "${BAR:?bbb}", env: { BAR: "" }, expected: null },
  { input: "${BAZ:?}", env: {}, expected: null, unmatched: ["BAZ"] },
  { input: "${FOO=aaa}", env: { FOO: "xxx" }, expected: null },
  { input: "${FOO=:aaa}", env: { FOO: "xxx" }, expected: null },
  { input: "${FOO#()[]{\\}^$.\\*\\?|\\\\}", env: { FOO: "()[]{}^$.*?|\\x" }, expected: "x" },
  { input: "${FOO%%\\**}", env: { FOO: "xx**" }, expected: "xx" },
  { input: "${FOO#*x*y}", env: { FOO: "xxyy" }, expected: "y" },
  { input: "${FOO#*}", env: { FOO: "xxyy" }, expected: "xxyy" },
  { input: "${FOO#$BAR}", env: { FOO: "xxyy", BAR: "x" }, expected: "xyy" },
  { input: "${FOO#$BAR}", env: { FOO: "xxyy", BAR: "" }, expected: "xxyy" },
  { input: "${FOO#}", env: { FOO: "xxyy" }, expected: "xxyy" },
  { input: "${FOO##*x}", env: { FOO: "xxyy" }, expected: "yy" },
  { input: "${FOO##}", env: { FOO: "xxyy" }, expected: "xxyy" },
  { input: "${FOO#?\\?}", env: { FOO: "???y" }, expected: "?y" },
  { input: "${ABC:-.}${FOO%x}${ABC:-.}", env: { FOO: "xxyy" }, expected: ".xxyy.", unmatched: ["ABC"] },
  { input: "${FOO%%\\**\\*}", env: { FOO: "a***yy*" }, expected: "a" },
  { input: "${FOO%}", env: { FOO: "xxyy" }, expected: "xxyy" },
  { input: "${FOO%%$BAR}", env: { FOO: "xxyy", BAR: "" }, expected: "xxyy" },
  { input: "${FOO:#}", env: {}, expected: null },
  { input: "${FOO:##}", env: {}, expected: null },
  { input: "${FOO:%}", env: {}, expected: null },
  { input: "${FOO:%%}", env: {}, expected: null },
  { input: "${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}", env: { FOO: "/foo*/*/*.txt", NEEDLE: "\\*/" }, expected: "/foo.*/*.txt - /foo..*.txt" },
  { input: "${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}", env: { FOO: "/tmp/tmp/bar.txt", NEEDLE: "/tmp" }, expected: "/tmp/bar.txt - /bar.txt" },
  {
    input: "${FOO/$NEEDLE/$REPLACEMENT} - ${FOO//$NEEDLE/$REPLACEMENT}",
    env: { FOO: "/a/foo/b/c.txt", NEEDLE: "/?/", REPLACEMENT: "/" },
    expected: "/foo/b/c.txt - /foo/c.txt",
  },
  { input: "${FOO/$NEEDLE/$REPLACEMENT}", env: { FOO: "http://google.de", NEEDLE: "http://", REPLACEMENT: "https://" }, expected: "https://google.de" },
  { input: "${FOO//\\//\\/}", env: { FOO: "/tmp/foo.txt" }, expected: "\\/tmp\\/foo.txt" },
  { input: "${FOO/$BAR/ww}", env: { FOO: "xxyy", BAR: "" }, expected: "wwxxyy" },
  { input: "${FOO//ww}", env: { FOO: "xxyy" }, expected: null },
  { input: "${FOO//}", env: { FOO: "xxyy" }, expected: null },
  { input: "${FOO///}", env: { FOO: "xxyy" }, expected: "xxyy" },
  { input: "${FOO///}", env: {}, expected: "", unmatched: ["FOO"] },
  {
    input: "something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz",
    env: { VERSION: "v1.2.3", TARGETOS: "linux", TARGETARCH: "arm", TARGETVARIANT: "v7" },
    expected: "something-v1.2.3.linux-arm-v7.tar.gz",
  },
  {
    input: "something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz",
    env: { VERSION: "v1.2.3", TARGETOS: "linux", TARGETARCH: "arm64" },
    expected: "something-v1.2.3.linux-arm64.tar.gz",
    unmatched: ["TARGETVARIANT"],
  },
];

describe("expandWord: BuildKit's TestProcessWithMatches", () => {
  it.each(MATCHES)("$input", ({ input, env, expected, unmatched }) => {
    const r = expandWord(input, envOf(env), { unsetAsEmpty: true });
    if (expected === null) {
      expect(r.errors.length).toBeGreaterThan(0);
      expect(r.value).toBeUndefined();
    } else {
      expect(r.errors).toEqual([]);
      expect(r.value).toBe(expected);
    }
    if (unmatched) expect(r.unresolved).toEqual(unmatched);
  });

  it("mandatory variables report BuildKit's messages", () => {
    expect(expandWord("${VAR:?message here$ARG}", envOf({ VAR: "", ARG: "x" })).errors).toEqual(["VAR: message herex"]);
    expect(expandWord("${VAR?message here$ARG}", envOf({ ARG: "x" })).errors).toEqual(["VAR: message herex"]);
    expect(expandWord("${VAR?}", envOf({})).errors).toEqual(["VAR: is not allowed to be unset"]);
    expect(expandWord("${VAR:?}", envOf({ VAR: "" })).errors).toEqual(["VAR: is not allowed to be empty"]);
    expect(expandWord("${VAR?message here$ARG}", envOf({ VAR: "", ARG: "x" })).value).toBe("");
  });
});

// BuildKit's wordsTest (ProcessWords, used for EXPOSE).
describe("expandWord: word splitting (BuildKit's wordsTest)", () => {
  const env = envOf({ hi: "hi", space: "abc  def", leading: "  ab c", trailing: "ab c   " });
  it.each([
    ["hello${hi}bye", ["hellohibye"]],
    ["hello${space}bye", ["helloabc", "defbye"]],
    ['hello"${space}"bye', ["helloabc  defbye"]],
    ['hello "${space}"bye', ["hello", "abc  defbye"]],
    ["hello${leading}def", ["hello", "ab", "cdef"]],
    ['hello"${leading}" def', ["hello  ab c", "def"]],
    ["hello${trailing}d", ["helloab", "c", "d"]],
    ['hel"lo${trailing}"', ["helloab c   "]],
    ["hello there", ["hello", "there"]],
    ["hello\\ there", ["hello there"]],
    ['hello\\" there', ['hello"', "there"]],
    ["hello'$there'", ["hello$there"]],
  ] as [string, string[]][])("%s", (input, expected) => {
    expect(expandWord(input, env).words).toEqual(expected);
  });

  it("reproduces BuildKit's shared word buffer: text before a ${...:-...} is dropped from the words", () => {
    const r = expandWord("a${X:-b}", () => undefined);
    expect(r.value).toBe("ab");
    expect(r.words).toEqual(["b"]);
  });
});

describe("expandWord: modifiers, one by one", () => {
  const env = envOf({ SET: "value", EMPTY: "", PATHV: "/usr/local/bin/tool.tar.gz" });
  it.each([
    ["${SET}", "value"],
    ["$SET", "value"],
    ["${UNSET:-d}", "d"],
    ["${EMPTY:-d}", "d"],
    ["${EMPTY-d}", ""],
    ["${UNSET-d}", "d"],
    ["${SET:+alt}", "alt"],
    ["${EMPTY:+alt}", ""],
    ["${EMPTY+alt}", "alt"],
    ["${UNSET+alt}", ""],
    ["${SET:?msg}", "value"],
    ["${EMPTY?msg}", ""],
    ["${PATHV#*/}", "usr/local/bin/tool.tar.gz"],
    ["${PATHV##*/}", "tool.tar.gz"],
    ["${PATHV%.*}", "/usr/local/bin/tool.tar"],
    ["${PATHV%%.*}", "/usr/local/bin/tool"],
    ["${PATHV/local/opt}", "/usr/opt/bin/tool.tar.gz"],
    ["${PATHV//\\//:}", ":usr:local:bin:tool.tar.gz"],
    // The escape stays in a replacement (raw escapes), and Go's template expands $0 to the match.
    ["${SET/a/[\\$0]}", "v[\\a]lue"],
    ["${SET//?/-}", "-----"],
  ] as [string, string][])("%s", (input, expected) => {
    expect(expandWord(input, env).value).toBe(expected);
  });

  it("records the modifier and offsets of every reference", () => {
    const text = "a${A:-x}b${B##p}$C${D//x/y}";
    const r = expandWord(text, () => undefined);
    expect(r.references.map((x) => [x.name, x.modifier, text.slice(x.start, x.end), text.slice(x.nameStart, x.nameEnd)])).toEqual([
      ["A", ":-", "${A:-x}", "A"],
      ["B", "##", "${B##p}", "B"],
      ["C", undefined, "$C", "C"],
      ["D", "//", "${D//x/y}", "D"],
    ]);
  });

  it("marks nested references and reports them even when the outer variable is set (as BuildKit)", () => {
    const r = expandWord("${A:-$B}", envOf({ A: "1" }));
    expect(r.value).toBe("1");
    expect(r.references.map((x) => [x.name, x.nested, x.status])).toEqual([
      ["A", false, "set"],
      ["B", true, "unset"],
    ]);
    expect(r.unresolved).toEqual(["B"]);
  });

  it("leaves the value unresolved for unset or unknown variables unless a modifier decides", () => {
    const env: EnvLookup = (n) => (n === "U" ? UNKNOWN_VALUE : undefined);
    expect(expandWord("$X", env).value).toBeUndefined();
    expect(expandWord("$X", env, { unsetAsEmpty: true }).value).toBe("");
    expect(expandWord("${X:-d}", env).value).toBe("d");
    expect(expandWord("$U", env).value).toBeUndefined();
    expect(expandWord("${U:-d}", env).value).toBeUndefined();
    expect(expandWord("${U+d}", env).value).toBeUndefined();
    expect(expandWord("${U?}", env).errors).toEqual([]);
    expect(expandWord("$U", env).unknown).toEqual(["U"]);
  });

  it("uses the escape character it is given (backtick)", () => {
    const env = envOf({ A: "x" });
    expect(expandWord("`$A", env, { escape: "`" }).value).toBe("$A");
    expect(expandWord("\\$A", env, { escape: "`" }).value).toBe("\\x");
    expect(expandWord('"`"$A"', env, { escape: "`" }).value).toBe('"x');
    expect(expandWord("C:\\path\\$A", env, { escape: "`" }).value).toBe("C:\\path\\x");
    expect(expandWord("a``b", env, { escape: "`" }).value).toBe("a`b");
  });

  it("raw mode (heredocs) keeps quotes", () => {
    expect(expandWord("'$A' \"$A\"", envOf({ A: "x" }), { skipProcessQuotes: true }).value).toBe("'x' \"x\"");
  });
});

describe("pattern helpers (BuildKit's lex_test)", () => {
  it("converts patterns and rejects bad escapes", () => {
    expect(shellPatternToRegExp("\\*", true, true).test("*")).toBe(true);
    expect(shellPatternToRegExp("(()[]{\\}^$.\\*\\?|\\\\", true, true).test("(()[]{}^$.*?|\\")).toBe(true);
    for (const bad of ["\\", "\\x", "\\\\\\"]) expect(() => shellPatternToRegExp(bad, true, true)).toThrow();
  });
  it("reverses patterns keeping escapes", () => {
    expect(reversePattern("a\\*c")).toBe("c\\*a");
    expect(reversePattern("\\\\\\ab")).toBe("b\\a\\\\");
    expect(reversePattern("ab\\")).toBe("\\ba");
    expect(reversePattern("👽\\🚀🖖")).toBe("🖖\\🚀👽");
    expect(reversePattern("\\\\b")).toBe("b\\\\");
  });
  it("trims and replaces like Go's regexp", () => {
    expect(trimPrefix("*", "abc", false)).toBe("abc");
    expect(trimSuffix("*c", "abcbc", false)).toBe("abcb");
    expect(trimSuffix("*c", "abcbc", true)).toBe("");
    // Go skips an empty match right after a previous match; JavaScript's replace would not.
    expect(replacePattern("abc", "*", "-", true)).toBe("-");
    expect(replacePattern("abc", "", "-", true)).toBe("-a-b-c-");
    expect(replacePattern("abc", "b", "$$", true)).toBe("a$c");
    expect(replacePattern("abc", "b", "${1}x", true)).toBe("axc");
  });
});

describe("suggestName (BuildKit's suggest.Search)", () => {
  it("finds the closest name under 3 edits", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(suggestName("VERSON", ["PATH", "VERSION"])).toBe("VERSION");
    expect(suggestName("FOO", ["BAR"])).toBeUndefined();
    expect(suggestName("FOO", ["FOO", "FO"])).toBeUndefined();
    expect(suggestName("version", ["VERSION"])).toBeUndefined();
    expect(suggestName("version", ["VERSION"], false)).toBeUndefined();
    expect(suggestName("versoin", ["VERSION"], false)).toBe("version");
  });
});
