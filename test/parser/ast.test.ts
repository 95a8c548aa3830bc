// The typed AST: node fields and exact source ranges for every construct BuildKit parses.
import { describe, expect, it } from "vitest";
import { parse, print, type Instruction, type Range } from "../../src/index.js";

const slice = (text: string, r: Range | null | undefined) => (r ? text.slice(r.start.offset, r.end.offset) : undefined);
function only<K extends Instruction["kind"]>(text: string, kind: K, index = 0): Extract<Instruction, { kind: K }> {
  const found = parse(text).ast.instructions.filter((i) => i.kind === kind);
  expect(found.length).toBeGreaterThan(index);
  return found[index] as Extract<Instruction, { kind: K }>;
}

describe("directives", () => {
  it("reads syntax, escape and check at the top, case-insensitively", () => {
    const text = "# syntax=docker/dockerfile:1\n#  ESCAPE = `\n# check=skip=JSONArgsRecommended\nFROM a\n";
    const { ast } = parse(text);
    expect(ast.directives.map((d) => [d.name, d.value])).toEqual([
      ["syntax", "docker/dockerfile:1"],
      ["escape", "`"],
      ["check", "skip=JSONArgsRecommended"],
    ]);
    expect(ast.escapeChar).toBe("`");
    expect(slice(text, ast.directives[1].valueRange)).toBe("`");
    expect(slice(text, ast.directives[1].nameRange)).toBe("ESCAPE");
  });

  it("stops looking after a comment, blank line or instruction", () => {
    for (const text of ["# hello\n# escape=`\nFROM a\n", "\n# escape=`\nFROM a\n", "FROM a\n# escape=`\n"]) {
      const { ast } = parse(text);
      expect(ast.directives).toEqual([]);
      expect(ast.escapeChar).toBe("\\");
    }
  });

  it("rejects a bad escape value and a repeated directive", () => {
    expect(parse("# escape=x\nFROM a\n").diagnostics.map((d) => d.code)).toContain("invalid-directive");
    const d = parse("# syntax=a\n# syntax=b\nFROM a\n").diagnostics;
    expect(d[0].code).toBe("invalid-directive");
    expect(d[0].range.start.line).toBe(2);
  });
});

describe("continuations", () => {
  it("joins lines, skipping comment lines and blank lines inside", () => {
    const text = "FROM a\nRUN apt-get update \\\n  # a comment\n\n  && apt-get install -y x\n";
    const { ast, diagnostics } = parse(text);
    const run = ast.instructions[1];
    expect(run.kind).toBe("RUN");
    expect(run.original).toBe("RUN apt-get update   && apt-get install -y x");
    expect(run.startLine).toBe(2);
    expect(run.endLine).toBe(5);
    expect(ast.comments.map((c) => [c.text, c.insideInstruction])).toEqual([["a comment", true]]);
    expect(diagnostics.map((x) => [x.code, x.severity])).toEqual([["empty-continuation", "warning"]]);
  });

  it("maps words across a continuation back to the source", () => {
    const text = "FROM a\nCOPY --chown=1:1 \\\n    src/ \\\n    /dst/\n";
    const copy = only(text, "COPY");
    expect(copy.sources.map((s) => slice(text, s.range))).toEqual(["src/"]);
    expect(slice(text, copy.destination?.range)).toBe("/dst/");
    expect(copy.destination?.range.start).toEqual({ offset: text.indexOf("/dst/"), line: 4, column: 5 });
    expect(slice(text, copy.flags[0].range)).toBe("--chown=1:1");
    expect(slice(text, copy.flags[0].valueRange)).toBe("1:1");
  });

  it("honours the backtick escape directive", () => {
    const text = "# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir `\n    C:\\\\\n";
    const run = only(text, "RUN");
    expect(run.command.shell?.value).toBe("dir     C:\\\\");
  });

  it("does not treat a doubled escape as a continuation", () => {
    const { ast } = parse("FROM a\nRUN echo \\\\\nRUN b\n");
    expect(ast.instructions.map((i) => i.kind)).toEqual(["FROM", "RUN", "RUN"]);
  });

  it("continues at end of file", () => {
    const { ast, diagnostics } = parse("FROM a\nRUN echo \\");
    expect(ast.instructions[1].original).toBe("RUN echo ");
    expect(diagnostics).toEqual([]);
  });
});

describe("heredocs", () => {
  it("reads several heredocs with quoted and chomped delimiters", () => {
    const text = "FROM a\nRUN <<EOF cat > /x && 3<<-'END' cat\necho $HOME\nEOF\n\tliteral $X\n\tEND\nRUN b\n";
    const run = only(text, "RUN");
    expect(run.heredocs.map((h) => [h.name, h.expand, h.chomp, h.fileDescriptor, h.content])).toEqual([
      ["EOF", true, false, 0, "echo $HOME\n"],
      ["END", false, true, 3, "\tliteral $X\n"],
    ]);
    expect(slice(text, run.heredocs[0].markerRange)).toBe("<<EOF");
    expect(slice(text, run.heredocs[1].terminatorRange)).toBe("\tEND");
    expect(run.endLine).toBe(6);
    expect(slice(text, run.range)).toBe(text.slice(text.indexOf("RUN <<"), text.indexOf("\nRUN b")));
  });

  it("supports COPY heredocs and ignores exec-form lines", () => {
    const copy = only("FROM a\nCOPY <<EOF /etc/conf\nkey=value\nEOF\n", "COPY");
    expect(copy.heredocs[0].content).toBe("key=value\n");
    expect(copy.sources.map((s) => s.value)).toEqual(["<<EOF"]);
    const run = only('FROM a\nRUN ["cat", "<<EOF"]\nEOF\n', "RUN");
    expect(run.heredocs).toEqual([]);
  });

  it("reports an unterminated heredoc", () => {
    const { diagnostics, ast } = parse("FROM a\nRUN <<EOF\necho\n");
    expect(diagnostics.map((d) => d.code)).toEqual(["unterminated-heredoc"]);
    expect(print(ast)).toBe("FROM a\nRUN <<EOF\necho\n");
  });
});

describe("instructions", () => {
  it("splits FROM image references and stage names", () => {
    const text = "FROM --platform=$BUILDPLATFORM registry.example.com:5000/team/app:1.2@sha256:abc AS Build\n";
    const from = only(text, "FROM");
    expect(from.image).toMatchObject({ registry: "registry.example.com:5000", path: "team/app", tag: "1.2", digest: "sha256:abc", hasVariables: false });
    expect(slice(text, from.stageName?.range)).toBe("Build");
    expect(from.platform?.value).toBe("$BUILDPLATFORM");
    expect(only("FROM ubuntu\n", "FROM").image).toMatchObject({ registry: null, path: "ubuntu", tag: null, digest: null });
    expect(only("FROM localhost/app:1\n", "FROM").image?.registry).toBe("localhost");
  });

  it("tells exec form from shell form and records a JSON fallback", () => {
    const text = 'FROM a\nCMD ["echo", "a\\"b"]\nENTRYPOINT [\'bad\']\nRUN echo hi # not a comment to docker\n';
    const cmd = only(text, "CMD");
    expect(cmd.command.form).toBe("exec");
    expect(cmd.command.exec.map((w) => w.value)).toEqual(["echo", 'a"b']);
    expect(slice(text, cmd.command.exec[1].range)).toBe('"a\\"b"');
    const ep = only(text, "ENTRYPOINT");
    expect(ep.command).toMatchObject({ form: "shell", jsonFallback: true });
    const run = only(text, "RUN");
    expect(run.command.shell?.value).toBe("echo hi # not a comment to docker");
    expect(run.logical.text.slice(run.command.shellOffset)).toBe("echo hi # not a comment to docker");
  });

  it("rejects a JSON array of non-strings", () => {
    const { diagnostics } = parse('FROM a\nCMD ["a", 1]\n');
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([["syntax-error", 2]]);
  });

  it("reads ENV and LABEL pairs in both forms", () => {
    const text = 'FROM a\nENV A=1 B="two words" C\\ D=3\nENV PATH /usr/bin:$PATH\n';
    const env = only(text, "ENV");
    expect(env.pairs.map((p) => [p.key.value, p.value?.value, p.legacy])).toEqual([
      ["A", "1", false],
      ["B", '"two words"', false],
      ["C\\ D", "3", false],
    ]);
    const legacy = only(text, "ENV", 1);
    expect(legacy.legacy).toBe(true);
    expect(slice(text, legacy.pairs[0].value?.range)).toBe("/usr/bin:$PATH");
    expect(parse("FROM a\nENV X\n").diagnostics[0].message).toBe("ENV must have two arguments");
  });

  it("reads ARG, EXPOSE, USER, WORKDIR, VOLUME", () => {
    const text = 'FROM a\nARG V=1 W\nEXPOSE 80 443/tcp 53/UDP\nUSER app:app\nWORKDIR /srv\nVOLUME ["/data", "/logs"]\n';
    expect(only(text, "ARG").pairs.map((p) => [p.key.value, p.value?.value ?? null])).toEqual([
      ["V", "1"],
      ["W", null],
    ]);
    expect(only(text, "EXPOSE").ports.map((p) => [p.port, p.protocol])).toEqual([
      ["80", null],
      ["443", "tcp"],
      ["53", "UDP"],
    ]);
    expect(only(text, "USER").value?.value).toBe("app:app");
    expect(only(text, "WORKDIR").value?.value).toBe("/srv");
    expect(only(text, "VOLUME").paths.map((p) => p.value)).toEqual(["/data", "/logs"]);
  });

  it("parses HEALTHCHECK options and NONE", () => {
    const text = "FROM a\nHEALTHCHECK --interval=30s --retries=3 CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK NONE\n";
    const hc = only(text, "HEALTHCHECK");
    expect(hc.flags.map((f) => [f.name, f.value])).toEqual([
      ["interval", "30s"],
      ["retries", "3"],
    ]);
    expect(hc.mode?.value).toBe("CMD");
    expect(hc.command?.shell?.value).toBe("curl -f http://localhost/ || exit 1");
    expect(only(text, "HEALTHCHECK", 1).mode?.value).toBe("NONE");
    expect(parse("FROM a\nHEALTHCHECK --interval=abc CMD true\n").diagnostics[0].code).toBe("invalid-flag");
  });

  it("parses ONBUILD triggers as instructions", () => {
    const text = "FROM a\nonbuild run make\n";
    const ob = only(text, "ONBUILD");
    expect(ob.trigger?.kind).toBe("RUN");
    expect(ob.trigger?.onbuild).toBe(true);
    expect(slice(text, ob.trigger?.keyword.range)).toBe("run");
    expect(parse("FROM a\nONBUILD FROM b\n").diagnostics[0].code).toBe("onbuild-invalid-trigger");
  });
});

describe("diagnostics", () => {
  it("reports unknown instructions and keeps parsing", () => {
    const text = "// Dockerfile\nFROM a\nRUN b\n";
    const { ast, diagnostics } = parse(text);
    expect(diagnostics.map((d) => [d.code, slice(text, d.range)])).toEqual([["unknown-instruction", "//"]]);
    expect(ast.instructions.map((i) => i.kind)).toEqual(["UNKNOWN", "FROM", "RUN"]);
  });

  it("reports argument errors, flag errors and instructions before FROM", () => {
    const codes = (t: string) => parse(t).diagnostics.map((d) => d.code);
    expect(codes("FROM a b\n")).toEqual(["invalid-instruction"]);
    expect(codes("FROM a AS 1x\n")).toEqual(["invalid-instruction"]);
    expect(codes("FROM a\nCOPY --from a b\n")).toEqual(["invalid-flag"]);
    expect(codes("FROM a\nCOPY --nope=1 a b\n")).toEqual(["unknown-flag"]);
    expect(codes("FROM a\nRUN --network=fake true\n")).toEqual(["invalid-flag"]);
    expect(codes("RUN true\nFROM a\n")).toEqual(["instruction-before-from"]);
    expect(codes("ARG V=1\nFROM a:$V\n")).toEqual([]);
    expect(codes("")).toEqual(["no-instructions"]);
    expect(codes("# only a comment\n")).toEqual(["no-instructions"]);
  });
});

describe("lossless text", () => {
  it("keeps CRLF, BOM, tabs and trailing whitespace", () => {
    const text = "\ufeff# syntax=x\r\nFROM a \t\r\nRUN a \\\r\n  b\r\n\r\n";
    const { ast } = parse(text);
    expect(print(ast)).toBe(text);
    expect(ast.bom).toBe(true);
    expect(ast.eol).toBe("\r\n");
    expect(ast.instructions[1].original).toBe("RUN a   b");
    expect(ast.instructions[1].range.end.line).toBe(4);
  });

  it("keeps a text without instructions", () => {
    for (const text of ["", "\n\n", "   ", "#", "\\", "\r\r\r"]) expect(print(parse(text).ast)).toBe(text);
  });
});
