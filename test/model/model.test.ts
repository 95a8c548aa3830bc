import { describe, expect, it } from "vitest";
import { parse, type Instruction } from "../../src/ast/index.js";
import { buildModel, type ModelOptions, type SemanticModel } from "../../src/model/index.js";

function model(text: string, options?: ModelOptions): { m: SemanticModel; text: string; at: (line: number) => Instruction } {
  const { ast } = parse(text);
  const m = buildModel(ast, options);
  const at = (line: number): Instruction => {
    const found = ast.instructions.find((i) => i.startLine === line);
    if (!found) throw new Error(`no instruction on line ${line}`);
    return found;
  };
  return { m, text, at };
}

/** `[name, source text of the range, context]` of every undefined reference. */
function undefinedRefs(m: SemanticModel, text: string): [string, string, string][] {
  return m.undefinedReferences.map((u) => [u.name, text.slice(u.range.start.offset, u.range.end.offset), u.context]);
}

describe("scopes", () => {
  it("global ARGs are visible in FROM but not inside a stage unless redeclared", () => {
    const { m, at } = model(["ARG VERSION=1.2", "FROM alpine:$VERSION", "RUN echo $VERSION", "ARG VERSION", "RUN echo $VERSION"].join("\n"));
    expect(m.scopeAt(at(2)).lookup("VERSION")).toMatchObject({ kind: "global-arg", value: "1.2" });
    expect(m.scopeAt(at(3)).lookup("VERSION")).toBeUndefined();
    // Redeclared without a value: imports the global default.
    expect(m.scopeAt(at(5)).lookup("VERSION")).toMatchObject({ kind: "arg", value: "1.2", importsGlobal: true });
    expect(m.stages[0].base).toMatchObject({ kind: "image", text: "alpine:1.2", resolved: true });
    expect(m.globalArgs.map((b) => [b.name, b.value])).toEqual([["VERSION", "1.2"]]);
  });

  it("ENV is inherited by FROM <earlier stage>; unrelated stages do not see it", () => {
    const { m, at } = model(
      ["FROM alpine AS base", "ENV APP=/app", "ARG MODE=prod", "FROM base AS child", "WORKDIR $APP", "FROM alpine", "WORKDIR $APP"].join("\n"),
    );
    const inChild = m.scopeAt(at(5));
    expect(inChild.lookup("APP")).toMatchObject({ kind: "env", value: "/app", inherited: true, stageIndex: 0 });
    // BuildKit adds ARG values to the state's environment, so a child stage also inherits them.
    expect(inChild.lookup("MODE")).toMatchObject({ kind: "arg", value: "prod", inherited: true });
    expect(m.scopeAt(at(7)).lookup("APP")).toBeUndefined();
    expect(m.scopeAt(at(7)).lookup("MODE")).toBeUndefined();
    expect(m.expansionsOf(at(5))[0].value).toBe("/app");
  });

  it("ARGs are per stage: a sibling stage does not see them", () => {
    const { m, text } = model(["FROM alpine AS a", "ARG X=1", "FROM alpine AS b", "WORKDIR /$X"].join("\n"));
    expect(undefinedRefs(m, text)).toEqual([["X", "$X", "instruction"]]);
  });

  it("ENV pairs in one instruction see the scope before it; ARG pairs see earlier pairs", () => {
    const { m, text, at } = model(["FROM scratch", "ENV A=1 B=$A", "ARG C=1 D=$C", "ENV E=$A$B"].join("\n"));
    expect(undefinedRefs(m, text)).toEqual([["A", "$A", "instruction"]]);
    expect(m.scopeAt(at(3)).lookup("B")?.value).toBeUndefined();
    expect(m.scopeAt(at(4)).lookup("D")).toMatchObject({ kind: "arg", value: "1" });
  });

  it("predefined platform args are in the FROM scope; inside a stage they need ARG", () => {
    const { m, text, at } = model(
      ["FROM --platform=$BUILDPLATFORM golang AS build", "ARG TARGETARCH", "ENV ARCH=$TARGETARCH", "FROM alpine", "ENV ARCH=$TARGETARCH"].join("\n"),
    );
    expect(m.scopeAt(at(1)).lookup("BUILDPLATFORM")).toMatchObject({ kind: "predefined", expands: true });
    expect(m.scopeAt(at(3)).lookup("TARGETARCH")).toMatchObject({ kind: "arg", importsGlobal: true, value: undefined, hasValue: true });
    expect(undefinedRefs(m, text)).toEqual([["TARGETARCH", "$TARGETARCH", "instruction"]]);
    expect(m.stages[0].platform?.value).toBeUndefined();
    expect(m.stages[0].platform?.unknown).toEqual(["BUILDPLATFORM"]);
  });

  it("TARGETSTAGE is the target name, and build args override predefined values", () => {
    const { m, at } = model(["FROM alpine AS one", "FROM alpine AS two"].join("\n"), { target: "one", buildArgs: { TARGETARCH: "arm64" } });
    expect(m.scopeAt(at(1)).lookup("TARGETSTAGE")?.value).toBe("one");
    expect(m.scopeAt(at(1)).lookup("TARGETARCH")?.value).toBe("arm64");
  });

  it("proxy args need no declaration but do not expand outside RUN", () => {
    const { m, text, at } = model(["FROM alpine", "RUN curl $HTTP_PROXY", "WORKDIR /$http_proxy"].join("\n"));
    expect(m.scopeAt(at(2)).lookup("HTTP_PROXY")).toMatchObject({ kind: "predefined", expands: false });
    expect(m.expansionsOf(at(2))).toEqual([]);
    expect(undefinedRefs(m, text)).toEqual([["http_proxy", "$http_proxy", "instruction"]]);
  });

  it("an ARG without value is declared, not undefined, and expands to nothing", () => {
    const { m, text, at } = model(["FROM scratch", "ARG NAME", "WORKDIR /$NAME", "WORKDIR /${NAME:-x}"].join("\n"));
    expect(undefinedRefs(m, text)).toEqual([]);
    expect(m.scopeAt(at(3)).lookup("NAME")).toMatchObject({ kind: "arg", hasValue: false, value: undefined });
    expect(m.expansionsOf(at(3))[0].value).toBeUndefined();
    expect(m.expansionsOf(at(4))[0].value).toBe("/x");
  });

  it("build args replace ARG defaults and fill ARGs without one", () => {
    const { m } = model(["ARG V=1", "ARG W", "FROM img:$V-$W"].join("\n"), { buildArgs: { V: "9", W: "x" } });
    expect(m.stages[0].base).toMatchObject({ kind: "image", text: "img:9-x" });
  });

  it("PATH is always defined inside a stage", () => {
    const { m, at } = model(["FROM scratch", "ENV PATH=/opt/bin:$PATH"].join("\n"));
    expect(m.undefinedReferences).toEqual([]);
    expect(m.scopeAt(at(2)).lookup("PATH")).toMatchObject({ kind: "predefined", value: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" });
  });

  it("follows the escape directive (backtick)", () => {
    const { m, at } = model(["# escape=`", "FROM scratch", "ENV A=x", "WORKDIR C:\\`$A\\$A"].join("\n"));
    expect(m.expansionsOf(at(4))[0].value).toBe("C:\\$A\\x");
  });
});

describe("undefined references", () => {
  it("have exact ranges in every expanded instruction, and BuildKit's suggestion", () => {
    const text = [
      "ARG VERSION=1",
      "FROM alpine:${VERSON} AS base",
      "ENV HOME_DIR=/home",
      'COPY --chown="${USR}":app <<EOF /dst/${HOME_DIRR}',
      "x $HEREDOC_VAR",
      "EOF",
      "LABEL $LBL=1 other=${LBL2:-d}",
      "RUN --mount=type=cache,target=$CACHE_DIR echo $NOT_EXPANDED",
      "EXPOSE $PORT",
      "USER $UID",
      "VOLUME [\"$VOL\"]",
      "STOPSIGNAL $SIG",
      "CMD echo $NOT_EXPANDED",
      "ONBUILD WORKDIR $LATER",
    ].join("\n");
    const { m } = model(text);
    expect(undefinedRefs(m, text)).toEqual([
      ["VERSON", "${VERSON}", "from"],
      ["USR", "${USR}", "instruction"],
      ["HOME_DIRR", "${HOME_DIRR}", "instruction"],
      ["HEREDOC_VAR", "$HEREDOC_VAR", "instruction"],
      ["LBL", "$LBL", "instruction"],
      ["LBL2", "${LBL2:-d}", "instruction"],
      ["CACHE_DIR", "$CACHE_DIR", "instruction"],
      ["PORT", "$PORT", "instruction"],
      ["UID", "$UID", "instruction"],
      ["VOL", "$VOL", "instruction"],
      ["SIG", "$SIG", "instruction"],
    ]);
    const byName = new Map(m.undefinedReferences.map((u) => [u.name, u]));
    expect(byName.get("VERSON")?.suggestion).toBe("VERSION");
    expect(byName.get("HOME_DIRR")?.suggestion).toBe("HOME_DIR");
    expect(byName.get("USR")?.baseImageMayDefine).toBe(true);
    expect(byName.get("LBL2")?.reference.modifier).toBe(":-");
  });

  it("map through line continuations", () => {
    const text = ["FROM scratch", "ENV A=1 \\", "    B=$MISSING \\", "    C=${ALSO:+x}"].join("\n");
    const { m } = model(text);
    expect(undefinedRefs(m, text)).toEqual([
      ["MISSING", "$MISSING", "instruction"],
      ["ALSO", "${ALSO:+x}", "instruction"],
    ]);
    expect(m.undefinedReferences[0].range.start.line).toBe(3);
    expect(m.undefinedReferences[0].baseImageMayDefine).toBe(false);
  });

  it("global ARG defaults see earlier global ARGs and predefined args", () => {
    const text = ["ARG A=1", "ARG B=$A-$BUILDARCH-$C", "FROM img:$B"].join("\n");
    const { m } = model(text);
    expect(undefinedRefs(m, text)).toEqual([["C", "$C", "global-arg"]]);
    expect(m.globalArgs[1]).toMatchObject({ name: "B", value: undefined, hasValue: true });
    expect(m.stages[0].base).toMatchObject({ kind: "image", resolved: false });
  });

  it("a global ARG without default is declared for FROM", () => {
    const text = ["ARG TAG", "FROM img:${TAG:-latest}", "FROM img:$TAG"].join("\n");
    const { m } = model(text);
    expect(m.undefinedReferences).toEqual([]);
    expect(m.stages[0].base).toMatchObject({ text: "img:latest", resolved: true });
    expect(m.stages[1].base).toMatchObject({ text: undefined, resolved: false });
    if (m.stages[1].base.kind !== "image") throw new Error("expected an image base");
    expect(m.stages[1].base.reference?.raw).toBe("img:$TAG");
  });

  it("expandInstructionWord maps references of any word", () => {
    const text = ["FROM scratch", "ENV DIR=/srv", "RUN cd $DIR/$SUB"].join("\n");
    const { m, at } = model(text);
    const run = at(3);
    if (run.kind !== "RUN" || !run.command.shell) throw new Error("expected shell RUN");
    const e = m.expandInstructionWord(run, run.command.shell);
    expect(e.references.map((r) => text.slice(r.range.start.offset, r.range.end.offset))).toEqual(["$DIR", "$SUB"]);
    expect(e.unresolved).toEqual(["SUB"]);
    expect(m.expandInstructionWord(run, run.command.shell, { unsetAsEmpty: true }).value).toBe("cd /srv/");
  });
});

describe("stage graph", () => {
  const text = [
    "FROM golang:1.22 AS build", // 0
    "RUN go build",
    "FROM build AS test", // 1
    "RUN go test",
    "FROM alpine AS tools", // 2
    "FROM scratch AS final", // 3
    "COPY --from=build /out /bin/app",
    "COPY --from=0 /x /y",
    "COPY --from=nginx:latest /etc/nginx /etc/nginx",
    "RUN --mount=type=bind,from=tools,target=/t true",
  ].join("\n");

  it("resolves bases, named/indexed/external references and reachability from the last stage", () => {
    const { m } = model(text);
    expect(m.stages.map((s) => s.name)).toEqual(["build", "test", "tools", "final"]);
    expect(m.stages[1].base.kind).toBe("stage");
    expect(m.stages[1].parent?.index).toBe(0);
    expect(m.stages[3].base.kind).toBe("scratch");
    expect(m.stages[3].references.map((r) => [r.kind, r.text, r.target.kind === "stage" ? r.target.stage.index : r.target.kind])).toEqual([
      ["copy-from", "build", 0],
      ["copy-from", "0", 0],
      ["copy-from", "nginx:latest", "image"],
      ["mount-from", "tools", 2],
    ]);
    expect(m.finalStage?.index).toBe(3);
    expect(m.target?.index).toBe(3);
    expect(m.unreachableStages.map((s) => s.name)).toEqual(["test"]);
    expect(m.stageOf(m.stages[3].instructions[0])?.name).toBe("final");
    expect(m.problems).toEqual([]);
  });

  it("uses the target option (case-insensitively) for reachability", () => {
    const { m } = model(text, { target: "TEST" });
    expect(m.target?.name).toBe("test");
    expect(m.unreachableStages.map((s) => s.name)).toEqual(["tools", "final"]);
    const missing = model(text, { target: "tset" }).m;
    expect(missing.target).toBeNull();
    expect(missing.problems.map((p) => p.message)).toEqual(['target stage "tset" could not be found (did you mean test?)']);
  });

  it("records forward, self, invalid-index and variable references", () => {
    const { m } = model(
      [
        "FROM alpine AS a",
        "COPY --from=b /x /x",
        "COPY --from=a /x /x",
        "COPY --from=7 /x /x",
        "COPY --from=$STAGE /x /x",
        "RUN --mount=from=${S},target=/s true",
        "FROM alpine AS b",
        "FROM c AS d",
        "FROM alpine AS c",
        "FROM e AS e",
      ].join("\n"),
    );
    expect(m.problems.map((p) => p.code)).toEqual([
      "forward-stage-reference",
      "self-stage-reference",
      "invalid-stage-index",
      "from-expansion-unsupported",
      "from-expansion-unsupported",
    ]);
    const [fwd, self] = m.stages[0].references;
    expect([fwd.forward, fwd.self, self.forward, self.self]).toEqual([true, false, false, true]);
    // FROM <later stage> pulls an image of that name instead.
    expect(m.stages[2].base).toMatchObject({ kind: "image", text: "c" });
    if (m.stages[2].base.kind !== "image") throw new Error("image base expected");
    expect(m.stages[2].base.forwardStage?.name).toBe("c");
    expect(m.stages[4].base).toMatchObject({ kind: "image", text: "e", selfReference: true });
  });

  it("runs ONBUILD triggers of the parent in the child stage", () => {
    const { m } = model(["FROM alpine AS assets", "FROM alpine AS base", "ONBUILD COPY --from=assets /a /a", "FROM base AS app"].join("\n"));
    expect(m.stages[1].references).toEqual([]);
    expect(m.stages[2].references.map((r) => [r.text, r.onbuild, r.stage.index])).toEqual([["assets", true, 2]]);
    expect(m.unreachableStages).toEqual([]);
    const trigger = m.stages[1].instructions[0];
    if (trigger.kind !== "ONBUILD" || !trigger.trigger) throw new Error("ONBUILD expected");
    expect(m.stageOf(trigger.trigger)?.index).toBe(1);
    expect(m.expansionsOf(trigger.trigger)).toEqual([]);
  });

  it("a stage name is lower-cased and matched as BuildKit does", () => {
    const { m } = model(["FROM alpine AS Builder", "FROM builder", "FROM Builder", "COPY --from=BUILDER /a /a"].join("\n"));
    expect(m.stages[0].name).toBe("builder");
    expect(m.stages[1].base.kind).toBe("stage");
    // BuildKit compares FROM names exactly with the lower-cased stage names.
    expect(m.stages[2].base.kind).toBe("image");
    expect(m.stages[2].references[0].target).toMatchObject({ kind: "stage", byIndex: false });
    expect(m.stageByName("BUILDER")?.index).toBe(0);
  });

  it("reports instructions before the first FROM", () => {
    const { m, at } = model(["ARG A", "RUN true", "FROM scratch"].join("\n"));
    expect(m.problems.map((p) => p.code)).toEqual(["instruction-before-from"]);
    expect(m.stageOf(at(2))).toBeNull();
  });
});

describe("problems", () => {
  it("include BuildKit expansion errors of every instruction, in source order", () => {
    const text = ["FROM scratch", "WORKDIR ${A", "COPY --from=9 a b", "USER ${B:?must be set}"].join("\n");
    const { m } = model(text);
    expect(m.problems.map((p) => [p.code, text.slice(p.range.start.offset, p.range.end.offset)])).toEqual([
      ["expansion-error", "${A"],
      ["invalid-stage-index", "9"],
      ["expansion-error", "${B:?must be set}"],
    ]);
    expect(m.problems[2].message).toBe('failed to process "${B:?must be set}": B: must be set');
  });

  it("exec-form words map back to the source", () => {
    const text = ["FROM scratch", 'COPY ["a", "$B", "/c"]'].join("\n");
    const { m } = model(text);
    expect(undefinedRefs(m, text)).toEqual([["B", "$B", "instruction"]]);
  });
});
