import { describe, expect, it } from "vitest";
import { parse } from "../../src/ast/index.js";
import type { Instruction } from "../../src/ast/types.js";
import { runRules } from "../../src/engine/run.js";
import type { Rule } from "../../src/engine/types.js";
import { flagKind, testRule } from "./rules.js";

function run(text: string, rules: Rule[], config = {}) {
  const { ast, diagnostics } = parse(text);
  return runRules(ast, text, { rules, diagnostics, config, filename: "Dockerfile.test" });
}

describe("dispatch", () => {
  it("calls kind visitors, Instruction for every node, and the Dockerfile hooks in order", () => {
    const calls: string[] = [];
    const rule = testRule({ id: "trace" }, () => ({
      Dockerfile: () => calls.push("start"),
      Instruction: (n) => calls.push(`ins:${n.kind}`),
      FROM: (n) => calls.push(`from:${n.image?.raw}`),
      RUN: (n) => calls.push(`run:${n.command.shell?.value}`),
      COPY: (n) => calls.push(`copy:${n.destination?.value}`),
      ADD: (n) => calls.push(`add:${n.sources.map((w) => w.value).join()}`),
      "Dockerfile:exit": () => calls.push("end"),
    }));
    run("FROM alpine\nRUN echo hi\nADD a b\nCOPY c d\n", [rule]);
    expect(calls).toEqual(["start", "ins:FROM", "from:alpine", "ins:RUN", "run:echo hi", "ins:ADD", "add:a", "ins:COPY", "copy:d", "end"]);
  });

  it("visits ONBUILD triggers as their own kind, after the ONBUILD itself", () => {
    const seen: string[] = [];
    const rule = testRule({ id: "trace" }, () => ({
      ONBUILD: (n) => seen.push(`onbuild:${n.trigger?.kind}`),
      RUN: (n) => seen.push(`run:onbuild=${n.onbuild}`),
    }));
    run("FROM alpine\nONBUILD RUN make\nRUN ls\n", [rule]);
    expect(seen).toEqual(["onbuild:RUN", "run:onbuild=true", "run:onbuild=false"]);
  });

  it("turns reports into 1-based findings with the rule's id, aliases and severity", () => {
    const findings = run("FROM alpine\n  RUN true\n", [flagKind("no-run", "RUN", { aliases: ["DL9999"], severity: "info" })]);
    expect(findings).toEqual([
      { file: "Dockerfile.test", line: 2, column: 3, endLine: 2, endColumn: 6, rule: "no-run", aliases: ["DL9999"], severity: "info", message: "no-run: RUN" },
    ]);
  });

  it("gives rules the file name, text, settings and a rangeOf helper", () => {
    let got: unknown;
    const rule = testRule({ id: "ctx" }, (ctx) => ({
      Dockerfile: () => {
        got = { file: ctx.filename, same: ctx.text === ctx.ast.text, range: ctx.rangeOf(12, 15), opts: ctx.settings.ruleOptions.ctx, trusted: ctx.settings.trustedRegistries };
      },
    }));
    run("FROM alpine\nRUN true\n", [rule], { rules: { ctx: { options: { max: 3 } } }, settings: { trustedRegistries: ["docker.io"] } });
    expect(got).toEqual({
      file: "Dockerfile.test",
      same: true,
      range: { start: { offset: 12, line: 2, column: 1 }, end: { offset: 15, line: 2, column: 4 } },
      opts: { max: 3 },
      trusted: ["docker.io"],
    });
  });

  it("sorts findings by line, column, then rule id", () => {
    const findings = run("FROM alpine\nRUN a\nRUN b\n", [flagKind("zz-run", "RUN"), flagKind("aa-run", "RUN"), flagKind("from", "FROM")]);
    expect(findings.map((f) => `${f.line}:${f.column}:${f.rule}`)).toEqual(["1:1:from", "2:1:aa-run", "2:1:zz-run", "3:1:aa-run", "3:1:zz-run"]);
  });
});

describe("enabling and severities", () => {
  const rules = [flagKind("no-run", "RUN", { aliases: ["DL1234", "NoRunCheck"] }), flagKind("opt-in", "FROM", { disabledByDefault: true })];
  const ids = (config: object) => run("FROM alpine\nRUN true\n", rules, config).map((f) => `${f.rule}:${f.severity}`);

  it("runs rules enabled by default only", () => {
    expect(ids({})).toEqual(["no-run:warning"]);
  });
  it("turns rules off by id or alias (alias in any case)", () => {
    expect(ids({ rules: { "no-run": "off" } })).toEqual([]);
    expect(ids({ rules: { dl1234: "off" } })).toEqual([]);
  });
  it("overrides severity and enables opt-in rules", () => {
    expect(ids({ rules: { NoRunCheck: "error", "opt-in": "on" } })).toEqual(["opt-in:warning", "no-run:error"]);
    expect(ids({ rules: { "opt-in": { severity: "style" } } })).toEqual(["opt-in:style", "no-run:warning"]);
  });
  it("does not treat an id as an alias in another case", () => {
    expect(ids({ rules: { "NO-RUN": "off" } })).toEqual(["no-run:warning"]);
  });
});

describe("crashing rules", () => {
  it("reports a throwing visitor as internal-error naming the rule, and keeps running the others", () => {
    const bad = testRule({ id: "boom" }, () => ({
      RUN: (n: Instruction) => {
        if (n.startLine === 2) throw new TypeError("cannot read x");
      },
    }));
    const findings = run("FROM alpine\nRUN a\nRUN b\n", [bad, flagKind("no-run", "RUN")]);
    expect(findings.map((f) => [f.line, f.rule, f.severity])).toEqual([
      [2, "internal-error", "error"],
      [2, "no-run", "warning"],
      [3, "no-run", "warning"],
    ]);
    expect(findings[0].message).toBe("rule 'boom' crashed on RUN at line 2: TypeError: cannot read x");
  });

  it("stops calling a rule after it crashed (one internal-error per rule)", () => {
    let calls = 0;
    const bad = testRule({ id: "boom" }, () => ({
      RUN: () => {
        calls++;
        throw new Error("again");
      },
    }));
    const findings = run("FROM alpine\nRUN a\nRUN b\n", [bad]);
    expect(calls).toBe(1);
    expect(findings.filter((f) => f.rule === "internal-error")).toHaveLength(1);
  });

  it("reports a rule whose create() throws, or a Dockerfile:exit hook that throws", () => {
    const badCreate = testRule({ id: "bad-create" }, () => {
      throw new Error("nope");
    });
    const badExit = testRule({ id: "bad-exit" }, () => ({ "Dockerfile:exit": () => { throw "string thrown"; } }));
    const findings = run("FROM alpine\n", [badCreate, badExit]);
    expect(findings.map((f) => f.message)).toEqual([
      "rule 'bad-create' crashed while starting: Error: nope",
      "rule 'bad-exit' crashed after the last instruction: string thrown",
    ]);
  });

  it("treats a fix from a rule that does not declare meta.fix as a crash", () => {
    const sneaky = testRule({ id: "sneaky" }, (ctx) => ({
      FROM: (n) => ctx.report({ message: "x", range: n.range, fix: { description: "d", safe: true, edits: [] } }),
    }));
    const declared = testRule({ id: "declared", fix: { safe: true } }, (ctx) => ({
      FROM: (n) => ctx.report({ message: "x", range: n.range, fix: { description: "d", safe: true, edits: [{ start: 0, end: 4, text: "FROM" }] } }),
    }));
    const findings = run("FROM alpine\n", [sneaky, declared]);
    expect(findings.map((f) => f.rule)).toEqual(["declared", "internal-error"]);
    expect(findings[0].fix).toEqual({ description: "d", safe: true, edits: [{ start: 0, end: 4, text: "FROM" }] });
  });
});

describe("parser diagnostics", () => {
  it("become findings with the diagnostic code as rule and its severity", () => {
    const findings = run("FROM alpine\nFROB x\nRUN a \\\n\n  b\n", []);
    expect(findings.map((f) => [f.line, f.rule, f.severity, f.aliases])).toEqual([
      [2, "unknown-instruction", "error", []],
      [3, "empty-continuation", "warning", ["NoEmptyContinuation"]],
    ]);
  });

  it("can be turned off or re-graded by code or alias", () => {
    const text = "FROM alpine\nRUN a \\\n\n  b\n";
    expect(run(text, [], { rules: { NoEmptyContinuation: "off" } })).toEqual([]);
    expect(run(text, [], { rules: { "empty-continuation": "error" } }).map((f) => f.severity)).toEqual(["error"]);
  });
});
