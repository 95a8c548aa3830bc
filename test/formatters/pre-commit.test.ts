/**
 * The pre-commit hook with the real `pre-commit` (Debian package): `pre-commit try-repo <this repo>
 * shipshape --files <file>` in a temporary git repository fails on a bad Dockerfile and passes on a
 * good one. pre-commit installs the package itself (`language: node`: npm install, npm pack, npm
 * install -g), which needs the npm registry and takes minutes; the two runs go in parallel.
 *
 * Without `pre-commit` the test is skipped with a loud warning, except under CI=true, where .ci/run
 * installs it and its absence is a failure.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { repoRoot } from "../helpers.js";
import { run, tempTree } from "./helpers.js";

function havePreCommit(): boolean {
  const found = spawnSync("pre-commit", ["--version"], { encoding: "utf8" }).status === 0;
  if (found) return true;
  if (process.env.CI === "true") throw new Error("pre-commit is not installed: .ci/run should have installed it (apt-get install pre-commit)");
  console.warn("\n!!! SKIPPING: `pre-commit` not found (apt-get install pre-commit); the pre-commit hook test did not run !!!\n");
  return false;
}

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}
const hooks = parseYaml(readFileSync(path.join(repoRoot, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];

describe("pre-commit hook manifest", () => {
  it("declares the shipshape hook", () => {
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: "shipshape", entry: "shipshape lint", language: "node" });
  });

  it("selects Dockerfiles and Containerfiles by name", () => {
    // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
    const files = new RegExp(hooks[0].files);
    const yes = ["Dockerfile", "sub/Dockerfile", "Dockerfile.prod", "a/b/Containerfile", "Containerfile.dev", "api.dockerfile", "web.Dockerfile"];
    const no = ["README.md", "Dockerfile-old", "MyDockerfile", "docker/compose.yaml", "Dockerfiles/x.txt", "dockerfile.go"];
    expect(yes.filter((f) => !files.test(f))).toEqual([]);
    expect(no.filter((f) => files.test(f))).toEqual([]);
  });
});

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe.runIf(havePreCommit())("pre-commit try-repo", () => {
  it("fails on a bad Dockerfile and passes on a good one", { timeout: 1_200_000 }, async () => {
    const dir = tempTree("shipshape-pre-commit-", {
      "Dockerfile": "FROM alpine:3.20\nFROB x\n",
      "good/Containerfile": 'FROM alpine:3.20\nCMD ["true"]\n',
    });
    dirs.push(dir);
    const home = path.join(dir, ".pre-commit-home");
    expect(spawnSync("git", ["init", "-q"], { cwd: dir }).status).toBe(0);
    expect(spawnSync("git", ["add", "Dockerfile", "good/Containerfile"], { cwd: dir }).status).toBe(0);
    const env = { PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: "never", NO_COLOR: "1" };
    const [bad, good] = await Promise.all(
      ["Dockerfile", "good/Containerfile"].map((file) => run("pre-commit", ["try-repo", repoRoot, "shipshape", "--files", file], { cwd: dir, env })),
    );
    const show = (r: { code: number | null; stdout: string; stderr: string }) => `exit ${r.code}\n${r.stdout}\n${r.stderr}`;
    expect(bad.code, show(bad)).toBe(1);
    expect(bad.stdout).toMatch(/shipshape\.+Failed/);
    expect(bad.stdout).toContain("unknown-instruction");
    expect(good.code, show(good)).toBe(0);
    expect(good.stdout).toMatch(/shipshape\.+Passed/);
  });
});
