/** The report options end to end: --format names, --output-file, --quiet, --max-warnings, --failure-threshold none, colour. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMATTER_NAMES } from "../../src/formatters/index.js";
import { ensureBuilt } from "../cli/build.js";
import { CLEAN, ERROR_AND_WARNING, run, tempTree, WARNING_ONLY, type Run } from "./helpers.js";

let bin = "";
const dirs: string[] = [];
beforeAll(() => {
  bin = ensureBuilt();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tree(): string {
  const dir = tempTree("shipshape-report-", { "Dockerfile": ERROR_AND_WARNING, "W.Dockerfile": WARNING_ONLY, "C.Dockerfile": CLEAN });
  dirs.push(dir);
  return dir;
}

const cli = (args: string[], cwd: string, env?: Record<string, string>): Promise<Run> => run(process.execPath, [bin, ...args], { cwd, env });

function expectOneLine(r: Run): void {
  expect(r.stderr).toMatch(/^shipshape: [^\n]+\n$/);
}

describe.concurrent("report options", () => {
  it("--help lists every format", async () => {
    const r = await cli(["--help"], tree());
    expect(r.code).toBe(0);
    for (const name of FORMATTER_NAMES) expect(r.stdout).toContain(`"${name}"`);
    for (const flag of ["--output-file", "--quiet", "--max-warnings", "--failure-threshold", "--color"]) expect(r.stdout).toContain(flag);
  });

  it("every format runs from the CLI and keeps the exit code", async () => {
    const dir = tree();
    const runs = await Promise.all(FORMATTER_NAMES.map((name) => cli(["-f", name, "Dockerfile", "C.Dockerfile"], dir)));
    runs.forEach((r, i) => {
      expect([FORMATTER_NAMES[i], r.code, r.stderr]).toEqual([FORMATTER_NAMES[i], 1, ""]);
      expect(r.stdout, FORMATTER_NAMES[i]).toMatch(/unknown-instruction|DL\d{4}/);
    });
  });

  it("--max-warnings fails only when warnings exceed the limit, whatever the threshold", async () => {
    const dir = tree();
    expect((await cli(["-t", "error", "W.Dockerfile"], dir)).code).toBe(0);
    expect((await cli(["-t", "error", "--max-warnings", "1", "W.Dockerfile"], dir)).code).toBe(0);
    expect((await cli(["-t", "error", "--max-warnings", "0", "W.Dockerfile"], dir)).code).toBe(1);
    expect((await cli(["-t", "none", "--max-warnings", "0", "W.Dockerfile"], dir)).code).toBe(1);
    expect((await cli(["-t", "error", "--max-warnings", "1", "W.Dockerfile", "Dockerfile"], dir)).code).toBe(1);
    expect((await cli(["-t", "none", "--max-warnings", "-1", "W.Dockerfile"], dir)).code).toBe(0);
  });

  it("--max-warnings rejects what is not a whole number", async () => {
    const dir = tree();
    for (const bad of ["abc", "1.5", "-2"]) {
      const r = await cli(["--max-warnings", bad, "W.Dockerfile"], dir);
      expect(r.code, bad).toBe(2);
      expectOneLine(r);
    }
  });

  it("--failure-threshold none never fails on findings", async () => {
    const dir = tree();
    const r = await cli(["-t", "none", "-f", "compact", "Dockerfile"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("error unknown-instruction");
  });

  it("--quiet reports and counts errors only", async () => {
    const dir = tree();
    const quiet = await cli(["--quiet", "-f", "json", "Dockerfile", "W.Dockerfile"], dir);
    expect(quiet.code).toBe(1);
    expect((JSON.parse(quiet.stdout) as { findings: { severity: string; rule: string }[] }).findings.map((f) => [f.severity, f.rule])).toEqual([["error", "unknown-instruction"]]);
    const warnings = await cli(["-q", "W.Dockerfile"], dir);
    expect(warnings).toEqual({ code: 0, stdout: "", stderr: "" });
    expect((await cli(["-q", "--max-warnings", "0", "W.Dockerfile"], dir)).code).toBe(0);
    expect((await cli(["W.Dockerfile"], dir)).code).toBe(1);
  });

  it("--output-file writes the report there, not to stdout, and keeps the exit code", async () => {
    const dir = tree();
    writeFileSync(path.join(dir, "old.sarif"), "stale");
    const r = await cli(["-f", "sarif", "--output-file", "old.sarif", "Dockerfile"], dir);
    expect(r).toEqual({ code: 1, stdout: "", stderr: "" });
    const log = JSON.parse(readFileSync(path.join(dir, "old.sarif"), "utf8")) as { runs: { results: unknown[] }[] };
    expect(log.runs[0].results).toHaveLength(2);
    const clean = await cli(["-f", "json", "-o", "clean.json", "C.Dockerfile"], dir);
    expect(clean).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(JSON.parse(readFileSync(path.join(dir, "clean.json"), "utf8"))).toEqual({ findings: [] });
    // An empty report is still written, so a CI step that uploads it finds it.
    expect((await cli(["-o", "empty.txt", "C.Dockerfile"], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, "empty.txt"), "utf8")).toBe("");
    // No temporary files are left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("--output-file still writes the report when an input is missing (exit 2)", async () => {
    const dir = tree();
    const r = await cli(["-f", "compact", "-o", "report.txt", "Dockerfile", "missing/Dockerfile"], dir);
    expect(r.code).toBe(2);
    expectOneLine(r);
    expect(readFileSync(path.join(dir, "report.txt"), "utf8")).toContain("Dockerfile:2:1: error unknown-instruction");
  });

  it("--output-file into a missing folder or onto a folder is a one-line error (exit 2) that leaves nothing behind", async () => {
    const dir = tree();
    const missing = await cli(["-o", "nowhere/report.txt", "Dockerfile"], dir);
    expect(missing.code).toBe(2);
    expectOneLine(missing);
    expect(missing.stderr).toContain("cannot write nowhere/report.txt");
    mkdirSync(path.join(dir, "folder"));
    const onto = await cli(["-o", "folder", "Dockerfile"], dir);
    expect(onto.code).toBe(2);
    expectOneLine(onto);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(path.join(dir, "nowhere"))).toBe(false);
  });

  it("a report file has colours only with --color, even when FORCE_COLOR is set", async () => {
    const dir = tree();
    await cli(["-o", "plain.txt", "Dockerfile"], dir, { FORCE_COLOR: "1" });
    expect(readFileSync(path.join(dir, "plain.txt"), "utf8")).toContain("unknown-instruction");
    expect(readFileSync(path.join(dir, "plain.txt"), "utf8")).not.toContain("\u001b[");
    await cli(["--color", "-o", "colour.txt", "Dockerfile"], dir);
    expect(readFileSync(path.join(dir, "colour.txt"), "utf8")).toContain("\u001b[31m");
    // On stdout: FORCE_COLOR forces, NO_COLOR and --no-color turn off.
    expect((await cli(["Dockerfile"], dir, { FORCE_COLOR: "1" })).stdout).toContain("\u001b[");
    expect((await cli(["--no-color", "Dockerfile"], dir, { FORCE_COLOR: "1" })).stdout).not.toContain("\u001b[");
    expect((await cli(["Dockerfile"], dir, { NO_COLOR: "1" })).stdout).not.toContain("\u001b[");
  });
});
