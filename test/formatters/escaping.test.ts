/** Escaping and path edge cases of the machine-readable formats, asserted directly (not through goldens). */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/finding.js";
import { loadFormatter } from "../../src/formatters/index.js";
import { escapeData, escapeProperty } from "../../src/formatters/github.js";
import { artifactUri } from "../../src/formatters/sarif.js";
import { relativePath, xmlAttr, xmlText } from "../../src/formatters/util.js";
import type { FileResult } from "../../src/lint.js";
import { CONTEXT } from "./sample.js";

function finding(over: Partial<Finding>): Finding {
  return { file: "Dockerfile", line: 1, column: 1, endLine: 1, endColumn: 2, rule: "r", aliases: [], severity: "warning", message: "m", ...over };
}
const one = (over: Partial<Finding>): FileResult[] => [{ file: over.file ?? "Dockerfile", findings: [finding(over)] }];

describe("XML", () => {
  it("escapes the five specials, and line breaks and tabs in attributes", () => {
    expect(xmlAttr(`a&b<c>d"e'f\tg\nh\r\ni`)).toBe("a&amp;b&lt;c&gt;d&quot;e&apos;f&#9;g&#10;h&#13;&#10;i");
    expect(xmlText(`a&b<c>d"e'f\tg\nh\r\ni`)).toBe(`a&amp;b&lt;c&gt;d"e'f\tg\nh&#13;\ni`);
  });

  it("replaces characters XML 1.0 cannot carry and keeps non-ASCII and surrogate pairs", () => {
    expect(xmlAttr("\u0000\u0008\u000b\u000c\u001f\ufffe\uffff")).toBe("\ufffd".repeat(7));
    expect(xmlAttr("lone \ud800 high, lone \udc00 low")).toBe("lone \ufffd high, lone \ufffd low");
    expect(xmlText("Ünïcødé 🐳 ✓")).toBe("Ünïcødé 🐳 ✓");
  });

  it("checkstyle and junit put escaped file names, messages and rule ids in attributes", async () => {
    const results = one({ file: 'a&"b<.Dockerfile', rule: "x<y", message: "1 < 2 & 3 > 2\nnext" });
    const checkstyle = (await loadFormatter("checkstyle"))(results, CONTEXT);
    expect(checkstyle).toContain('<file name="a&amp;&quot;b&lt;.Dockerfile">');
    expect(checkstyle).toContain('message="1 &lt; 2 &amp; 3 &gt; 2&#10;next" source="shipshape.rules.x&lt;y"');
    const junit = (await loadFormatter("junit"))(results, CONTEXT);
    expect(junit).toContain('<testsuite name="a&amp;&quot;b&lt;.Dockerfile" tests="1" failures="1"');
    expect(junit).toContain('<testcase name="1:1 x&lt;y" classname="a&amp;&quot;b&lt;.Dockerfile">');
    expect(junit).toContain('type="warning">a&amp;"b&lt;.Dockerfile:1:1: warning x&lt;y: 1 &lt; 2 &amp; 3 &gt; 2\nnext</failure>');
  });

  it("junit reports a clean run as one passing test per file", async () => {
    const out = (await loadFormatter("junit"))([{ file: "Dockerfile", findings: [] }], CONTEXT);
    expect(out).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<testsuites name="shipshape" tests="1" failures="0" errors="0">',
        '  <testsuite name="Dockerfile" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase name="shipshape" classname="Dockerfile"/>',
        "  </testsuite>",
        "</testsuites>",
        "",
      ].join("\n"),
    );
  });
});

describe("GitHub workflow commands", () => {
  it("escape %, CR and LF in messages, and also : and , in properties", () => {
    expect(escapeData("100% a:b,c\r\nd")).toBe("100%25 a:b,c%0D%0Ad");
    expect(escapeProperty("100% a:b,c\r\nd")).toBe("100%25 a%3Ab%2Cc%0D%0Ad");
    // Escaping % first: an existing "%0A" in the text stays literal.
    expect(escapeData("%0A")).toBe("%250A");
  });

  it("escape file names and titles, and keep '::' inside the message", async () => {
    const out = (await loadFormatter("github"))(one({ file: "a,b:c.Dockerfile", rule: "r:1", message: "use :: here, 50%" }), CONTEXT);
    expect(out).toBe("::warning file=a%2Cb%3Ac.Dockerfile,line=1,col=1,endLine=1,endColumn=1,title=r%3A1::use :: here, 50%25\n");
  });

  it("map severities to error, warning and notice and print nothing when clean", async () => {
    const github = await loadFormatter("github");
    const levels = (["error", "warning", "info", "style"] as const).map((severity) => github(one({ severity }), CONTEXT).split(" ")[0]);
    expect(levels).toEqual(["::error", "::warning", "::notice", "::notice"]);
    expect(github([{ file: "Dockerfile", findings: [] }], CONTEXT)).toBe("");
  });
});

describe("paths", () => {
  it("are made relative to the current folder with forward slashes when inside it", () => {
    expect(relativePath("/work/project/a/Dockerfile", "/work/project")).toBe("a/Dockerfile");
    expect(relativePath("./a/../b/Dockerfile", "/work/project")).toBe("b/Dockerfile");
    expect(relativePath("/elsewhere/Dockerfile", "/work/project")).toBe("/elsewhere/Dockerfile");
    expect(relativePath("../sibling/Dockerfile", "/work/project")).toBe("/work/sibling/Dockerfile");
    expect(relativePath("<stdin>", "/work/project")).toBe("<stdin>");
  });

  it("become percent-encoded URI references in SARIF, or file: URLs outside the current folder", () => {
    expect(artifactUri("sub dir/Dockerfile", "/w")).toBe("sub%20dir/Dockerfile");
    expect(artifactUri("dé/Dockerfile#1", "/w")).toBe("d%C3%A9/Dockerfile%231");
    expect(artifactUri("<stdin>", "/w")).toBe("%3Cstdin%3E");
    expect(artifactUri("/other/a b/Dockerfile", "/w")).toBe("file:///other/a%20b/Dockerfile");
  });
});

describe("compact", () => {
  it("keeps each finding on one line", async () => {
    const out = (await loadFormatter("compact"))(one({ message: "a\nb\r\nc\rd", severity: "error" }), CONTEXT);
    expect(out).toBe("Dockerfile:1:1: error r: a b c d\n");
  });

  it("prints nothing when clean", async () => {
    expect((await loadFormatter("compact"))([{ file: "Dockerfile", findings: [] }], CONTEXT)).toBe("");
  });
});

describe("gitlab", () => {
  const gitlab = async (results: FileResult[]) => JSON.parse((await loadFormatter("gitlab"))(results, CONTEXT)) as { fingerprint: string; severity: string; location: { path: string } }[];

  it("fingerprints are stable, depend on file, rule, line and message, and stay unique for repeats", async () => {
    const base = { file: "Dockerfile", findings: [finding({}), finding({ column: 5 }), finding({ message: "other" }), finding({ line: 2 }), finding({ rule: "s" })] };
    const [a, b] = [await gitlab([base]), await gitlab([base])];
    expect(a.map((i) => i.fingerprint)).toEqual(b.map((i) => i.fingerprint));
    expect(new Set(a.map((i) => i.fingerprint)).size).toBe(5);
    for (const f of a) expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    // The first of a repeated pair keeps the fingerprint it has alone, so adding a duplicate does not move it.
    expect((await gitlab([{ file: "Dockerfile", findings: [finding({})] }]))[0].fingerprint).toBe(a[0].fingerprint);
    expect((await gitlab(one({ file: "other/Dockerfile" })))[0].fingerprint).not.toBe(a[0].fingerprint);
  });

  it("maps severities and makes paths relative", async () => {
    const results: FileResult[] = [
      { file: "/work/project/x/Dockerfile", findings: (["error", "warning", "info", "style"] as const).map((severity) => finding({ file: "/work/project/x/Dockerfile", severity })) },
    ];
    const issues = await gitlab(results);
    expect(issues.map((i) => i.severity)).toEqual(["critical", "major", "minor", "info"]);
    expect(issues[0].location.path).toBe("x/Dockerfile");
  });

  it("is an empty array when clean", async () => {
    expect(await gitlab([{ file: "Dockerfile", findings: [] }])).toEqual([]);
  });
});

describe("hadolint-json", () => {
  it("uses the hadolint code (DL or SC) when the rule has one, else the rule id", async () => {
    const results: FileResult[] = [
      {
        file: "Dockerfile",
        findings: [
          finding({ rule: "a", aliases: ["JSONArgsRecommended", "DL3025"] }),
          finding({ rule: "b", aliases: ["SC2086"] }),
          finding({ rule: "c", aliases: ["CKV_DOCKER_2", "DL30"] }),
        ],
      },
    ];
    const out = JSON.parse((await loadFormatter("hadolint-json"))(results, CONTEXT)) as { code: string }[];
    expect(out.map((i) => i.code)).toEqual(["DL3025", "SC2086", "c"]);
  });

  it("is [] when clean, like hadolint", async () => {
    expect((await loadFormatter("hadolint-json"))([{ file: "Dockerfile", findings: [] }], CONTEXT)).toBe("[]\n");
  });
});
