import { describe, expect, it } from "vitest";
import { parse } from "../../src/ast/index.js";
import { runRules, type EngineConfig } from "../../src/engine/run.js";
import { flagKind, testRule } from "./rules.js";

const rules = [
  testRule({ id: "untagged", aliases: ["DL3006"] }, (ctx) => ({
    FROM: (n) => {
      if (n.image && !n.image.tag) ctx.report({ message: "untagged", range: n.image.range });
    },
  })),
  flagKind("shell-run", "RUN", { aliases: ["DL3099", "JSONArgsRecommended"], severity: "warning" }),
  flagKind("workdir-check", "WORKDIR", { aliases: ["WorkdirRelativePath"], severity: "info" }),
];

function lint(text: string, config: EngineConfig = {}) {
  const { ast, diagnostics } = parse(text);
  return runRules(ast, text, { rules, diagnostics, config });
}
const ids = (text: string, config: EngineConfig = {}) => lint(text, config).map((f) => `${f.line}:${f.rule}`);

describe("inline ignore comments", () => {
  it("hide the named rule on the next instruction only", () => {
    const text = "FROM alpine\n# shipshape ignore=shell-run\nRUN a\nRUN b\n";
    expect(ids(text)).toEqual(["1:untagged", "4:shell-run"]);
  });

  it("match hadolint codes and BuildKit names in any case, and ids exactly", () => {
    expect(ids("# hadolint ignore=dl3006\nFROM alpine\n")).toEqual([]);
    expect(ids("FROM alpine\n# shipshape ignore=jsonargsrecommended\nRUN a\n")).toEqual(["1:untagged"]);
    expect(ids("FROM alpine\n# shipshape ignore=Shell-Run\nRUN a\n")).toEqual(["1:untagged", "3:shell-run"]);
  });

  it("take several names, with spaces after commas and a trailing reason", () => {
    const text = "# hadolint ignore=DL3006, shell-run  -- legacy image\nFROM alpine\nRUN a\n";
    expect(ids(text)).toEqual(["3:shell-run"]);
    expect(ids("FROM x\n# hadolint ignore=DL3006 , DL3099\nONBUILD RUN a\n")).toEqual(["1:untagged"]);
  });

  it("work from any comment line of the block directly above, but not across a blank line", () => {
    expect(ids("FROM alpine\n# shipshape ignore=shell-run\n# why: legacy\nRUN a\n")).toEqual(["1:untagged"]);
    expect(ids("FROM alpine\n# shipshape ignore=shell-run\n\nRUN a\n")).toEqual(["1:untagged", "4:shell-run"]);
  });

  it("cover every line of a continued instruction and an ONBUILD trigger", () => {
    const text = "FROM alpine\n# shipshape ignore=shell-run\nONBUILD RUN a \\\n  && b\n";
    expect(ids(text)).toEqual(["1:untagged"]);
  });

  it("do not fire for unrelated comments or other tools", () => {
    expect(ids("# eslint ignore=DL3006\n# shipshape ignore DL3006\nFROM alpine\n")).toEqual(["3:untagged"]);
  });

  it("also hide parser diagnostics by code or alias", () => {
    expect(ids("FROM a\n# shipshape ignore=untagged\n# shipshape ignore=NoEmptyContinuation\nFROM b \\\n\n  AS c\n")).toEqual(["1:untagged"]);
  });

  it("are ignored with disableIgnorePragma", () => {
    expect(ids("# hadolint ignore=DL3006\nFROM alpine\n", { disableIgnorePragma: true })).toEqual(["2:untagged"]);
    expect(ids("# shipshape global ignore=DL3006\nFROM alpine\n", { disableIgnorePragma: true })).toEqual(["2:untagged"]);
  });
});

describe("global ignore comments", () => {
  it("hide a rule anywhere in the file, wherever the comment is", () => {
    const text = "FROM alpine\nRUN a\nFROM b\n# shipshape global ignore=untagged,DL3099\nRUN c\n";
    expect(ids(text)).toEqual([]);
    expect(ids("FROM a\nFROM b\n# hadolint global ignore=DL3006\n")).toEqual([]);
  });
  it("leave other rules alone", () => {
    expect(ids("# hadolint global ignore=DL3006\nFROM alpine\nRUN a\n")).toEqual(["3:shell-run"]);
  });
});

describe("BuildKit check directive", () => {
  it("skip=Name hides that BuildKit check in the file", () => {
    expect(ids("# check=skip=JSONArgsRecommended\nFROM alpine\nRUN a\n")).toEqual(["2:untagged"]);
  });
  it("skip=all hides every BuildKit check but not other rules", () => {
    expect(ids("# check=skip=all\nFROM alpine\nRUN a\nWORKDIR app\n")).toEqual(["2:untagged"]);
  });
  it("skip names are a list and may be combined with error=true", () => {
    const findings = lint("# check=skip=WorkdirRelativePath;error=true\nFROM alpine\nRUN a\nWORKDIR app\n");
    expect(findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(["untagged:warning", "shell-run:error"]);
  });
  it("error=true makes BuildKit checks errors, error=false does not", () => {
    expect(lint("# check=error=true\nFROM alpine\nWORKDIR app\n").map((f) => f.severity)).toEqual(["warning", "error"]);
    expect(lint("# check=error=false\nFROM alpine\nWORKDIR app\n").map((f) => f.severity)).toEqual(["warning", "info"]);
  });
  it("below the top, a check comment applies to the instruction right under it only (as in BuildKit)", () => {
    expect(ids("FROM alpine\n# check=skip=all\nRUN a\nRUN b\n")).toEqual(["1:untagged", "4:shell-run"]);
    expect(ids("FROM alpine\n# check=skip=JSONArgsRecommended\nRUN a\n\nRUN b\n")).toEqual(["1:untagged", "5:shell-run"]);
    expect(ids("FROM alpine\n# check=skip=JSONArgsRecommended\n\nRUN a\n")).toEqual(["1:untagged", "4:shell-run"]);
  });
  it("error= takes Go's boolean spellings", () => {
    for (const v of ["1", "t", "T", "TRUE", "True"]) expect(lint(`# check=error=${v}\nFROM alpine\nWORKDIR app\n`).map((f) => f.severity)).toEqual(["warning", "error"]);
    expect(lint("# check=error=yes\nFROM alpine\nWORKDIR app\n").map((f) => f.severity)).toEqual(["warning", "info"]);
  });
});

describe("unused suppressions", () => {
  const on: EngineConfig = { unusedSuppressions: true };

  it("are not reported by default", () => {
    expect(ids("# shipshape ignore=shell-run\nFROM alpine\n")).toEqual(["2:untagged"]);
  });

  it("report a name that hid nothing, at the name", () => {
    const findings = lint("FROM alpine\n# shipshape ignore=untagged,shell-run\nRUN a\n", on);
    expect(findings.map((f) => `${f.line}:${f.column}-${f.endColumn}:${f.rule}`)).toEqual(["1:6-12:untagged", "2:20-28:unused-suppression"]);
    expect(findings[1].message).toBe("'untagged' in 'shipshape ignore' suppresses no finding on the next instruction");
    expect(findings[1].severity).toBe("warning");
  });

  it("report unknown rule names with a suggestion", () => {
    const findings = lint("# hadolint ignore=untaged\nFROM alpine\n", on);
    expect(findings.map((f) => f.message)).toContain("'untaged' in 'hadolint ignore' is not a known rule (did you mean 'untagged'?)");
  });

  it("report an inline comment that is not directly above an instruction", () => {
    const findings = lint("FROM alpine:3\n# shipshape ignore=shell-run\n\nRUN a\n", on);
    expect(findings.map((f) => `${f.line}:${f.rule}`)).toEqual(["2:unused-suppression", "4:shell-run"]);
    expect(findings[0].message).toMatch(/not directly above an instruction/);
  });

  it("report unused global and check=skip names, but not used ones", () => {
    const text = "# check=skip=WorkdirRelativePath,JSONArgsRecommended\nFROM alpine:3\n# hadolint global ignore=DL3006\nRUN a\n";
    const findings = lint(text, on);
    expect(findings.map((f) => `${f.line}:${f.column}:${f.rule}`)).toEqual(["1:14:unused-suppression", "3:26:unused-suppression"]);
  });

  it("can be enabled and graded through the rule setting, or turned off", () => {
    const text = "# shipshape ignore=shell-run\nFROM alpine\n";
    expect(lint(text, { rules: { "unused-suppression": "error" } }).map((f) => `${f.rule}:${f.severity}`)).toEqual([
      "unused-suppression:error",
      "untagged:warning",
    ]);
    expect(ids(text, { unusedSuppressions: true, rules: { "unused-suppression": "off" } })).toEqual(["2:untagged"]);
  });

  it("stay quiet when every name was used", () => {
    expect(ids("# shipshape ignore=DL3006\nFROM alpine\n", on)).toEqual([]);
    expect(ids("# check=skip=all\nFROM alpine\nRUN a\n", { ...on })).toEqual(["2:untagged"]);
  });
  it("report a check comment below the top that is not above an instruction", () => {
    expect(ids("# shipshape ignore=DL3006\nFROM alpine\n# check=skip=all\n", on)).toEqual(["3:unused-suppression"]);
  });
});
