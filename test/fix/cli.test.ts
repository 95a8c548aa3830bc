/** `shipshape lint --fix`, `--unsafe-fixes`, `--fix-dry-run` and stdin, end to end on temp files. */
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../cli/build.js";

let bin = "";
const root = mkdtempSync(path.join(os.tmpdir(), "shipshape-fix-cli-"));
beforeAll(() => {
  bin = ensureBuilt();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
function tree(files: Record<string, string>): string {
  const dir = path.join(root, `t${n++}`);
  mkdirSync(dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) writeFileSync(path.join(dir, rel), text);
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, input = ""): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const rulesOf = (json: string) => (JSON.parse(json) as { findings: { rule: string; line: number }[] }).findings.map((f) => `${f.line}:${f.rule}`);

// Safe fixes: MAINTAINER, legacy ENV. Unsafe: ADD -> COPY, shell-form CMD. No fix: cd in RUN.
const APP = "FROM node:20-alpine\r\nMAINTAINER dev@example.com\r\nENV NODE_ENV production\r\nADD package.json /app/\r\nRUN cd /app && npm ci\r\nCMD node /app/index.js\r\n";
const APP_SAFE = 'FROM node:20-alpine\r\nLABEL maintainer="dev@example.com"\r\nENV NODE_ENV=production\r\nADD package.json /app/\r\nRUN cd /app && npm ci\r\nCMD node /app/index.js\r\n';
const APP_UNSAFE = 'FROM node:20-alpine\r\nLABEL maintainer="dev@example.com"\r\nENV NODE_ENV=production\r\nCOPY package.json /app/\r\nRUN cd /app && npm ci\r\nCMD ["node", "/app/index.js"]\r\n';

describe.concurrent("shipshape lint --fix", () => {
  it("writes safe fixes, keeps the mode, leaves no temp file and reports what remains", async () => {
    const dir = tree({ Dockerfile: APP });
    chmodSync(path.join(dir, "Dockerfile"), 0o640);
    const run = await cli(["lint", "--fix", "--format", "json", "Dockerfile"], dir);
    expect(readFileSync(path.join(dir, "Dockerfile"), "utf8")).toBe(APP_SAFE);
    expect(statSync(path.join(dir, "Dockerfile")).mode & 0o7777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["Dockerfile"]);
    expect(run.stderr).toBe("");
    expect(rulesOf(run.stdout)).toEqual(["4:add-instead-of-copy", "5:cd-instead-of-workdir", "6:shell-form-cmd"]);
    expect(run.code).toBe(1);
  });

  it("writes unsafe fixes too with --unsafe-fixes", async () => {
    const dir = tree({ Dockerfile: APP });
    const run = await cli(["lint", "--fix", "--unsafe-fixes", "--format", "json", "Dockerfile"], dir);
    expect(readFileSync(path.join(dir, "Dockerfile"), "utf8")).toBe(APP_UNSAFE);
    expect(rulesOf(run.stdout)).toEqual(["5:cd-instead-of-workdir"]);
    expect(run.code).toBe(1);
  });

  it("exits 0 with no output when every finding was fixed", async () => {
    const dir = tree({ Dockerfile: 'FROM alpine:3.20\nMAINTAINER me\nCMD ["true"]\n' });
    const run = await cli(["lint", "--fix", "Dockerfile"], dir);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(path.join(dir, "Dockerfile"), "utf8")).toBe('FROM alpine:3.20\nLABEL maintainer="me"\nCMD ["true"]\n');
  });

  it("does not rewrite a file with nothing to fix (modification time unchanged)", async () => {
    const text = "FROM alpine:3.20\nRUN cd /tmp && make\n";
    const dir = tree({ Dockerfile: text });
    const file = path.join(dir, "Dockerfile");
    const past = new Date("2021-06-01T12:00:00Z");
    utimesSync(file, past, past);
    const run = await cli(["lint", "--fix", "--unsafe-fixes", "--format", "json", "Dockerfile"], dir);
    expect(rulesOf(run.stdout)).toEqual(["2:cd-instead-of-workdir"]);
    expect(statSync(file).mtimeMs).toBe(past.getTime());
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("fixes every file of a folder", async () => {
    const dir = tree({ Dockerfile: "FROM alpine:3.20\nENV A b\n", "web.Dockerfile": "FROM nginx:1.27\nEXPOSE 80/TCP\n" });
    const run = await cli(["lint", "--fix", "."], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, "Dockerfile"), "utf8")).toBe("FROM alpine:3.20\nENV A=b\n");
    expect(readFileSync(path.join(dir, "web.Dockerfile"), "utf8")).toBe("FROM nginx:1.27\nEXPOSE 80/tcp\n");
  });
});

describe.concurrent("shipshape lint --fix-dry-run", () => {
  it("prints a unified diff, changes nothing, and sends the report to stderr", async () => {
    const text =
      "FROM python:3.12-slim\nMAINTAINER Ops <ops@example.com>\nWORKDIR /srv\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n" +
      "COPY . .\nUSER 65534\nARG BUILD=1\nLABEL org.opencontainers.image.title=app\nENV PORT 8000\nEXPOSE 8000\n";
    const dir = tree({ Dockerfile: text });
    const file = path.join(dir, "Dockerfile");
    const past = new Date("2021-06-01T12:00:00Z");
    utimesSync(file, past, past);
    const run = await cli(["lint", "--fix-dry-run", "--format", "json", "Dockerfile"], dir);
    // Byte for byte what `diff -u` prints for the same change: two hunks, three lines of context.
    expect(run.stdout).toBe(
      [
        "--- a/Dockerfile",
        "+++ b/Dockerfile",
        "@@ -1,5 +1,5 @@",
        " FROM python:3.12-slim",
        "-MAINTAINER Ops <ops@example.com>",
        '+LABEL maintainer="Ops <ops@example.com>"',
        " WORKDIR /srv",
        " COPY requirements.txt .",
        " RUN pip install --no-cache-dir -r requirements.txt",
        "@@ -7,5 +7,5 @@",
        " USER 65534",
        " ARG BUILD=1",
        " LABEL org.opencontainers.image.title=app",
        "-ENV PORT 8000",
        "+ENV PORT=8000",
        " EXPOSE 8000",
        "",
      ].join("\n"),
    );
    expect(readFileSync(file, "utf8")).toBe(text);
    expect(statSync(file).mtimeMs).toBe(past.getTime());
    expect(readdirSync(dir)).toEqual(["Dockerfile"]);
    expect(rulesOf(run.stderr)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("prints nothing on stdout when there is nothing to fix; a missing final newline is marked", async () => {
    const dir = tree({ clean: 'FROM alpine:3.20\nCMD ["true"]\n', tail: "FROM alpine:3.20\nENV A b" });
    const clean = await cli(["lint", "--fix-dry-run", "clean"], dir);
    expect(clean).toEqual({ code: 0, stdout: "", stderr: "" });
    const tail = await cli(["lint", "--fix-dry-run", "tail"], dir);
    expect(tail.stdout).toBe("--- a/tail\n+++ b/tail\n@@ -1,2 +1,2 @@\n FROM alpine:3.20\n-ENV A b\n\\ No newline at end of file\n+ENV A=b\n\\ No newline at end of file\n");
    expect(readFileSync(path.join(dir, "tail"), "utf8")).toBe("FROM alpine:3.20\nENV A b");
  });

  it("with --unsafe-fixes shows the unsafe fixes too", async () => {
    const dir = tree({ Dockerfile: "FROM alpine:3.20\nADD a.txt /a.txt\n" });
    const run = await cli(["lint", "--fix-dry-run", "--unsafe-fixes", "Dockerfile"], dir);
    expect(run.stdout).toBe("--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,2 +1,2 @@\n FROM alpine:3.20\n-ADD a.txt /a.txt\n+COPY a.txt /a.txt\n");
    expect(run.code).toBe(0);
  });
});

describe.concurrent("shipshape lint --fix with stdin", () => {
  it("prints only the fixed text on stdout; the report goes to stderr; the exit code follows what remains", async () => {
    const dir = tree({});
    const run = await cli(["lint", "--fix", "--format", "json", "-"], dir, APP);
    expect(run.stdout).toBe(APP_SAFE);
    expect(rulesOf(run.stderr)).toEqual(["4:add-instead-of-copy", "5:cd-instead-of-workdir", "6:shell-form-cmd"]);
    expect(run.code).toBe(1);
  });

  it("prints the text unchanged when there is nothing to fix, and exits 0 when clean", async () => {
    const dir = tree({});
    const text = 'FROM alpine:3.20\nCMD ["true"]\n';
    expect(await cli(["lint", "--fix", "-"], dir, text)).toEqual({ code: 0, stdout: text, stderr: "" });
  });

  it("uses --stdin-filename in the dry-run diff", async () => {
    const dir = tree({});
    const run = await cli(["lint", "--fix-dry-run", "--stdin-filename", "svc/Dockerfile", "-"], dir, "FROM alpine:3.20\nENV A b\n");
    expect(run.stdout).toBe("--- a/svc/Dockerfile\n+++ b/svc/Dockerfile\n@@ -1,2 +1,2 @@\n FROM alpine:3.20\n-ENV A b\n+ENV A=b\n");
  });
});

describe.concurrent("bad usage", () => {
  it("--unsafe-fixes alone is an error (exit 2, one line)", async () => {
    const dir = tree({ Dockerfile: APP });
    const run = await cli(["lint", "--unsafe-fixes", "Dockerfile"], dir);
    expect(run).toEqual({ code: 2, stdout: "", stderr: "shipshape: --unsafe-fixes needs --fix or --fix-dry-run\n" });
    expect(readFileSync(path.join(dir, "Dockerfile"), "utf8")).toBe(APP);
  });

  it("--fix with --fix-dry-run is an error", async () => {
    const dir = tree({ Dockerfile: APP });
    const run = await cli(["lint", "--fix", "--fix-dry-run", "Dockerfile"], dir);
    expect(run).toEqual({ code: 2, stdout: "", stderr: "shipshape: --fix and --fix-dry-run cannot be used together\n" });
    expect(readFileSync(path.join(dir, "Dockerfile"), "utf8")).toBe(APP);
  });
});
