/**
 * BuildKit's CopyIgnoredFile with real ignore files on disk: the fixtures under fixtures/buildkit/copy-ignored-file,
 * and BuildKit's testCopyIgnoredFiles / testCopyIgnoredFileContextRoot inputs written to a temporary build context.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import rule from "../../rules/copy-ignored-file.js";
import { repoRoot } from "../helpers.js";
import { runRulesLocal } from "./run.js";

const fixtures = path.join(repoRoot, "fixtures", "buildkit", "copy-ignored-file");

/** `line:column-endLine:endColumn message` of every finding for the file at `file`. */
function lintFile(file: string, text = readFileSync(file, "utf8"), settings = {}): string[] {
  return runRulesLocal([rule], text, { filename: file, settings }).map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`);
}

const temp: string[] = [];
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

/** A build context holding `Dockerfile` and, when given, `.dockerignore`; returns the Dockerfile's path. */
function context(dockerfile: string, dockerignore?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "shipshape-copy-ignored-"));
  temp.push(dir);
  writeFileSync(path.join(dir, "Dockerfile"), dockerfile);
  if (dockerignore !== undefined) writeFileSync(path.join(dir, ".dockerignore"), dockerignore);
  return path.join(dir, "Dockerfile");
}

describe("copy-ignored-file: fixtures", () => {
  it("basic: context sources excluded by .dockerignore (`*.env` only at the root), not --from, URLs or heredocs", () => {
    expect(lintFile(path.join(fixtures, "basic", "Dockerfile"))).toEqual([
      '4:6-4:16 Attempting to Copy file "Dockerfile" that is excluded by .dockerignore',
      '6:6-6:23 Attempting to Copy file "secrets/token.txt" that is excluded by .dockerignore',
      '7:6-7:24 Attempting to Copy file "web/node_modules/x" that is excluded by .dockerignore',
      '9:6-9:11 Attempting to Copy file "prod.env" that is excluded by .dockerignore',
    ]);
  });
  it("per-dockerfile: <Dockerfile>.dockerignore wins over .dockerignore", () => {
    expect(lintFile(path.join(fixtures, "per-dockerfile", "app.Dockerfile"))).toEqual([
      '3:6-3:15 Attempting to Copy file "README.md" that is excluded by .dockerignore',
    ]);
  });
  it("exceptions: BuildKit does not check when the ignore file has ! patterns", () => {
    expect(lintFile(path.join(fixtures, "exceptions", "Dockerfile"))).toEqual([]);
  });
  it("the context option points at another folder's .dockerignore", () => {
    const file = path.join(fixtures, "exceptions", "Dockerfile");
    const settings = { ruleOptions: { "copy-ignored-file": { context: path.join(fixtures, "per-dockerfile") } } };
    expect(lintFile(file, undefined, settings)).toEqual(['2:6-2:18 Attempting to Copy file "Dockerfile" that is excluded by .dockerignore']);
  });
  it("check=skip=CopyIgnoredFile hides the findings", () => {
    const file = path.join(fixtures, "basic", "Dockerfile");
    expect(lintFile(file, "# check=skip=CopyIgnoredFile\n" + readFileSync(file, "utf8"))).toEqual([]);
  });
  it("does nothing (and does not throw) when the file is not on disk", () => {
    const text = readFileSync(path.join(fixtures, "basic", "Dockerfile"), "utf8");
    for (const name of ["<stdin>", "Dockerfile", path.join(fixtures, "basic", "nope.Dockerfile"), path.join(fixtures, "basic")]) {
      const all = runRulesLocal([rule], text, { filename: name });
      expect(all, name).toEqual([]);
    }
  });
});

describe("copy-ignored-file: BuildKit's cases", () => {
  const ignoreDockerfile = "\nDockerfile\n";
  it("testCopyIgnoredFiles: COPY and ADD of an ignored file", () => {
    expect(lintFile(context("\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n", ignoreDockerfile))).toEqual([
      '3:6-3:16 Attempting to Copy file "Dockerfile" that is excluded by .dockerignore',
      '4:5-4:15 Attempting to Add file "Dockerfile" that is excluded by .dockerignore',
    ]);
  });
  it("testCopyIgnoredFiles: check=skip", () => {
    expect(lintFile(context("# check=skip=CopyIgnoredFile\n\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n", ignoreDockerfile))).toEqual([]);
  });
  it("testCopyIgnoredFiles: destinations and --from are not context sources", () => {
    const df = "\nFROM scratch AS base\nCOPY Dockerfile /foobar\nADD Dockerfile /windy\n\nFROM base\nCOPY --from=base /foobar /Dockerfile\n";
    expect(lintFile(context(df, "\nfoobar\n"))).toEqual([]);
  });
  it("testCopyIgnoredFiles: exceptions disable the check", () => {
    expect(lintFile(context("\nFROM scratch\nCOPY ./Dockerfile .\n", "\n**\n!Dockerfile\n"))).toEqual([]);
    expect(lintFile(context("\nFROM scratch\nCOPY . .\n\t", "\n**\n!Dockerfile\n"))).toEqual([]);
  });
  it("testCopyIgnoredFileContextRoot: '.' only when everything is ignored", () => {
    expect(lintFile(context("\nFROM scratch\nCOPY . .\n", "\n.*\n"))).toEqual([]);
    expect(lintFile(context("\nFROM scratch\nCOPY . .\n", "\n*\n"))).toEqual(['3:6-3:7 Attempting to Copy file "." that is excluded by .dockerignore']);
  });
  it("BuildKit docs: a pattern one level down", () => {
    const file = context("FROM scratch\nCOPY ./tmp/helloworld.txt /helloworld.txt\nCOPY ./forever/helloworld.txt /x\nCOPY ./a/tmp/x.txt /y\n", "*/tmp/*\n");
    expect(lintFile(file)).toEqual(['4:6-4:19 Attempting to Copy file "a/tmp/x.txt" that is excluded by .dockerignore']);
  });
  it("no .dockerignore, an empty one, or a malformed pattern: nothing to check", () => {
    expect(lintFile(context("FROM scratch\nCOPY Dockerfile .\n"))).toEqual([]);
    expect(lintFile(context("FROM scratch\nCOPY Dockerfile .\n", "# only a comment\n\n"))).toEqual([]);
    expect(lintFile(context("FROM scratch\nCOPY Dockerfile .\n", "Dockerfile\n[\n"))).toEqual([]);
  });
});
