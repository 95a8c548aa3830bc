/**
 * BuildKit's experimental InvalidDefinitionDescription (testDefinitionDescription). The rule is off by
 * default, so these tests enable it through the config the way a user would.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/ast/parse.js";
import { runRules } from "../../src/engine/run.js";
import rule from "../../rules/invalid-definition-description.js";

function run(text: string, enable = true): string[] {
  const { ast } = parse(text);
  const config = enable ? { rules: { InvalidDefinitionDescription: "on" as const } } : {};
  return runRules(ast, text, { rules: [rule], config }).map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`);
}

describe("invalid-definition-description", () => {
  it("is off by default", () => {
    expect(rule.meta.disabledByDefault).toBe(true);
    expect(run("# not a description\nARG VERSION=1\n", false)).toEqual([]);
  });

  it("BuildKit: descriptions that start with the name are fine", () => {
    const text =
      "# check=experimental=InvalidDefinitionDescription\n# foo this is the foo\nARG foo=bar\n\n# base this is the base image\nFROM scratch AS base\n\n" +
      "# version this is the version number\nARG version=latest\n\n# baz this is the baz\nARG foo=baz bar=qux baz=quux\n#\nARG bit=bat\n\n" +
      "# comment for something other than ARG or FROM\nCOPY Dockerfile .\n";
    expect(run(text)).toEqual([]);
  });

  it("BuildKit: comments that do not", () => {
    const text =
      "# check=experimental=InvalidDefinitionDescription\n# bar this is the bar\nARG foo=bar\n# BasE this is the BasE image\nFROM scratch AS base\n" +
      "# definitely a bad comment\nARG version=latest\n# definitely a bad comment\nARG foo=baz bar=qux baz=quux\n";
    expect(run(text)).toEqual([
      "3:1-3:4 Comment for ARG should follow the format: `# foo <description>`",
      "5:1-5:5 Comment for FROM should follow the format: `# base <description>`",
      "7:1-7:4 Comment for ARG should follow the format: `# version <description>`",
      "9:1-9:4 Comment for ARG should follow the format: `# <arg_key> <description>`",
    ]);
  });

  it("a blank line does not separate the comment (BuildKit keeps comments across blank lines); an empty # does", () => {
    expect(run("FROM alpine\n# install tools\n\nARG TOOLS=curl\n")).toEqual(["4:1-4:4 Comment for ARG should follow the format: `# TOOLS <description>`"]);
    expect(run("FROM alpine\n# install tools\n#\nARG TOOLS=curl\n")).toEqual([]);
  });

  it("only the last comment line counts, and only for named stages and ARGs", () => {
    expect(run("# notes\n# VERSION the release\nARG VERSION=1\n# just a note\nFROM alpine\n# just a note\nRUN true\n")).toEqual([]);
    expect(run("# VERSION the release\n# more text\nARG VERSION=1\n")).toEqual(["3:1-3:4 Comment for ARG should follow the format: `# VERSION <description>`"]);
  });

  it("check=skip by BuildKit name hides it (BuildKit itself ignores skip= for experimental checks)", () => {
    expect(run("# check=skip=InvalidDefinitionDescription\n# a note\nARG X=1\n")).toEqual([]);
  });
});
