// Properties that must hold for any input: parse never throws, print gives the text back, every
// range lies inside the text, and the grammar's flag-free shortcut agrees with the full grammar.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInstructionLine } from "../../grammar/instruction.js";
import { parse, print, type Dockerfile, type Range } from "../../src/index.js";

const fragments = [
  "FROM ", "from ", "RUN ", "CMD ", "ENTRYPOINT ", "COPY ", "ADD ", "ENV ", "ARG ", "LABEL ", "EXPOSE ", "ONBUILD ",
  "HEALTHCHECK ", "SHELL ", "WORKDIR ", "USER ", "VOLUME ", "MAINTAINER ", "STOPSIGNAL ", "NONE", "CMD",
  "# escape=`\n", "# syntax=docker/dockerfile:1\n", "# check=skip=all\n", "#", "# comment\n",
  "\\\n", "`\n", "\\", "`", "\n", "\r\n", "\r", " ", "\t", "\u00a0", "\u0000", "\ufeff",
  "<<EOF", "<<-EOF", "<<'EOF'", '<<"EOF"', "EOF\n", "\tEOF\n", "3<<X", "X\n",
  '["a", "b"]', "[", "]", '"', "'", "\\\"", "${A:-b}", "$A", "${", "}", "=", "a=b", "--from=x ", "--mount=type=cache,target=/x ",
  "--", "-- ", "--link ", "AS ", "as b", "ubuntu:22.04", "@sha256:abc", "&&", "|", ";", "apt-get install -y x",
  "é", "😀", "{{ .x }}",
];

const dockerfileText = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom("\\", "`", "\n", "\r", " ", "#", "[", "]", '"', "'", "<", "-", "F", "R", "O", "M", "U", "N", "x", "="), maxLength: 120 }) },
);

function rangesInside(ast: Dockerfile, text: string): string[] {
  const bad: string[] = [];
  const check = (what: string, r: Range | null | undefined) => {
    if (!r) return;
    if (r.start.offset < 0 || r.end.offset > text.length || r.start.offset > r.end.offset) bad.push(`${what} ${r.start.offset}-${r.end.offset}`);
  };
  for (const ins of ast.instructions) {
    check("instruction", ins.range);
    check("keyword", ins.keyword.range);
    for (const a of ins.args) check("arg", a.range);
    for (const f of ins.flags) check("flag", f.range);
    for (const h of ins.heredocs) check("heredoc", h.bodyRange);
  }
  return bad;
}

describe("parser properties", () => {
  it("never throws, round-trips and keeps ranges inside the text", () => {
    fc.assert(
      fc.property(dockerfileText, (text) => {
        const { ast, diagnostics } = parse(text);
        expect(print(ast)).toBe(text);
        expect(rangesInside(ast, text)).toEqual([]);
        for (const d of diagnostics) expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 3000 },
    );
  });

  it("mutated real Dockerfiles never break the parser", () => {
    const seed = "# syntax=docker/dockerfile:1\nFROM node:20 AS build\nARG V=1\nRUN --mount=type=cache,target=/root/.npm \\\n  npm ci \\\n  # keep\n  && npm run build\nCOPY <<EOF /app/x\nhello\nEOF\nCMD [\"node\", \"x\"]\n";
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seed.length }), fc.integer({ min: 0, max: 20 }), fc.constantFrom(...fragments), (at, cut, insert) => {
        const text = seed.slice(0, at) + insert + seed.slice(Math.min(seed.length, at + cut));
        const { ast } = parse(text);
        expect(print(ast)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("handles a huge single line and 100,000 continuation lines", () => {
    const long = "FROM a\nRUN " + "x".repeat(10_000_000) + "\n";
    const r1 = parse(long);
    expect(r1.ast.instructions).toHaveLength(2);
    expect(r1.diagnostics.map((d) => d.code)).toEqual(["line-too-long"]);
    const many = "FROM a\nRUN true" + " \\\n  && echo x".repeat(100_000) + "\n";
    const r2 = parse(many);
    expect(r2.ast.instructions[1].endLine).toBe(100_002);
    expect(print(r2.ast)).toBe(many);
  });

  it("the flag-free shortcut agrees with the full instruction grammar", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("RUN", "COPY", " ", "\t", "--", "-", "x", "--from=a", '"', "'", "\\", "=", "a b"), { minLength: 1, maxLength: 12 }), (parts) => {
        const line = parts.join("").trim();
        if (line === "") return;
        expect(parseInstructionLine(line, "\\")).toEqual(parseInstructionLine(line, "\\", { forceGrammar: true }));
      }),
      { numRuns: 3000 },
    );
  });
});
