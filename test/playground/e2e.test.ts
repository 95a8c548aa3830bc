/**
 * The playground end to end in a real headless browser: Debian's /usr/bin/chromium driven by
 * puppeteer-core (no browser download). Builds the page, serves it with playground/serve.mjs, types a
 * Dockerfile, reads the findings, applies fixes, toggles a rule and the threshold, reloads the view from
 * the shared link, and reloads once more with the server gone (offline, through the service worker).
 * Saves a screenshot to test/artifacts/playground.png.
 *
 * Without the browser the suite is skipped with a loud message, except under CI (CI=true), where it fails:
 * .ci/run installs chromium with apt-get.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CHROMIUM = "/usr/bin/chromium";
const root = path.resolve(import.meta.dirname, "../..");
const artifacts = path.join(root, "test", "artifacts");
const inCI = !!process.env.CI && !["0", "false"].includes(process.env.CI.toLowerCase());
const haveBrowser = existsSync(CHROMIUM);
const WAIT = 20_000;

if (!haveBrowser && !inCI) {
  console.warn(
    `\n${"!".repeat(78)}\n!! SKIPPED test/playground/e2e.test.ts: no browser at ${CHROMIUM}.\n` +
      `!! Install it with: apt-get install -y chromium   (CI installs it and fails without it)\n${"!".repeat(78)}\n`,
  );
}

/** What the page shows: the editor text, the findings list and the settings controls. */
interface View {
  text: string;
  findings: { rule: string; severity: string; message: string; aliases: string; fixes: string[] }[];
  threshold: string;
  unchecked: string[];
}

// The callbacks below run in the page; `any` because this project type-checks without the DOM library.
/* eslint-disable @typescript-eslint/no-explicit-any */
async function readView(page: Page): Promise<View> {
  return page.evaluate(() => {
    const doc = (globalThis as any).document;
    return {
      text: (globalThis as any).shipshapePlayground.view.state.doc.toString(),
      findings: [...doc.querySelectorAll("#findings > li")].map((li: any) => ({
        rule: li.dataset.rule,
        severity: li.dataset.severity,
        message: li.querySelector(".message").textContent,
        aliases: li.querySelector(".aliases")?.textContent ?? "",
        fixes: [...li.querySelectorAll("button.fix")].map((b: any) => b.dataset.kind),
      })),
      threshold: doc.querySelector("#threshold").value,
      unchecked: [...doc.querySelectorAll("#rules-list input[data-rule]:not(:checked)")].map((b: any) => b.dataset.rule),
    };
  });
}

/** Waits (bounded) until the findings reflect the current text. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#findings-panel[aria-busy="false"]', { timeout: WAIT });
}

async function openPlayground(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.setDefaultTimeout(WAIT);
  await page.setViewport({ width: 1360, height: 900 });
  await page.goto(url, { waitUntil: "load", timeout: WAIT });
  await page.waitForSelector('body[data-ready="true"]', { timeout: WAIT });
  await settled(page);
  return { page, errors };
}

/** Starts playground/serve.mjs and resolves with the URL it prints (bounded wait). */
function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["playground/serve.mjs"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`serve.mjs printed no URL within ${WAIT} ms: ${out}`)), WAIT);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /shipshape playground: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.mjs exited with ${code}: ${out}`));
    });
  });
}

function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve();
    }, 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

describe.skipIf(!haveBrowser && !inCI)("playground in headless Chromium", () => {
  let browser: Browser | undefined;
  let server: ChildProcess | undefined;
  let url = "";
  let profile = "";

  beforeAll(async () => {
    if (!haveBrowser) throw new Error(`CI=true but ${CHROMIUM} is missing: .ci/run should install it (apt-get install -y chromium)`);
    await promisify(execFile)("npm", ["run", "playground:build", "--silent"], { cwd: root, timeout: 240_000 });
    ({ child: server, url } = await startServer());
    profile = mkdtempSync(path.join(os.tmpdir(), "shipshape-chromium-"));
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: false, // --headless is in args, as given
      timeout: WAIT,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        `--user-data-dir=${profile}`,
      ],
    });
  }, 300_000); // the build type-checks the page first, which is slow on a busy machine

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("lints as you type, fixes, and reproduces the view from the shared link, also offline", async () => {
    const { page, errors } = await openPlayground(browser!, url);

    // The first example is loaded and linted on arrival.
    const initial = await readView(page);
    expect(initial.text).toMatch(/^FROM node\n/);
    expect(initial.findings.length).toBeGreaterThan(0);

    // Type a Dockerfile over it.
    await page.click(".cm-content");
    await page.keyboard.down("Control");
    await page.keyboard.press("a");
    await page.keyboard.up("Control");
    await page.keyboard.press("Backspace");
    const typed = "FROM ubuntu\nMAINTAINER me\nCMD npm start\n";
    await page.keyboard.type(typed);
    await settled(page);

    let view = await readView(page);
    expect(view.text).toBe(typed);
    const rules = view.findings.map((f) => f.rule);
    expect(rules).toContain("from-untagged");
    expect(rules).toContain("shell-form-cmd");
    expect(rules).toContain("maintainer-deprecated");
    const untagged = view.findings.find((f) => f.rule === "from-untagged")!;
    expect(untagged.message).toContain('"ubuntu"');
    expect(untagged.aliases).toContain("DL3006");
    expect(view.findings.find((f) => f.rule === "shell-form-cmd")!.fixes).toEqual(["unsafe"]);
    expect(view.findings.find((f) => f.rule === "maintainer-deprecated")!.fixes).toEqual(["safe"]);
    // Each finding is underlined in the editor and links to its rule's docs.
    expect(await page.$$eval(".cm-lintRange", (marks) => marks.length)).toBeGreaterThanOrEqual(3);
    expect(await page.$eval('#findings > li[data-rule="from-untagged"] a.rule', (a: any) => a.href)).toMatch(/docs\/rules\/from-untagged\.md$/);

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, "playground.png") as `${string}.png`, fullPage: true });

    // One-click fix: the shell-form CMD becomes exec form, exactly.
    await page.click('#findings > li[data-rule="shell-form-cmd"] button.fix');
    await settled(page);
    view = await readView(page);
    expect(view.text).toBe('FROM ubuntu\nMAINTAINER me\nCMD ["npm", "start"]\n');
    expect(view.findings.map((f) => f.rule)).not.toContain("shell-form-cmd");
    expect(await page.$eval("#status", (s: any) => s.textContent)).toMatch(/unsafe fix for shell-form-cmd/);

    // Settings: switch a rule off in the rules panel and raise the threshold.
    await page.click("#rules-summary");
    await page.click("#rule-maintainer-deprecated");
    await settled(page);
    await page.select("#threshold", "warning");
    await settled(page);
    view = await readView(page);
    expect(view.findings.map((f) => f.rule)).toEqual(["from-untagged"]);
    expect(view.unchecked).toContain("maintainer-deprecated");
    expect(view.threshold).toBe("warning");

    // Copy the link and open it in a new page: the same text, findings and settings.
    await page.click("#share");
    await page.waitForFunction(() => ((globalThis as any).document.querySelector("#share-url").value as string).includes("#"), { timeout: WAIT });
    const shared = await page.$eval("#share-url", (i: any) => i.value as string);
    expect(shared.startsWith(url)).toBe(true);
    expect(shared).toMatch(/#z=[A-Za-z0-9_-]+$/);
    expect(await page.$eval("#status", (s: any) => s.textContent)).toMatch(/^Link (copied|ready)/);

    const second = await openPlayground(browser!, shared);
    const restored = await readView(second.page);
    expect(restored).toEqual(view);

    // "Fix all safe" on the restored page, with the rule back on and every severity shown.
    await second.page.click("#rules-summary");
    await second.page.click("#rule-maintainer-deprecated");
    await second.page.select("#threshold", "style");
    await settled(second.page);
    await second.page.click("#fix-all");
    await settled(second.page);
    const fixedAll = await readView(second.page);
    expect(fixedAll.text).toBe('FROM ubuntu\nLABEL maintainer="me"\nCMD ["npm", "start"]\n');
    expect(fixedAll.findings.map((f) => f.rule)).toEqual(["from-untagged"]);

    // Offline: once the service worker holds the page, stop the server and reload the shared link.
    await second.page.evaluate(async () => {
      await (globalThis as any).navigator.serviceWorker.ready;
    });
    await stopServer(server);
    const offline = await openPlayground(browser!, shared);
    expect(await readView(offline.page)).toEqual(view);

    expect([...errors, ...second.errors, ...offline.errors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))]).toEqual([]);
  }, 180_000);
});
