/** The language server's pure parts: file names, instruction help, position conversion, edits. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { TextDocument } from "vscode-languageserver-textdocument";
import { afterAll, describe, expect, it } from "vitest";
import { INSTRUCTION_KEYWORDS } from "../../src/ast/types.js";
import { ignoreFileEdit, ignoreInstructionEdit, kindRequested } from "../../src/lsp/actions.js";
import { LineIndex, minimalEdit, rangeContains, rangesTouch } from "../../src/lsp/convert.js";
import { Linter } from "../../src/lsp/document.js";
import { isDockerfileDocument, isDockerfileName } from "../../src/lsp/files.js";
import { instructionHelp } from "../../src/lsp/instructions.js";
import { repoRoot } from "../helpers.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "shipshape-lsp-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const snapshot = (text: string) => new Linter(() => dir).lint(pathToFileURL(path.join(dir, "Dockerfile")).href, 1, text);

describe("file recognition", () => {
  it.each([
    ["Dockerfile", true],
    ["Dockerfile.dev", true],
    ["Dockerfile.prod.arm64", true],
    ["api.Dockerfile", true],
    ["api.dockerfile", true],
    ["Containerfile", true],
    ["Containerfile.ci", true],
    ["Dockerfile.dockerignore", false],
    ["api.Dockerfile.dockerignore", false],
    ["dockerfile", false],
    ["Dockerfiles", false],
    ["MyDockerfile", false],
    [".Dockerfile", false],
    ["README.md", false],
  ])("%s → %s", (name, expected) => {
    expect(isDockerfileName(name)).toBe(expected);
    expect(isDockerfileName(`/some/dir/${name}`)).toBe(expected);
  });

  it("documents: by language id, or by the name in a file or untitled URI", () => {
    expect(isDockerfileDocument("file:///a/notes.txt", "dockerfile")).toBe(true);
    expect(isDockerfileDocument("file:///a/Dockerfile.dev", "plaintext")).toBe(true);
    expect(isDockerfileDocument("file:///a/my%20app.Dockerfile", undefined)).toBe(true);
    expect(isDockerfileDocument("untitled:Dockerfile", "plaintext")).toBe(true);
    expect(isDockerfileDocument("untitled:Untitled-1", "plaintext")).toBe(false);
    expect(isDockerfileDocument("file:///a/notes.txt", "plaintext")).toBe(false);
    expect(isDockerfileDocument("untitled:%E0%A4%A", "plaintext")).toBe(false); // a malformed escape is not a crash
  });
});

describe("instruction help", () => {
  it("every Docker instruction has a paragraph, its syntax and a link to its reference section", () => {
    for (const keyword of INSTRUCTION_KEYWORDS) {
      const help = instructionHelp(keyword)!;
      expect(help, keyword).toMatch(new RegExp(`^\\*\\*${keyword}\\*\\*\\n\\n\`\`\`dockerfile\\n${keyword} `));
      expect(help).toContain(`https://docs.docker.com/reference/dockerfile/#${keyword.toLowerCase()}`);
      expect(help.split("\n\n")[2].length, keyword).toBeGreaterThan(100);
      expect(instructionHelp(keyword.toLowerCase())).toBe(help);
    }
  });

  it("nothing for unknown keywords, inherited property names included", () => {
    for (const word of ["FROB", "constructor", "__proto__", "toString", "hasOwnProperty", ""]) expect(instructionHelp(word)).toBeNull();
  });
});

describe("positions", () => {
  it("LineIndex agrees with vscode-languageserver-textdocument on LF, CRLF and lone CR", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "\n", "\r", "\r\n", "é", "🐳", " ")).map((a) => a.join("")), (text) => {
        const index = new LineIndex(text);
        const doc = TextDocument.create("file:///x", "dockerfile", 1, text);
        expect(index.lineCount).toBe(doc.lineCount);
        for (let offset = 0; offset <= text.length; offset++) {
          const position = index.positionAt(offset);
          expect(position).toEqual(doc.positionAt(offset));
          expect(index.offsetAt(position)).toBe(doc.offsetAt(position));
        }
      }),
    );
  });

  it("maps shipshape lines (LF only) to LSP lines when the text has a lone CR", () => {
    const text = "FROM a\rb\nRUN x\n";
    const index = new LineIndex(text);
    // shipshape line 2 column 2 is the "U" of RUN; LSP counts the CR as a line break.
    expect(index.fromShipshape(2, 2)).toEqual({ line: 2, character: 1 });
    expect(index.fromShipshape(1, 8)).toEqual({ line: 1, character: 0 });
    expect(new LineIndex("FROM a\r\nRUN x").fromShipshape(2, 2)).toEqual({ line: 1, character: 1 });
  });

  it("ranges: containment is end-exclusive, empty ranges hold their own position; touching counts for actions", () => {
    const r = { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } };
    expect(rangeContains(r, { line: 1, character: 2 })).toBe(true);
    expect(rangeContains(r, { line: 1, character: 4 })).toBe(true);
    expect(rangeContains(r, { line: 1, character: 5 })).toBe(false);
    expect(rangeContains(r, { line: 0, character: 9 })).toBe(false);
    const empty = { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } };
    expect(rangeContains(empty, { line: 3, character: 0 })).toBe(true);
    expect(rangeContains(empty, { line: 3, character: 1 })).toBe(false);
    expect(rangesTouch(r, { start: { line: 1, character: 5 }, end: { line: 1, character: 5 } })).toBe(true);
    expect(rangesTouch(r, { start: { line: 1, character: 6 }, end: { line: 2, character: 0 } })).toBe(false);
  });
});

describe("minimalEdit", () => {
  it("applied to the old text gives the new one, and never splits a CRLF or a surrogate pair", () => {
    const piece = fc.constantFrom("a", "b", "\r\n", "\n", "\r", "🐳", "🐋", " ");
    fc.assert(
      fc.property(fc.array(piece).map((a) => a.join("")), fc.array(piece).map((a) => a.join("")), (before, after) => {
        const edit = minimalEdit(before, after);
        if (before === after) {
          expect(edit).toBeNull();
          return;
        }
        const doc = TextDocument.create("file:///x", "dockerfile", 1, before);
        expect(TextDocument.applyEdits(doc, [edit!])).toBe(after);
        const start = doc.offsetAt(edit!.range.start);
        const end = doc.offsetAt(edit!.range.end);
        for (const at of [start, end]) {
          expect(before.slice(at - 1, at + 1)).not.toBe("\r\n");
          expect(/[\ud800-\udbff]/.test(before.charAt(at - 1)) && /[\udc00-\udfff]/.test(before.charAt(at))).toBe(false);
        }
      }),
    );
  });

  it("keeps the common prefix and suffix", () => {
    expect(minimalEdit("ENV A 1\nX\n", "ENV A=1\nX\n")).toEqual({ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 6 } }, newText: "=" });
  });
});

describe("ignore edits", () => {
  const finding = (text: string, rule: string) => {
    const s = snapshot(text);
    const f = s.findings.find((x) => x.rule === rule);
    if (!f) throw new Error(`no ${rule} in ${JSON.stringify(s.findings.map((x) => x.rule))}`);
    return { s, f };
  };

  it("file: after the last directive even when it ends the file without a line break", () => {
    const text = "# syntax=docker/dockerfile:1";
    const s = snapshot(text);
    const f = { ...s.findings[0], rule: "from-untagged" };
    expect(ignoreFileEdit(s, f)).toEqual({ range: { start: { line: 0, character: 28 }, end: { line: 0, character: 28 } }, newText: "\n# shipshape global ignore=from-untagged" });
  });

  it("file: after a byte order mark, with the file's CRLF; an existing global pragma is extended", () => {
    const { s, f } = finding("\uFEFFFROM ubuntu\r\n", "from-untagged");
    expect(ignoreFileEdit(s, f)).toEqual({ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: "# shipshape global ignore=from-untagged\r\n" });
    const g = finding("FROM ubuntu\n# shipshape global ignore=DL3008 , apt-get-missing-yes\nRUN true\n", "from-untagged");
    expect(ignoreFileEdit(g.s, g.f)).toEqual({ range: { start: { line: 1, character: 54 }, end: { line: 1, character: 54 } }, newText: ",from-untagged" });
  });

  it("instruction: a finding on a continuation line gets the pragma above the instruction's first line", () => {
    const { s, f } = finding("FROM debian:12\n\t# shipshape ignore=from-untagged\n\tRUN echo && \\\n  apt-get install -y curl=1\n", "apt-no-install-recommends");
    expect(f.line).toBe(4);
    expect(ignoreInstructionEdit(s, f)).toEqual({ range: { start: { line: 1, character: 33 }, end: { line: 1, character: 33 } }, newText: ",apt-no-install-recommends" });
    const plain = finding("FROM debian:12\n\tRUN echo && \\\n  apt-get install -y curl=1\n", "apt-no-install-recommends");
    expect(ignoreInstructionEdit(plain.s, plain.f)).toEqual({ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: "\t# shipshape ignore=apt-no-install-recommends\n" });
  });

  it("instruction: none for a finding outside any instruction", () => {
    const s = snapshot("# only a comment\n");
    const f = s.findings.find((x) => x.rule === "no-instructions");
    if (f) expect(ignoreInstructionEdit(s, f)).toBeNull();
    else expect(ignoreInstructionEdit(s, { file: "Dockerfile", line: 1, column: 1, endLine: 1, endColumn: 1, rule: "x", aliases: [], severity: "error", message: "m" })).toBeNull();
  });
});

describe("code action kinds", () => {
  it("a kind matches itself and its parents in `only`", () => {
    expect(kindRequested("source.fixAll.shipshape", undefined)).toBe(true);
    expect(kindRequested("source.fixAll.shipshape", ["source"])).toBe(true);
    expect(kindRequested("source.fixAll.shipshape", ["source.fixAll"])).toBe(true);
    expect(kindRequested("source.fixAll.shipshape", ["source.fix"])).toBe(false);
    expect(kindRequested("quickfix", ["source.fixAll"])).toBe(false);
    expect(kindRequested("quickfix", ["quickfix", "refactor"])).toBe(true);
  });
});

describe("CLI wiring", () => {
  it("the CLI imports the language server (and its library) only when the lsp command runs", () => {
    const main = readFileSync(path.join(repoRoot, "src", "cli", "main.ts"), "utf8");
    const staticImports = [...main.matchAll(/^import\s[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]);
    expect(staticImports.length).toBeGreaterThan(0);
    expect(staticImports.filter((s) => s.includes("lsp") || s.startsWith("vscode-"))).toEqual([]);
    expect(main).toContain('await import("../lsp/server.js")');
  });
});
