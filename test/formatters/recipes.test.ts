/**
 * The CI recipes in the README, run as written: the fenced YAML block after each `<!-- recipe: NAME`
 * marker is parsed, and every shipshape command in it runs (through `sh -c`, with `shipshape` on PATH
 * pointing at the built CLI) in a folder with a bad Dockerfile and a good Containerfile. The reports
 * they write must be what their consumers read: SARIF that validates, GitLab Code Quality JSON, JUnit
 * XML. The other steps (checkout, setup-node, the global npm install, the SARIF upload) need GitHub or
 * the published package and are only checked for shape.
 */
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { ensureBuilt } from "../cli/build.js";
import { repoRoot } from "../helpers.js";
import { ERROR_AND_WARNING, CLEAN, run, tempTree } from "./helpers.js";
import { sarifProblems } from "./sarif-validator.js";

const README = readFileSync(path.join(repoRoot, "README.md"), "utf8");

/** The YAML of the fenced block right after `<!-- recipe: name ...-->`. */
function recipe(name: string): unknown {
  const marker = README.indexOf(`<!-- recipe: ${name}`);
  expect(marker, `README has no "<!-- recipe: ${name}" marker`).toBeGreaterThanOrEqual(0);
  const m = /-->\s*\n```ya?ml\n([\s\S]*?)\n```/.exec(README.slice(marker));
  expect(m, `no yaml block after the ${name} marker`).not.toBeNull();
  return parseYaml(m![1]);
}

const INSTALL = /^npm install --global \S+$/;
const dirs: string[] = [];
let binDir = "";

beforeAll(() => {
  const bin = ensureBuilt();
  binDir = tempTree("shipshape-shim-", {});
  dirs.push(binDir);
  const shim = path.join(binDir, "shipshape");
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
  chmodSync(shim, 0o755);
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(): string {
  const dir = tempTree("shipshape-recipe-", { "Dockerfile": ERROR_AND_WARNING, "app/Containerfile": CLEAN, "README.md": "not a Dockerfile\n" });
  dirs.push(dir);
  return dir;
}

function sh(command: string, cwd: string) {
  return run("sh", ["-c", command], { cwd, env: { PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ""}` } });
}

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

describe("README recipes", () => {
  it("GitHub Actions: SARIF for code scanning, annotations that fail the job", async () => {
    const workflow = recipe("github-actions") as { jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }> };
    const [job] = Object.values(workflow.jobs);
    expect(job.permissions?.["security-events"]).toBe("write");
    const runs = job.steps.filter((s) => s.run !== undefined).map((s) => s.run!.trim());
    expect(runs.filter((r) => INSTALL.test(r))).toHaveLength(1);
    const commands = runs.filter((r) => !INSTALL.test(r));
    expect(commands.length).toBe(2);
    for (const c of commands) expect(c).toMatch(/^shipshape lint /);

    const dir = project();
    const results = [];
    for (const command of commands) results.push({ command, ...(await sh(command, dir)) });

    const sarifStep = results.find((r) => r.command.includes("--format sarif"))!;
    expect([sarifStep.code, sarifStep.stderr]).toEqual([0, ""]);
    const upload = job.steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    const sarifFile = String(upload?.with?.sarif_file);
    expect(sarifStep.command).toContain(`--output-file ${sarifFile}`);
    const log = JSON.parse(readFileSync(path.join(dir, sarifFile), "utf8")) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual(["Dockerfile", "Dockerfile"]);

    const annotations = results.find((r) => r.command.includes("--format github"))!;
    expect(annotations.code).toBe(1);
    expect(annotations.stdout.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^::error file=Dockerfile,line=2,col=1,endLine=2,endColumn=\d+,title=unknown-instruction::unknown instruction: FROB/),
      expect.stringMatching(/^::warning file=Dockerfile,line=3,.*title=empty-continuation::/),
    ]);
  });

  it("GitLab CI: a Code Quality report and a JUnit report, and the job fails on findings", async () => {
    const pipeline = recipe("gitlab-ci") as Record<string, { script: string[]; artifacts: { when?: string; reports: Record<string, string> } }>;
    const [job] = Object.values(pipeline);
    expect(job.artifacts.when).toBe("always");
    expect(job.script.filter((c) => INSTALL.test(c))).toHaveLength(1);
    const commands = job.script.filter((c) => !INSTALL.test(c));
    for (const c of commands) expect(c).toMatch(/^shipshape lint /);

    const dir = project();
    const codes: number[] = [];
    for (const command of commands) {
      const r = await sh(command, dir);
      expect(r.stderr, command).toBe("");
      codes.push(r.code ?? -1);
    }
    // GitLab stops at the first failing command: only the last may fail, and it must.
    expect(codes.slice(0, -1).every((c) => c === 0)).toBe(true);
    expect(codes.at(-1)).toBe(1);

    const quality = JSON.parse(readFileSync(path.join(dir, job.artifacts.reports.codequality), "utf8")) as Record<string, unknown>[];
    expect(quality.map((i) => [i.check_name, i.severity, i.location])).toEqual([
      ["unknown-instruction", "critical", { path: "Dockerfile", lines: { begin: 2 } }],
      ["empty-continuation", "major", { path: "Dockerfile", lines: { begin: 3 } }],
    ]);
    for (const issue of quality) {
      expect(typeof issue.description).toBe("string");
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    }

    const junitFile = path.join(dir, job.artifacts.reports.junit);
    expect(existsSync(junitFile)).toBe(true);
    const junit = readFileSync(junitFile, "utf8");
    expect(junit).toContain('<testsuites name="shipshape" tests="3" failures="2" errors="0">');
    expect(junit).toContain('<testcase name="shipshape" classname="app/Containerfile"/>');
  });

  it("the pre-commit snippet uses the hook this repository declares", () => {
    const m = /```yaml\n(# \.pre-commit-config\.yaml\n[\s\S]*?)\n```/.exec(README);
    expect(m).not.toBeNull();
    const config = parseYaml(m![1]) as { repos: { hooks: { id: string }[] }[] };
    const declared = (parseYaml(readFileSync(path.join(repoRoot, ".pre-commit-hooks.yaml"), "utf8")) as { id: string }[]).map((h) => h.id);
    expect(config.repos[0].hooks.map((h) => h.id).every((id) => declared.includes(id))).toBe(true);
  });
});

