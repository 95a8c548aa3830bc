import { describe, expect, it } from "vitest";
import { useColor } from "../../src/cli/main.js";
import type { Finding } from "../../src/engine/finding.js";
import { FORMATTER_NAMES, loadFormatter } from "../../src/formatters/index.js";
import type { FileResult } from "../../src/lint.js";

function finding(over: Partial<Finding>): Finding {
  return { file: "Dockerfile", line: 1, column: 1, endLine: 1, endColumn: 2, rule: "r", aliases: [], severity: "warning", message: "m", ...over };
}

describe("stylish", () => {
  it("aligns columns, underlines the range and keeps tabs in the frame", async () => {
    const stylish = await loadFormatter("stylish");
    const source = "FROM alpine\n\tRUN  apt-get install\nCOPY a \\\n  b\n";
    const results: FileResult[] = [
      {
        file: "Dockerfile",
        source,
        findings: [
          finding({ line: 2, column: 7, endLine: 2, endColumn: 14, rule: "apt", message: "apt-get here", severity: "info" }),
          finding({ line: 3, column: 6, endLine: 4, endColumn: 4, rule: "multi", message: "spans lines", severity: "error" }),
          finding({ line: 10, column: 1, endLine: 10, endColumn: 1, rule: "eof", message: "past the end", severity: "style" }),
        ],
      },
      { file: "other", source: "", findings: [] },
    ];
    expect(stylish(results, { color: false, cwd: "/" })).toBe(
      [
        "Dockerfile",
        "  2:7   info   apt-get here  apt",
        "    2 | \tRUN  apt-get install",
        "      | \t     ^~~~~~~",
        "  3:6   error  spans lines  multi",
        "    3 | COPY a \\",
        "      |      ^~~",
        "  10:1  style  past the end  eof",
        "",
        "\u2716 3 problems (1 error, 0 warnings, 1 info, 1 style)",
        "",
      ].join("\n"),
    );
  });

  it("prints nothing when there are no findings", async () => {
    expect((await loadFormatter("stylish"))([{ file: "a", findings: [] }], { color: true, cwd: "/" })).toBe("");
  });

  it("colours severities when asked", async () => {
    const out = (await loadFormatter("stylish"))([{ file: "a", source: "FROM x\n", findings: [finding({ severity: "error" })] }], { color: true, cwd: "/" });
    expect(out).toContain("\u001b[31merror\u001b[39m");
    expect(out).toContain("\u001b[4ma\u001b[24m");
  });
});

describe("json", () => {
  it("prints every finding of every file in one list", async () => {
    const json = await loadFormatter("json");
    const out = json(
      [
        { file: "a", findings: [finding({ file: "a" })] },
        { file: "b", findings: [finding({ file: "b", fix: { description: "d", safe: false, edits: [] } })] },
      ],
      { color: true, cwd: "/" },
    );
    expect(JSON.parse(out).findings.map((f: Finding) => [f.file, f.fix?.safe])).toEqual([
      ["a", undefined],
      ["b", false],
    ]);
    expect(out).not.toContain("\u001b[");
  });
});

describe("formatter registry", () => {
  it("knows every format and rejects others", async () => {
    expect(FORMATTER_NAMES).toEqual(["stylish", "compact", "gnu", "json", "sarif", "checkstyle", "junit", "gitlab", "github", "hadolint-json"]);
    await expect(loadFormatter("xml" as "json")).rejects.toThrow("unknown format 'xml'");
    await expect(loadFormatter("toString" as "json")).rejects.toThrow("unknown format 'toString'");
  });
});

describe("useColor", () => {
  it("follows the flag, then FORCE_COLOR, then NO_COLOR, then the terminal", () => {
    expect(useColor(false, { FORCE_COLOR: "1" }, true)).toBe(false);
    expect(useColor(true, { NO_COLOR: "1" }, false)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: "1", NO_COLOR: "1" }, false)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: "0" }, true)).toBe(true);
    expect(useColor(undefined, { NO_COLOR: "1" }, true)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: "" }, true)).toBe(true);
    expect(useColor(undefined, {}, false)).toBe(false);
  });
});
