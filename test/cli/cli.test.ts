/** End-to-end: spawn `node bin/shipshape.js` on temp files and check exit codes, stdout and stderr. */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, toBuildkitDump } from "../../src/ast/index.js";
import { jsonReportSchema } from "../../src/engine/finding-schema.js";
import { listRules } from "../../src/lint.js";
import { ensureBuilt } from "./build.js";

let bin = "";
const root = mkdtempSync(path.join(os.tmpdir(), "shipshape-cli-"));

beforeAll(() => {
  bin = ensureBuilt();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
function tree(files: Record<string, string>): string {
  const dir = path.join(root, `t${n++}`);
  mkdirSync(dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { cwd: string; input?: string; env?: Record<string, string | undefined> }): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** stderr is exactly one `shipshape: ...` line with no stack trace. */
function expectOneLine(run: Run): void {
  expect(run.stderr).toMatch(/^shipshape: [^\n]+\n$/);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

const CLEAN = 'FROM alpine:3.20\nCMD ["true"]\n';
const BROKEN = "FROM alpine:3.20\nFROB x\n"; // unknown-instruction (error)
const WARNING_ONLY = "FROM alpine:3.20\nRUN a \\\n\n  b\n"; // empty-continuation (warning)

describe.concurrent("shipshape lint", () => {
  it("exits 0 with no output on a clean file", async () => {
    const dir = tree({ Dockerfile: CLEAN });
    const run = await cli(["Dockerfile"], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("lints the current folder when given no paths", async () => {
    const dir = tree({ "sub/Dockerfile": BROKEN });
    const run = await cli([], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("sub/Dockerfile\n");
  });

  it("exits 1 and prints grouped findings with a code frame and a summary", async () => {
    const dir = tree({ Dockerfile: BROKEN });
    const run = await cli(["lint", "Dockerfile"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      [
        "Dockerfile",
        "  2:1  error  unknown instruction: FROB (did you mean FROM?)  unknown-instruction",
        "    2 | FROB x",
        "      | ^~~~",
        "",
        "\u2716 1 problem (1 error, 0 warnings, 0 info, 0 style)",
        "",
      ].join("\n"),
    );
  });

  it("uses colours only when forced or on a terminal, and honours --no-color", async () => {
    const dir = tree({ Dockerfile: BROKEN });
    const plain = await cli(["Dockerfile"], { cwd: dir });
    const forced = await cli(["Dockerfile"], { cwd: dir, env: { FORCE_COLOR: "1" } });
    const flagOff = await cli(["Dockerfile", "--no-color"], { cwd: dir, env: { FORCE_COLOR: "1" } });
    const flagOn = await cli(["Dockerfile", "--color"], { cwd: dir, env: { NO_COLOR: "1" } });
    expect(plain.stdout).not.toContain("\u001b[");
    expect(forced.stdout).toContain("\u001b[31merror");
    expect(flagOff.stdout).not.toContain("\u001b[");
    expect(flagOn.stdout).toContain("\u001b[");
    expect([plain.code, forced.code, flagOff.code, flagOn.code]).toEqual([1, 1, 1, 1]);
  });

  it("prints JSON that validates against the finding schema", async () => {
    const dir = tree({ Dockerfile: BROKEN, "b.Dockerfile": WARNING_ONLY });
    const run = await cli(["--format", "json", "Dockerfile", "b.Dockerfile"], { cwd: dir });
    expect(run.code).toBe(1);
    const report = jsonReportSchema.parse(JSON.parse(run.stdout));
    expect(report.findings.map((f) => [f.file, f.line, f.rule, f.severity])).toEqual([
      ["Dockerfile", 2, "unknown-instruction", "error"],
      ["b.Dockerfile", 2, "empty-continuation", "warning"],
    ]);
    expect(report.findings[1].aliases).toEqual(["NoEmptyContinuation"]);
  });

  it("prints an empty JSON report for a clean file", async () => {
    const dir = tree({ Dockerfile: CLEAN });
    const run = await cli(["-f", "json", "Dockerfile"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ findings: [] });
  });

  it("reads stdin for -, naming it after --stdin-filename and finding its config there", async () => {
    const dir = tree({ "svc/.shipshape.yaml": "rules:\n  unknown-instruction: warning\n" });
    const named = await cli(["-f", "json", "-", "--stdin-filename", "svc/Dockerfile"], { cwd: dir, input: BROKEN });
    expect(JSON.parse(named.stdout).findings.map((f: { file: string; severity: string }) => `${f.file}:${f.severity}`)).toEqual(["svc/Dockerfile:warning"]);
    const unnamed = await cli(["-"], { cwd: dir, input: BROKEN });
    expect(unnamed.code).toBe(1);
    expect(unnamed.stdout).toMatch(/^<stdin>\n/);
  });

  it("applies the failure threshold from the flag and from the config", async () => {
    const dir = tree({ Dockerfile: WARNING_ONLY, "strict/Dockerfile": WARNING_ONLY, "strict/.shipshape.json": '{"failure-threshold": "error"}' });
    expect((await cli(["Dockerfile"], { cwd: dir })).code).toBe(1);
    expect((await cli(["Dockerfile", "--failure-threshold", "error"], { cwd: dir })).code).toBe(0);
    expect((await cli(["strict/Dockerfile"], { cwd: dir })).code).toBe(0);
    expect((await cli(["strict/Dockerfile", "-t", "warning"], { cwd: dir })).code).toBe(1);
    const none = await cli(["--failure-threshold", "none", "x"], { cwd: tree({ x: BROKEN }) });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("unknown-instruction");
  });

  it("re-grades or silences rules with --rule", async () => {
    const dir = tree({ Dockerfile: BROKEN });
    const off = await cli(["Dockerfile", "--rule", "unknown-instruction=off"], { cwd: dir });
    expect(off).toEqual({ code: 0, stdout: "", stderr: "" });
    const style = await cli(["Dockerfile", "--rule", "unknown-instruction=style", "-f", "json"], { cwd: dir });
    expect(style.code).toBe(0);
    expect(JSON.parse(style.stdout).findings[0].severity).toBe("style");
  });

  it("takes a config file in either format with --config", async () => {
    const dir = tree({ Dockerfile: BROKEN, "hl.yaml": "ignored: [unknown-instruction]\n", "ss.json": '{"rules": {"unknown-instruction": "info"}}' });
    expect((await cli(["Dockerfile", "--config", "hl.yaml"], { cwd: dir })).code).toBe(0);
    const graded = await cli(["Dockerfile", "-c", "ss.json", "-f", "json"], { cwd: dir });
    expect(JSON.parse(graded.stdout).findings[0].severity).toBe("info");
  });

  it("honours a .hadolint.yaml when there is no shipshape config", async () => {
    const dir = tree({ Dockerfile: BROKEN, ".hadolint.yaml": "override:\n  style:\n    - unknown-instruction\n" });
    const run = await cli(["-f", "json", "Dockerfile"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).findings[0].severity).toBe("style");
  });

  it("searches folders for Dockerfiles", async () => {
    const dir = tree({ "a/Dockerfile": BROKEN, "b/api.Dockerfile": BROKEN, "c/notes.txt": BROKEN });
    const run = await cli(["-f", "json", "."], { cwd: dir });
    expect(new Set(JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file))).toEqual(new Set(["a/Dockerfile", "b/api.Dockerfile"]));
  });
});

describe.concurrent("errors: exit 2 with one line on stderr", () => {
  it("an unknown flag", async () => {
    const run = await cli(["--bogus", "Dockerfile"], { cwd: root });
    expect(run.code).toBe(2);
    expectOneLine(run);
    expect(run.stderr).toContain("Unknown argument: bogus");
    expect(run.stdout).toBe("");
  });

  it("a bad flag value", async () => {
    const run = await cli(["--format", "xml", "Dockerfile"], { cwd: root });
    expect(run.code).toBe(2);
    expectOneLine(run);
    const rule = await cli(["--rule", "unknown-instruction", "Dockerfile"], { cwd: root });
    expect(rule.code).toBe(2);
    expect(rule.stderr).toBe("shipshape: invalid --rule 'unknown-instruction': expected id=off|on|error|warning|info|style\n");
  });

  it("an unknown rule in --rule", async () => {
    const run = await cli(["--rule", "unknown-instuction=off", "--rule", "DL3006=off", "x"], { cwd: tree({ x: CLEAN }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("shipshape: invalid config --rule: rules.unknown-instuction: unknown rule 'unknown-instuction' (did you mean 'unknown-instruction'?)\n");
  });

  it("a missing file, while still linting the others", async () => {
    const dir = tree({ Dockerfile: BROKEN });
    const run = await cli(["Dockerfile", "Dockerfile.foo"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("shipshape: cannot read Dockerfile.foo: no such file\n");
    expect(run.stdout).toContain("unknown-instruction");
  });

  it("a folder without Dockerfiles and a glob matching nothing", async () => {
    const dir = tree({ "empty/readme.txt": "" });
    const run = await cli(["empty", "*.nope"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("shipshape: no Dockerfiles found in empty\nshipshape: no files match '*.nope'\n");
  });

  it("an invalid config found next to the file", async () => {
    const dir = tree({ Dockerfile: CLEAN, ".shipshape.yaml": "rulez:\n  x: off\n" });
    const run = await cli(["Dockerfile"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`shipshape: invalid config ${path.join(dir, ".shipshape.yaml")}: unknown key 'rulez' (did you mean 'rules'?)\n`);
  });

  it("an invalid or missing --config file", async () => {
    const dir = tree({ Dockerfile: CLEAN, "bad.yaml": "rules:\n  unknown-instruction: loud\n" });
    const bad = await cli(["Dockerfile", "--config", "bad.yaml"], { cwd: dir });
    expect(bad.code).toBe(2);
    expectOneLine(bad);
    expect(bad.stderr).toContain("bad.yaml: rules.unknown-instruction: must be one of");
    const missing = await cli(["Dockerfile", "--config", "nope.yaml"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`shipshape: cannot read config ${path.join(dir, "nope.yaml")}: no such file\n`);
  });

  it("an unreadable parse input", async () => {
    const run = await cli(["parse", "missing"], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("shipshape: cannot read missing: no such file\n");
  });
});

describe.concurrent("other commands", () => {
  it("rules lists every rule id with its severity", async () => {
    const run = await cli(["rules"], { cwd: root });
    expect(run.code).toBe(0);
    const ids = run.stdout.trimEnd().split("\n").map((line) => line.split(/\s+/)[0]);
    expect(ids).toEqual(listRules().map((r) => r.id));
    expect(run.stdout).toMatch(/^unused-suppression\s+warning\s+.*\(off by default\)$/m);
  });

  it("rules --json prints the metadata", async () => {
    const run = await cli(["rules", "--json"], { cwd: root });
    const data = JSON.parse(run.stdout) as { id: string; aliases: string[]; enabledByDefault: boolean }[];
    expect(data.map((r) => r.id)).toEqual(listRules().map((r) => r.id));
    expect(data.find((r) => r.id === "empty-continuation")?.aliases).toEqual(["NoEmptyContinuation"]);
    expect(data.find((r) => r.id === "unused-suppression")?.enabledByDefault).toBe(false);
  });

  it("parse prints BuildKit's dump, or a JSON summary", async () => {
    const text = "# escape=`\nFROM alpine:3.20 AS build\nONBUILD RUN make\nCOPY --from=build a b\n";
    const dir = tree({ Dockerfile: text });
    const dump = await cli(["parse", "Dockerfile"], { cwd: dir });
    expect(dump.code).toBe(0);
    expect(dump.stdout).toBe(toBuildkitDump(parse(text).ast) + "\n");
    const json = await cli(["parse", "--json", "-"], { cwd: dir, input: text });
    const summary = JSON.parse(json.stdout);
    expect(summary.escapeChar).toBe("`");
    expect(summary.instructions.map((i: { kind: string }) => i.kind)).toEqual(["FROM", "ONBUILD", "COPY"]);
    expect(summary.instructions[1].trigger.kind).toBe("RUN");
    expect(summary.instructions[2].flags).toEqual(["--from=build"]);
  });

  it("--help and --version answer and exit 0", async () => {
    const help = await cli(["--help"], { cwd: root });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("shipshape rules");
    expect(help.stdout).toContain("--failure-threshold");
    const version = await cli(["--version"], { cwd: root });
    expect(version).toEqual({ code: 0, stdout: "0.1.0\n", stderr: "" });
  });
});
